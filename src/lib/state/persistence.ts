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

const SavedList = z.array(
	z.strictObject({ id: z.string(), savedAt: z.string(), scenario: z.unknown() })
);

export interface SavedScenario {
	id: string;
	savedAt: string;
	scenario: Scenario;
}

/** Read the saved scenarios; entries that no longer validate are dropped, never thrown. */
export function readSaved(storage: Storage): SavedScenario[] {
	try {
		const parsed = SavedList.safeParse(JSON.parse(storage.getItem(STORAGE_KEYS.saved) ?? '[]'));
		if (!parsed.success) return [];
		const out: SavedScenario[] = [];
		for (const entry of parsed.data) {
			try {
				out.push({ ...entry, scenario: parseScenario(entry.scenario) });
			} catch {
				// A saved scenario from an older data version that no longer validates is skipped.
			}
		}
		return out;
	} catch {
		return [];
	}
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
