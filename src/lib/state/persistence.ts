/**
 * Scenarios outside the page: share links and files (the browser's storage is in ./storage).
 * Everything read back goes through the engine's `parseScenario`, so a tampered link, a broken file or stale
 * storage is refused with an error that names the field, and never half-applied.
 */
import {
	ScenarioError,
	fromBase64Url,
	onlyChanges,
	parseScenarioJson,
	toBase64Url,
	type Scenario
} from '$lib/engine';
import { changedJudgementCount } from '$lib/present/judgements';
import { scenarioSlug } from '$lib/present/scenario-text';

export const SHARE_PARAM = 's';

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
 * A file name for a scenario's export: `traineevalg-<name>.json`, with the name's letters
 * (Norwegian ones too) and digits kept and anything else turned into hyphens.
 */
export function scenarioFileName(scenario: Scenario): string {
	const slug = scenarioSlug(scenario.name);
	return slug ? `traineevalg-${slug}.json` : 'traineevalg-scenario.json';
}
