/**
 * The study's own evaluation (the default scenario), worked out when the page is prerendered
 * and sent with it, so that a first visit does not evaluate it again in the browser while the
 * page hydrates (issue 11: the page's load on a phone). The decimals travel as exact strings
 * (`hooks.ts`). The page evaluates every other scenario itself, and this one too when it
 * comes without it (`state/scenario.svelte.ts`).
 */
import { DEFAULT_SCENARIO, evaluate } from '$lib/engine';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ study: evaluate(DEFAULT_SCENARIO) });
