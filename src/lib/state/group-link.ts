/**
 * How the PDF export finds council mode's group without loading it: the group view, once open,
 * registers here a function that gives the group over a scenario (waiting for a run under way).
 * Kept apart from `group.svelte.ts` so that the page's first download (which holds the export
 * button) takes none of the group's code.
 */
import type { GroupResult, Scenario } from '$lib/engine';
import type { Locale } from '$lib/i18n';

export interface GroupForReport {
	result: GroupResult;
	/** Each member as shown: the name given, or `Anonym 1` … */
	names: string[];
}

type GroupSource = (scenario: Scenario, locale: Locale) => Promise<GroupForReport | null>;

let source: GroupSource | null = null;

/** Register (or, with null, withdraw) where the export gets the group. */
export function setGroupSource(next: GroupSource | null): void {
	source = next;
}

/** The group over `scenario` for the PDF, or null when no group view is open. */
export function groupForReport(scenario: Scenario, locale: Locale): Promise<GroupForReport | null> {
	return source ? source(scenario, locale) : Promise.resolve(null);
}
