/**
 * The analysis worker's messages, typed once for both sides (`analysis.worker.ts` and
 * `state/analysis.svelte.ts`): in, a request; out, progress, then a result or an error.
 */
import type { AnalysisResult, GroupResult } from '../engine';
import type { ErrorReport } from '../errors';

/** To the worker: analyse this scenario (checked again by the worker). */
export interface AnalysisRequest {
	id: number;
	scenario: unknown;
}

/** From the worker, for request `id`. */
export type AnalysisMessage =
	| { id: number; type: 'progress'; done: number; total: number }
	| { id: number; type: 'result'; result: AnalysisResult }
	| { id: number; type: 'error'; error: ErrorReport };

/** To the group worker: council mode's group analysis of `members` over `base`'s figures. */
export interface GroupRequest {
	id: number;
	base: unknown;
	members: unknown[];
}

/** From the group worker, for request `id`. */
export type GroupMessage =
	| { id: number; type: 'progress'; done: number; total: number }
	| { id: number; type: 'result'; result: GroupResult }
	| { id: number; type: 'error'; error: ErrorReport };
