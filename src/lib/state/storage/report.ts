/** What reading the browser's storage had to repair, for the one message that tells the user. */
export interface RepairReport {
	/** Storage values moved aside whole because they could not be read (see kept-aside.ts). */
	keptAside: number;
	/** Fields left out of a scenario that was otherwise read (`values.<id>`, …). */
	dropped: string[];
	/** Ids carried over to their new names (`values.old → values.new`). */
	migrated: string[];
	/** Saved entries that appeared twice and are now kept once. */
	duplicates: number;
}

export function emptyReport(): RepairReport {
	return { keptAside: 0, dropped: [], migrated: [], duplicates: 0 };
}

export function mergeReports(a: RepairReport, b: RepairReport): RepairReport {
	return {
		keptAside: a.keptAside + b.keptAside,
		dropped: [...a.dropped, ...b.dropped],
		migrated: [...a.migrated, ...b.migrated],
		duplicates: a.duplicates + b.duplicates
	};
}

export function isClean(r: RepairReport): boolean {
	return r.keptAside === 0 && r.dropped.length === 0 && r.migrated.length === 0 && !r.duplicates;
}
