/**
 * Each tab's draft: the scenario being edited, autosaved under a key of its own tab
 * (`traineevalg.draft.<tab id>`), the tab id kept in the tab's sessionStorage so that it
 * survives a reload of that tab and no other. A new tab starts from the newest draft, so that
 * closing the browser and coming back finds the last work. Old drafts beyond the newest few
 * are removed.
 */
import { onlyChanges, type Scenario } from '$lib/engine';
import { keepAside } from './kept-aside';
import { emptyReport, type RepairReport } from './report';
import { salvageScenario } from './salvage';

export const DRAFT_PREFIX = 'traineevalg.draft.';
/** Where versions before per-tab drafts autosaved the one current scenario. */
export const LEGACY_CURRENT_KEY = 'traineevalg.current';
/** In sessionStorage: this tab's id. */
export const TAB_KEY = 'traineevalg.tab';
/** Drafts kept besides this tab's own: enough for several open tabs. */
export const DRAFTS_KEPT = 10;

interface Draft {
	updatedAt: string;
	scenario: Scenario;
}

/** This tab's id: the one its sessionStorage holds, else a new one stored there. */
export function tabId(session: Storage | null, newId: () => string): string {
	try {
		const known = session?.getItem(TAB_KEY);
		if (known && /^[\w-]{1,64}$/.test(known)) return known;
		const id = newId();
		session?.setItem(TAB_KEY, id);
		return id;
	} catch {
		return newId();
	}
}

function drafts(storage: Storage): { key: string; text: string; updatedAt: string }[] {
	const out = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key === null || !key.startsWith(DRAFT_PREFIX)) continue;
		const text = storage.getItem(key) ?? '';
		let updatedAt = '';
		try {
			const at = (JSON.parse(text) as { updatedAt?: unknown }).updatedAt;
			if (typeof at === 'string') updatedAt = at;
		} catch {
			// A damaged draft sorts last; only its own tab reads (and repairs) it.
		}
		out.push({ key, text, updatedAt });
	}
	return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/**
 * The draft this tab starts from: its own, else the newest other tab's, else the autosave of an
 * older version (moved into this tab's draft). A draft that does not read cleanly is salvaged,
 * and its original text kept aside.
 */
export function readDraft(
	storage: Storage,
	tab: string,
	now: string
): { scenario: Scenario | null; report: RepairReport } {
	const report = emptyReport();
	const own = DRAFT_PREFIX + tab;
	let key = own;
	let text = storage.getItem(own);
	let wrapped = true;
	if (text === null) {
		const newestOther = drafts(storage).find((d) => d.updatedAt !== '');
		if (newestOther) ({ key, text } = newestOther);
	}
	if (text === null) {
		text = storage.getItem(LEGACY_CURRENT_KEY);
		key = LEGACY_CURRENT_KEY;
		wrapped = false;
	}
	if (text === null) return { scenario: null, report };

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		data = undefined;
	}
	const salvaged = salvageScenario(wrapped ? (data as Draft | undefined)?.scenario : data);
	const problems = salvaged ? [...salvaged.dropped] : ['(whole value)'];
	if (problems.length > 0) {
		keepAside(storage, key, text, problems, now);
		report.keptAside++;
		report.dropped.push(...problems);
	}
	if (salvaged) report.migrated.push(...salvaged.migrated);
	const scenario = salvaged?.scenario ?? null;
	if (key === LEGACY_CURRENT_KEY) {
		if (scenario) writeDraft(storage, tab, scenario, now);
		storage.removeItem(LEGACY_CURRENT_KEY);
	} else if (key === own && problems.length > 0) {
		if (scenario) writeDraft(storage, tab, scenario, now);
		else storage.removeItem(own);
	}
	return { scenario, report };
}

export function writeDraft(storage: Storage, tab: string, scenario: Scenario, at: string): void {
	const draft: Draft = { updatedAt: at, scenario: onlyChanges(scenario) };
	storage.setItem(DRAFT_PREFIX + tab, JSON.stringify(draft));
}

/** Remove all but the newest `DRAFTS_KEPT` drafts of other tabs. */
export function pruneDrafts(storage: Storage, tab: string, kept = DRAFTS_KEPT): void {
	const others = drafts(storage).filter((d) => d.key !== DRAFT_PREFIX + tab);
	for (const d of others.slice(kept)) storage.removeItem(d.key);
}
