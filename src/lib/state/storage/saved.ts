/**
 * The saved scenarios, one storage key per entry (`traineevalg.saved.<id>`), so that every
 * operation (save, rename, delete) writes only the entry it is about. Two tabs can then never
 * overwrite each other's entries, whatever order their writes land in, and the `storage` event
 * names the entry that changed. Each operation returns a `Change`; undoing it puts back the
 * entry as it was, but only if nobody has changed that entry since, so an undo reverts its own
 * operation and nothing else.
 *
 * Reading repairs what it can (see `loadSaved`): the list of an older version (one key holding
 * an array) is split into entries, duplicates are kept once, damaged entries are salvaged and
 * their original text is kept aside.
 */
import { onlyChanges, type Scenario } from '$lib/engine';
import { keepAside } from './kept-aside';
import { emptyReport, type RepairReport } from './report';
import { salvageScenario } from './salvage';

export const SAVED_PREFIX = 'traineevalg.saved.';
/** Where versions before one-key-per-entry kept the whole list, as one JSON array. */
export const LEGACY_SAVED_KEY = 'traineevalg.scenarios';

export interface SavedScenario {
	readonly id: string;
	/** ISO 8601 time of the last save. */
	readonly savedAt: string;
	readonly scenario: Scenario;
	/** Unsaved work kept when a share link replaced it, until the user deletes it. */
	readonly draft?: true;
}

/** One entry's write: its key and text before and after (null: no entry). */
export interface Change {
	readonly key: string;
	readonly before: string | null;
	readonly after: string | null;
}

const keyOf = (id: string) => SAVED_PREFIX + id;

function entryText(entry: SavedScenario): string {
	return JSON.stringify({ ...entry, scenario: onlyChanges(entry.scenario) });
}

function write(storage: Storage, key: string, after: string | null): Change {
	const before = storage.getItem(key);
	if (after === null) storage.removeItem(key);
	else storage.setItem(key, after);
	return { key, before, after };
}

/**
 * Undo `change` if the entry still is what the change wrote; returns whether it did. An entry
 * another tab has changed since is left alone.
 */
export function undoChange(storage: Storage, change: Change): boolean {
	if (storage.getItem(change.key) !== change.after) return false;
	write(storage, change.key, change.before);
	return true;
}

interface Parsed {
	entry: SavedScenario | null;
	dropped: string[];
	migrated: string[];
}

/** One stored entry; `id` is the one its key names. */
function parseEntry(text: string, id: string, now: string): Parsed {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { entry: null, dropped: ['(whole value)'], migrated: [] };
	}
	const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	const salvaged = salvageScenario(raw.scenario);
	if (!salvaged) return { entry: null, dropped: ['(whole value)'], migrated: [] };
	const dropped = [...salvaged.dropped];
	let savedAt = raw.savedAt;
	if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
		dropped.push('savedAt');
		savedAt = now;
	}
	const entry: SavedScenario = {
		id,
		savedAt: savedAt as string,
		scenario: salvaged.scenario,
		...(raw.draft === true ? { draft: true as const } : {})
	};
	return { entry, dropped, migrated: salvaged.migrated };
}

function newest(a: SavedScenario, b: SavedScenario): number {
	return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? -1 : 1;
}

/** The saved entries that read cleanly, newest first; nothing is written. */
export function listSaved(storage: Storage): SavedScenario[] {
	const out: SavedScenario[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key === null || !key.startsWith(SAVED_PREFIX)) continue;
		const parsed = parseEntry(storage.getItem(key) ?? '', key.slice(SAVED_PREFIX.length), '');
		if (parsed.entry && parsed.dropped.length === 0) out.push(parsed.entry);
	}
	return out.sort(newest);
}

/** An entry's id as a key suffix: letters, digits, `-` and `_`, at most 64. */
function safeId(id: unknown): string | null {
	return typeof id === 'string' && /^[\w-]{1,64}$/.test(id) ? id : null;
}

/**
 * Read the saved list, repairing what needs it, and say what was repaired: the old one-key list
 * becomes entries (each kept once: an id seen twice with the same content is a duplicate, with
 * other content it gets a new id); an entry that does not read cleanly is salvaged and its
 * original text kept aside, or kept aside whole when nothing of it can be read.
 */
export function loadSaved(
	storage: Storage,
	now: string,
	newId: () => string
): { list: SavedScenario[]; report: RepairReport } {
	const report = emptyReport();
	const legacy = storage.getItem(LEGACY_SAVED_KEY);
	if (legacy !== null) migrateLegacy(storage, legacy, now, newId, report);
	for (let i = storage.length - 1; i >= 0; i--) {
		const key = storage.key(i);
		if (key === null || !key.startsWith(SAVED_PREFIX)) continue;
		const text = storage.getItem(key) ?? '';
		const parsed = parseEntry(text, key.slice(SAVED_PREFIX.length), now);
		if (parsed.dropped.length === 0 && parsed.migrated.length === 0) continue;
		keepAside(storage, key, text, parsed.dropped.concat(parsed.migrated), now);
		report.keptAside++;
		report.dropped.push(...parsed.dropped);
		report.migrated.push(...parsed.migrated);
		if (parsed.entry) storage.setItem(key, entryText(parsed.entry));
		else storage.removeItem(key);
	}
	return { list: listSaved(storage), report };
}

function migrateLegacy(
	storage: Storage,
	text: string,
	now: string,
	newId: () => string,
	report: RepairReport
): void {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		data = null;
	}
	const problems: string[] = [];
	if (!Array.isArray(data)) problems.push('(whole value)');
	else
		for (const raw of data) {
			const id = safeId((raw as { id?: unknown } | null)?.id) ?? newId();
			const parsed = parseEntry(JSON.stringify(raw), id, now);
			problems.push(...parsed.dropped);
			report.dropped.push(...parsed.dropped);
			report.migrated.push(...parsed.migrated);
			if (!parsed.entry) continue;
			const after = entryText(parsed.entry);
			const there = storage.getItem(keyOf(id));
			if (there === after) report.duplicates++;
			else if (there === null) storage.setItem(keyOf(id), after);
			else {
				const fresh = newId();
				storage.setItem(keyOf(fresh), entryText({ ...parsed.entry, id: fresh }));
			}
		}
	if (problems.length > 0) {
		keepAside(storage, LEGACY_SAVED_KEY, text, problems, now);
		report.keptAside++;
	}
	storage.removeItem(LEGACY_SAVED_KEY);
}

/**
 * Save `scenario` under its name: the entry with the same name (not a draft) is replaced,
 * keeping its id; otherwise a new entry. Reads the entries as they are now, so what other tabs
 * saved meanwhile counts.
 */
export function saveByName(
	storage: Storage,
	scenario: Scenario,
	savedAt: string,
	newId: string
): { entry: SavedScenario; replaced: boolean; change: Change } {
	const name = scenario.name ?? '';
	const existing = listSaved(storage).find((e) => !e.draft && (e.scenario.name ?? '') === name);
	const entry: SavedScenario = {
		id: existing?.id ?? newId,
		savedAt,
		scenario: onlyChanges(scenario)
	};
	return {
		entry,
		replaced: existing !== undefined,
		change: write(storage, keyOf(entry.id), entryText(entry))
	};
}

/** Keep unsaved work as a draft entry of its own (it never replaces another). */
export function saveDraftEntry(
	storage: Storage,
	scenario: Scenario,
	savedAt: string,
	id: string
): { entry: SavedScenario; change: Change } {
	const entry: SavedScenario = { id, savedAt, scenario: onlyChanges(scenario), draft: true };
	return { entry, change: write(storage, keyOf(id), entryText(entry)) };
}

/** Give the entry `id` a new name; null if it is gone (another tab deleted it). */
export function renameSaved(
	storage: Storage,
	id: string,
	name: string
): { entry: SavedScenario; change: Change } | null {
	const current = listSaved(storage).find((e) => e.id === id);
	if (!current) return null;
	const { name: _old, ...rest } = current.scenario;
	void _old;
	const entry: SavedScenario = {
		...current,
		scenario: name ? { ...rest, name } : rest
	};
	return { entry, change: write(storage, keyOf(id), entryText(entry)) };
}

/** Delete the entry `id`; null if it is already gone. */
export function deleteSaved(
	storage: Storage,
	id: string
): { entry: SavedScenario; change: Change } | null {
	const current = listSaved(storage).find((e) => e.id === id);
	if (!current) return null;
	return { entry: current, change: write(storage, keyOf(id), null) };
}

/** Whether a storage event's key is about the saved list. */
export function isSavedKey(key: string | null): boolean {
	return key === null || key.startsWith(SAVED_PREFIX) || key === LEGACY_SAVED_KEY;
}
