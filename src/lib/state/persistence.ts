/**
 * Scenarios outside the page: share links, files, and the browser's storage. Everything read
 * back goes through the engine's `parseScenario`, so a tampered link, a broken file or stale
 * storage is refused with an error that names the field, and never half-applied.
 */
import * as z from 'zod/mini';
import {
	ScenarioError,
	onlyChanges,
	parseScenario,
	parseScenarioJson,
	type Scenario
} from '$lib/engine';
import { changedJudgementCount } from '$lib/present/judgements';

export const SHARE_PARAM = 's';

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
	const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The URL fragment that holds only the changes from the study: `#s=<base64url JSON>`. */
export function shareFragment(scenario: Scenario): string {
	return `#${SHARE_PARAM}=${toBase64Url(JSON.stringify(onlyChanges(scenario)))}`;
}

/**
 * The scenario in a URL fragment, null when the fragment holds none, or a ScenarioError when it
 * holds a damaged one.
 */
export function scenarioFromFragment(hash: string): Scenario | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const encoded = params.get(SHARE_PARAM);
	if (encoded === null) return null;
	let text: string;
	try {
		text = fromBase64Url(encoded);
	} catch {
		throw new ScenarioError('invalid-json', { field: '(link)', detail: 'not valid base64url' });
	}
	return parseScenarioJson(text);
}

/** A scenario file's text (the command line's format), pretty-printed. */
export function scenarioFileText(scenario: Scenario): string {
	return JSON.stringify(onlyChanges(scenario), null, 2) + '\n';
}

export const STORAGE_KEYS = {
	current: 'traineevalg.current',
	saved: 'traineevalg.scenarios'
} as const;

const SavedEntry = z.strictObject({ id: z.string(), savedAt: z.string(), scenario: z.unknown() });

export interface SavedScenario {
	id: string;
	/** ISO 8601 time of the last save. */
	savedAt: string;
	scenario: Scenario;
}

/**
 * Read the saved scenarios. Each entry is checked on its own: one that no longer validates (a
 * damaged entry, or a scenario from an older data version) is dropped, never thrown, and the
 * others survive.
 */
export function readSaved(storage: Storage): SavedScenario[] {
	let data: unknown;
	try {
		data = JSON.parse(storage.getItem(STORAGE_KEYS.saved) ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(data)) return [];
	const out: SavedScenario[] = [];
	for (const raw of data) {
		const entry = SavedEntry.safeParse(raw);
		if (!entry.success) continue;
		try {
			out.push({ ...entry.data, scenario: parseScenario(entry.data.scenario) });
		} catch {
			// Skipped: see above.
		}
	}
	return out;
}

export function writeSaved(storage: Storage, list: readonly SavedScenario[]): void {
	storage.setItem(STORAGE_KEYS.saved, JSON.stringify(list));
}

export function readCurrent(storage: Storage): Scenario | null {
	try {
		const text = storage.getItem(STORAGE_KEYS.current);
		return text ? parseScenario(JSON.parse(text)) : null;
	} catch {
		return null;
	}
}

export function writeCurrent(storage: Storage, scenario: Scenario): void {
	storage.setItem(STORAGE_KEYS.current, JSON.stringify(onlyChanges(scenario)));
}

/** How many values, weights and judgements a scenario changes from the study. */
export function changeCount(scenario: Scenario): number {
	const changes = onlyChanges(scenario);
	return (
		Object.keys(changes.values).length +
		Object.keys(changes.weights).length +
		changedJudgementCount(changes)
	);
}

/**
 * `base` if no name in `taken` equals it, else the first free of `base 2`, `base 3`, …: the
 * default name of a scenario saved without one.
 */
export function freeName(base: string, taken: Iterable<string>): string {
	const names = new Set(taken);
	if (!names.has(base)) return base;
	for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

/**
 * The saved list with `scenario` saved under its name: a saved scenario with the same name is
 * replaced (keeping its id), otherwise a new entry with `newId` is added. The saved entry goes
 * first, so the list reads newest first.
 */
export function upsertSaved(
	list: readonly SavedScenario[],
	scenario: Scenario,
	savedAt: string,
	newId: string
): { list: SavedScenario[]; entry: SavedScenario; replaced: boolean } {
	const name = scenario.name ?? '';
	const existing = list.find((e) => (e.scenario.name ?? '') === name);
	const entry: SavedScenario = {
		id: existing?.id ?? newId,
		savedAt,
		scenario: onlyChanges(scenario)
	};
	return {
		list: [entry, ...list.filter((e) => e !== existing)],
		entry,
		replaced: existing !== undefined
	};
}

/** The saved list without the entry `id`. */
export function removeSaved(list: readonly SavedScenario[], id: string): SavedScenario[] {
	return list.filter((e) => e.id !== id);
}

/** The list with `entry` put back at `index` (undoing a removal); unchanged if it is there. */
export function restoreSaved(
	list: readonly SavedScenario[],
	entry: SavedScenario,
	index: number
): SavedScenario[] {
	if (list.some((e) => e.id === entry.id)) return [...list];
	const at = Math.max(0, Math.min(index, list.length));
	return [...list.slice(0, at), entry, ...list.slice(at)];
}

/**
 * A file name for a scenario's export: `traineevalg-<name>.json`, with the name's letters
 * (Norwegian ones too) and digits kept and anything else turned into hyphens.
 */
export function scenarioFileName(scenario: Scenario): string {
	const slug = (scenario.name ?? '')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug ? `traineevalg-${slug}.json` : 'traineevalg-scenario.json';
}
