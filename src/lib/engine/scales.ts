/**
 * Value scales fixed for the analysis. Each computed criterion (company cost, public cost,
 * graduates retained, time to the first intake) is mapped onto [0, 1] by one linear scale whose
 * ends are set once from the plausible range of that criterion, not from the six models' current
 * results. So a model's own cost moves its own score and no other model's, and a Monte Carlo
 * draw does not change the yardstick it is measured with.
 *
 * Where the ends come from (derived from data/parameters.json through the float kernel, so they
 * follow any change to the data or the cost model; no number is written here): every parameter
 * the engine reads whose range has low < high is drawn from a triangular distribution on its
 * range with the mode at the study's default (as the uncertainty analysis draws them), a fixed
 * number of times with a fixed seed; for each model the central 95 % of its results is kept
 * (2.5th to 97.5th percentile); the scale runs from the lowest such end of any model to the
 * highest. The analysis period (`shared.horizonYears`) is not drawn but held at the scenario's
 * value: it is the analyst's choice of how many years to count, not an uncertainty, and totals
 * over 3 and over 10 years are not one yardstick. So the scales change when the horizon does,
 * and with nothing else. Lower is better for costs and time (best = the low end), higher for
 * graduates.
 * A result outside the scale (a value moved beyond its plausible range) is extended linearly:
 * its value falls below 0 or rises above 1, and the ranking stays consistent.
 */
import { criteria, parameterById, parameters, UNIT_BOUNDS } from '../data';
import { KERNEL_CRITERIA, MODEL_COUNT, kernelPlan, runKernel } from './kernel';
import { Rng, triangularInverse } from './random';
import { requiredParameterIds, SHARED } from './spec';
// The scales for the study's analysis period, derived at build time (`npm run scales`) so the
// page does not spend its first 80–400 ms deriving them; scales.test.ts checks that they equal
// what deriveScales gives now, so they cannot drift from the data or the cost model.
import precomputed from './scales.default.json';

export interface ValueScale {
	criterion: string;
	/** Raw result (in the criterion's unit) that scores 0. */
	worst: number;
	/** Raw result that scores 1. */
	best: number;
	/** The plausible range's lower and upper end (worst and best in order). */
	low: number;
	high: number;
}

/** Draws and seed of the derivation, and the share of each model's results kept. */
export const SCALE_DERIVATION = { draws: 1000, seed: 20240826, central: 0.95 } as const;

/** The q-quantile of ascending `sorted`, interpolated linearly between neighbours (exported for tests). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
	const pos = (sorted.length - 1) * q;
	const i = Math.floor(pos);
	const f = pos - i;
	return i + 1 < sorted.length ? sorted[i]! * (1 - f) + sorted[i + 1]! * f : sorted[i]!;
}

/**
 * The scales derived afresh for an analysis period (see the file comment), without the cache of
 * `valueScales`: for tests and for `npm run scales`.
 */
export function deriveScales(horizonYears: number): ValueScale[] {
	const plan = kernelPlan();
	const K = KERNEL_CRITERIA.length;
	const M = MODEL_COUNT;
	const { draws, seed, central } = SCALE_DERIVATION;
	const used = new Set(requiredParameterIds());
	const drawn = parameters
		.map((p, i) => ({ p, i, integer: UNIT_BOUNDS[p.unit].integer === true }))
		.filter(({ p }) => used.has(p.id) && p.range[0] < p.range[1] && p.id !== SHARED.horizonYears);
	const x = Float64Array.from(parameters, (p) =>
		p.id === SHARED.horizonYears ? horizonYears : p.default
	);
	const out = new Float64Array(K * M);
	const results = Array.from({ length: K * M }, () => new Float64Array(draws));
	const rng = new Rng(seed, 0);
	// Stryker disable next-line EqualityOperator: one draw more (s <= draws) writes past the end of each Float64Array of `draws` results, which a typed array ignores, and the generator is not used after the loop (`s >= draws`, no draws, is killed by scales.test.ts)
	for (let s = 0; s < draws; s++) {
		for (const { p, i, integer } of drawn) {
			const v = triangularInverse(rng.uniform(), p.range[0], p.default, p.range[1]);
			x[i] = integer ? Math.round(v) : v;
		}
		runKernel(plan, x, out);
		for (let j = 0; j < K * M; j++) results[j]![s] = out[j]!;
	}
	const tail = (1 - central) / 2;
	return KERNEL_CRITERIA.map((id, k) => {
		let low = Infinity;
		let high = -Infinity;
		for (let m = 0; m < M; m++) {
			const sorted = results[k * M + m]!.sort();
			low = Math.min(low, quantile(sorted, tail));
			high = Math.max(high, quantile(sorted, 1 - tail));
		}
		// Stryker disable next-line OptionalChaining: every kernel criterion is in data/criteria.json (scales.test.ts finds each of the four)
		const higher = criteria.find((c) => c.id === id)?.direction === 'higher';
		return { criterion: id, low, high, worst: higher ? low : high, best: higher ? high : low };
	});
}

/** The study's analysis period. */
export const DEFAULT_HORIZON = parameterById.get(SHARED.horizonYears)!.default;

/** The precomputed scales and the analysis period they are for (the study's, when current). */
export const PRECOMPUTED: { horizonYears: number; scales: readonly ValueScale[] } = precomputed;

const cache = new Map<number, readonly ValueScale[]>([
	[PRECOMPUTED.horizonYears, PRECOMPUTED.scales]
]);

/**
 * The fixed scales of the computed criteria for an analysis period (by default the study's), in
 * `KERNEL_CRITERIA` order; derived once per horizon.
 */
export function valueScales(horizonYears: number = DEFAULT_HORIZON): readonly ValueScale[] {
	let scales = cache.get(horizonYears);
	if (!scales) {
		scales = deriveScales(horizonYears);
		// Stryker disable next-line ConditionalExpression,EqualityOperator: the derivation is deterministic (fixed seed), so clearing the cache sooner, later or never only changes how often it is repeated
		if (cache.size > 64) cache.clear();
		cache.set(horizonYears, scales);
	}
	return scales;
}

/** The fixed scale of one computed criterion, or undefined for a judged one. */
export function scaleOf(
	criterionId: string,
	horizonYears: number = DEFAULT_HORIZON
): ValueScale | undefined {
	return valueScales(horizonYears).find((s) => s.criterion === criterionId);
}
