/**
 * Whether the page's state is still the one it was prerendered with: the study's scenario
 * untouched, in Norwegian, with the study's analysis (the prerendered one) on screen. The first
 * screen's islands (`components/Island.svelte`) take over their prerendered HTML only then, and
 * are built afresh otherwise.
 */
import { analysisState } from './analysis.svelte';
import { locale } from './locale.svelte';
import { scenarioState } from './scenario.svelte';

export function asPrerendered(): boolean {
	return (
		scenarioState.changedCount === 0 &&
		!scenarioState.name &&
		locale.current === 'nb' &&
		analysisState.result !== null &&
		!analysisState.isStale(scenarioState.scenario)
	);
}
