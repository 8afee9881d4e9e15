/**
 * The study's own evaluation (the default scenario) and its analysis (the Monte Carlo and the
 * tornado), worked out when the page is prerendered and sent with it, so that a first visit
 * neither evaluates the study again in the browser while the page hydrates nor runs the
 * simulation in a worker before it can say how sure the answer is (issue 11: the page's load on
 * a phone). The analysis is seeded, so the browser would draw the very same numbers; about 4 kB
 * gzipped. The decimals travel as exact strings (`hooks.ts`). The page works out every other
 * scenario itself, and this one too when it comes without them (`state/scenario.svelte.ts`,
 * `state/analysis.svelte.ts`).
 */
import { analyse, DEFAULT_SCENARIO, evaluate } from '$lib/engine';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	study: evaluate(DEFAULT_SCENARIO),
	analysis: analyse(DEFAULT_SCENARIO, {})
});
