/**
 * SMAA-2 (stochastic multicriteria acceptability analysis) over parameter ranges and imprecise
 * weights. PLACEHOLDER: the interface is fixed; the implementation is being written.
 */
import type { ModelId } from '../data';
import type { Scenario } from './scenario';

export interface SmaaOptions {
	/** Monte Carlo samples; 10 000 by default. */
	samples: number;
	/** Seed of the pseudo-random generator: the same seed gives the same result. */
	seed: number;
	/**
	 * How imprecise the weights are: 0 = exactly the scenario's weights, 1 = any weights at all
	 * (uniform on the simplex). Each sample's weights are (1 − λ)·w + λ·u, u uniform on the simplex.
	 */
	weightUncertainty: number;
}

export const DEFAULT_SMAA_OPTIONS: SmaaOptions = {
	samples: 10_000,
	seed: 20240806,
	weightUncertainty: 0.3
};

export interface SmaaResult {
	options: SmaaOptions;
	/** rankAcceptability[model][r] = probability that the model takes rank r + 1. */
	rankAcceptability: Record<ModelId, number[]>;
	probabilityFirst: Record<ModelId, number>;
	/** Mean weights of the samples where the model ranks first; null if it never does. */
	centralWeights: Record<ModelId, Record<string, number> | null>;
	/** Probability the model ranks first with its central weights; null if it never does. */
	confidence: Record<ModelId, number | null>;
}

export function smaa(
	scenario: Scenario,
	options: Partial<SmaaOptions> = {},
	onProgress?: (done: number, total: number) => void
): SmaaResult {
	void scenario;
	void options;
	void onProgress;
	throw new Error('smaa: not implemented yet');
}
