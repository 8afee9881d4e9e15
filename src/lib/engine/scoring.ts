/**
 * Multi-criteria scoring: an additive value model (weighted sum). Scores are dimensionless and
 * computed in floats; the money behind the computed criteria stays decimal until this point.
 *
 * Scales (each criterion's performance → a value in [0, 1]):
 * - judged criteria (1–5 scores in data/criteria.json): value = (score − 1) / 4;
 * - computed criteria: a linear scale fixed for the analysis (`scales.ts`): the plausible range
 *   of the criterion, derived once from the parameters' ranges, best end = 1, worst end = 0
 *   (`lower` is better for costs and time, `higher` for graduates); results beyond an end are
 *   extended linearly. A model's own result moves only its own value, and a Monte Carlo draw
 *   does not change the scale. (`intervalScale`, the earlier best-of-six = 1, worst-of-six = 0
 *   rescaling, is kept for comparison in the tests.)
 * Weights are normalised to sum to 1. Score = Σ weight × value. Ranks break exact ties by the
 * models' order in the data, so a ranking is always a strict order.
 *
 * These functions take plain arrays so that the Monte Carlo sampler uses the very same code.
 */
import { criteria, MODEL_IDS, type ModelId } from '../data';
import { resolveWeights, type Judgement, type Scenario } from './scenario';

export const CRITERION_IDS: readonly string[] = criteria.map((c) => c.id);
export const COMPUTED_CRITERIA = [
	'company-cost',
	'public-cost',
	'graduates-retained',
	'time-to-start'
];

/** Per criterion: whether higher raw values are better. */
export const HIGHER_IS_BETTER: readonly boolean[] = criteria.map((c) => c.direction === 'higher');

/** A judged 1–5 score on the 0–1 scale. */
export const judgedValue = (score: number): number => (score - 1) / 4;

/** The data's judged values on the 0–1 scale, [criterion][model]; NaN for computed criteria. */
export const JUDGED_VALUES: readonly (readonly number[])[] = criteria.map((c) =>
	MODEL_IDS.map((m) => {
		// Computed criteria have no scores: judgedValue(NaN) is NaN.
		// Stryker disable next-line OptionalChaining: judged criteria score every model (data/integrity.ts), so `c.scores?.[m].score` is the same; `c.scores[m]` throws while the module loads (loads.test.ts)
		return judgedValue(c.scores?.[m]?.score ?? Number.NaN);
	})
);

/**
 * A scenario's judged values on the 0–1 scale, [criterion][model] (NaN for computed criteria),
 * from its resolved judgements (`resolveJudgements`).
 */
export function judgedValues(
	judgements: Readonly<Record<string, Readonly<Record<ModelId, Judgement>>>>
): number[][] {
	return criteria.map((c) =>
		MODEL_IDS.map((m) => {
			const j = judgements[c.id]?.[m];
			return j === undefined ? Number.NaN : judgedValue(j.score);
		})
	);
}

/**
 * Map one criterion's raw performances (one per model) onto [0, 1], writing into `out`.
 * Float64Arrays only: the Monte Carlo calls this in its inner loop, and one element kind keeps
 * V8 from boxing the numbers (measured: 6.5 MB of garbage per 10 000-sample run otherwise).
 */
export function intervalScale(
	raw: ArrayLike<number>,
	higherIsBetter: boolean,
	out: number[] | Float64Array
): void {
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < raw.length; i++) {
		lo = Math.min(lo, raw[i]!);
		hi = Math.max(hi, raw[i]!);
	}
	const span = hi - lo;
	for (let i = 0; i < raw.length; i++) {
		if (span === 0) out[i] = 1;
		else out[i] = higherIsBetter ? (raw[i]! - lo) / span : (hi - raw[i]!) / span;
	}
}

/**
 * Map one criterion's raw performances onto its fixed scale, writing into `out`:
 * value = (raw − worst) / (best − worst); 1 for every model if the scale has no width.
 */
export function fixedScale(
	raw: ArrayLike<number>,
	worst: number,
	best: number,
	out: number[] | Float64Array
): void {
	const span = best - worst;
	for (let i = 0; i < raw.length; i++) out[i] = span === 0 ? 1 : (raw[i]! - worst) / span;
}

/**
 * Normalise non-negative finite weights to sum to 1. Scenario weights are at most WEIGHT_MAX, so
 * their sum is small; should a larger one get here anyway, its sum could overflow to Infinity
 * (two of 1e308) and turn every share into 0, so then each weight is first divided by the
 * largest, which bounds the sum by the number of criteria.
 */
export function normaliseWeights(raw: readonly number[]): number[] {
	let total = raw.reduce((a, b) => a + b, 0);
	let weights = raw;
	if (total === Infinity) {
		const largest = raw.reduce((a, b) => Math.max(a, b), 0);
		weights = raw.map((w) => w / largest);
		total = weights.reduce((a, b) => a + b, 0);
	}
	if (!(total > 0) || !Number.isFinite(total)) throw new RangeError('weights: all zero');
	return weights.map((w) => w / total);
}

/**
 * A scenario's weights as the engine scores with them: in criterion order (`CRITERION_IDS`),
 * normalised to sum to 1. The evaluation, the simulation, the group's view and the county
 * question all weigh by this.
 */
export function scenarioWeights(scenario: Scenario): number[] {
	const raw = resolveWeights(scenario);
	return normaliseWeights(CRITERION_IDS.map((id) => raw[id]!));
}

/** Weighted sum per model from values [criterion][model] and normalised weights. */
export function weightedScores(
	values: readonly ArrayLike<number>[],
	weights: ArrayLike<number>,
	models: number
): number[] {
	const scores = new Array<number>(models).fill(0);
	for (let c = 0; c < values.length; c++) {
		const w = weights[c]!;
		const row = values[c]!;
		for (let m = 0; m < models; m++) scores[m]! += w * row[m]!;
	}
	return scores;
}

/** Model indices ordered best first; ties keep data order. */
export function rankOrder(scores: ArrayLike<number>): number[] {
	const idx = Array.from({ length: scores.length }, (_, i) => i);
	// Ties keep data order: Array.prototype.sort is stable (ES2019), so no tie rule is needed.
	return idx.sort((a, b) => scores[b]! - scores[a]!);
}
