/**
 * Storage that could not be read is never overwritten or dropped: its text is moved, whole, to a
 * key of its own under `traineevalg.unreadable.`, with where it came from and what was wrong,
 * until the user downloads or discards it.
 */

export const UNREADABLE_PREFIX = 'traineevalg.unreadable.';

export interface KeptAside {
	/** The storage key it was read from. */
	readonly from: string;
	/** ISO 8601 time it was put aside. */
	readonly at: string;
	/** What could not be read (fields, or `(whole value)`). */
	readonly problems: readonly string[];
	/** The stored text, exactly as it was. */
	readonly text: string;
}

/**
 * Put `text` (read from `from`) aside; returns the key it is kept under. Putting the same text
 * aside twice (two tabs reading the same damage) keeps one copy.
 */
export function keepAside(
	storage: Storage,
	from: string,
	text: string,
	problems: readonly string[],
	at: string
): string {
	for (const [key, item] of listKeptAside(storage))
		if (item.from === from && item.text === text) return key;
	let key = `${UNREADABLE_PREFIX}${from}`;
	for (let n = 2; storage.getItem(key) !== null; n++) key = `${UNREADABLE_PREFIX}${from}.${n}`;
	const item: KeptAside = { from, at, problems, text };
	storage.setItem(key, JSON.stringify(item));
	return key;
}

/** Everything kept aside, by key. An item that is itself not readable is shown as raw text. */
export function listKeptAside(storage: Storage): [string, KeptAside][] {
	const out: [string, KeptAside][] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key === null || !key.startsWith(UNREADABLE_PREFIX)) continue;
		const text = storage.getItem(key) ?? '';
		let item: KeptAside;
		try {
			const data = JSON.parse(text) as KeptAside;
			if (typeof data.text !== 'string' || typeof data.from !== 'string') throw new Error();
			item = data;
		} catch {
			item = { from: key, at: '', problems: ['(whole value)'], text };
		}
		out.push([key, item]);
	}
	return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The file a user downloads: every item kept aside, as pretty JSON. */
export function keptAsideFileText(storage: Storage): string {
	return (
		JSON.stringify(
			listKeptAside(storage).map(([, item]) => item),
			null,
			2
		) + '\n'
	);
}

export function discardKeptAside(storage: Storage): void {
	for (const [key] of listKeptAside(storage)) storage.removeItem(key);
}
