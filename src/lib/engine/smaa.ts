/**
 * SMAA-2: stochastic multicriteria acceptability analysis over the parameters' ranges and over
 * imprecise weights (Lahdelma & Salminen, "SMAA-2: Stochastic multicriteria acceptability
 * analysis for group decision making", Operations Research 49(3), 2001, 444–454).
 *
 * Method. Draw, many times (10 000 by default), one set of parameter values and one weight
 * vector; compute every model's criteria, score and rank exactly as the deterministic evaluation
 * does; count. Reported per model:
 * - rank acceptability b_m^r: the share of draws in which model m takes rank r (each model's
 *   row and each rank's column sum to 1);
 * - the first-rank acceptability b_m^1 (`probabilityFirst`);
 * - the central weight vector w_m^c: the mean weights of the draws in which m ranks first (the
 *   "typical" preferences that make m best); null if m never ranks first;
 * - the confidence factor p_m^c: the share of the same parameter draws in which m ranks first
 *   when scored with its central weights (how well the data alone support m, given those
 *   preferences); null if m never ranks first. The per-draw criterion values are stored
 *   (a Float64Array, draws × computed criteria × models) so this second pass re-scores exactly
 *   the same draws.
 *
 * Sampling distributions. Every parameter the engine reads whose range has low < high is drawn
 * from a triangular distribution on [low, high] with its mode at the scenario's current value;
 * if the user has moved the value outside the range, the range is widened to include it.
 * Parameters whose unit is an integer (years, count) are rounded to the nearest integer and
 * clamped to their bounds (a discretised triangular). Parameters with low = high are certain and
 * stay at the scenario's value, as do parameters no model reads (they cannot change a result and
 * are not drawn, e.g. Trøndelag's Fjelltrainee grant). One draw per sample is shared by all six
 * models (common random numbers): a shared parameter such as the horizon or the discount rate
 * takes the same value for every model in a sample, so differences between models are not
 * blurred by independent noise.
 *
 * Judged scores. Every judged score whose range has low < high (data/criteria.json, or the
 * scenario's `judgements`) is drawn, independently per model and criterion and per sample, from
 * a triangular distribution on [low, high] with its mode at the score, then put on the 0–1
 * scale like the score itself ((x − 1) / 4); a score with low = high stays fixed. The
 * probabilities are therefore "given these judgements and weights": the judgements' ranges are
 * part of what they measure.
 *
 * Value scales. Computed criteria are put on the scales fixed for the analysis (`scales.ts`), the
 * same in every sample, so a draw never changes the yardstick.
 *
 * Decomposition. With `decomposition` on (the default), the analysis is run three more times
 * with the same seed and sample count, each time holding one source of uncertainty fixed at the
 * scenario's value (judgements at their scores; parameters at their values; weights exactly the
 * scenario's): the first-place probability with a source held fixed, beside the full one, shows
 * how much of the uncertainty comes from that source.
 *
 * Weight model. The scenario's weights w0 (normalised to sum to 1) are mixed with a point u
 * drawn uniformly on the simplex (normalised exponentials): w = (1 − λ)·w0 + λ·u with
 * λ = `weightUncertainty`. λ = 0 keeps the scenario's weights exactly (and draws no u); λ = 1 is
 * SMAA's "no preference information" case. Every w is itself a normalised weight vector.
 *
 * Floats. Unlike the deterministic engine (decimals, whole øre), this analysis runs in float64:
 * it estimates probabilities from thousands of random draws, and its sampling error (up to ±1
 * percentage point, 95 %, at 10 000 draws) is many orders of magnitude above anything øre-level
 * rounding could change. The costs come from `kernel.ts`, a float restatement of the decimal
 * formulas (including `allocate`'s rounding to øre) which `kernel.test.ts` holds to the decimal
 * engine within 0.05 NOK at hundreds of random scenarios.
 * The scoring uses `scoring.ts`'s interval scale, judged values, directions and normalisation;
 * the weighted sum and the ranking are restated below as an allocation-free loop with the same
 * order of additions and the same tie rule (`rankOrder`: ties go to the earlier model), and
 * `smaa.test.ts` checks them against `weightedScores` and `rankOrder`.
 *
 * Reproducibility. The generator (`random.ts`, xoshiro128**) is seeded from `seed`; parameters,
 * weights and judgements use three separate streams, so the same seed gives identical results,
 * and changing λ changes only the weights, not the parameter or judgement draws.
 */
import { MODEL_IDS, parameters, type ModelId } from '../data';
import {
	kernelPlan,
	KERNEL_CRITERIA,
	MODEL_COUNT,
	PARAMETER_IDS,
	runKernel,
	scenarioVector
} from './kernel';
import { Rng, triangularInverse, uniformSimplex } from './random';
import { scaleOf } from './scales';
import { boundsOf, resolveJudgements, type Scenario } from './scenario';
import { CRITERION_IDS, JUDGED_VALUES, fixedScale, judgedValue, scenarioWeights } from './scoring';
import { requiredParameterIds } from './spec';
import { invariant } from '../errors';

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
	/**
	 * Whether to run the analysis three more times, each with one source of uncertainty held
	 * fixed (see the file comment); on unless false.
	 */
	decomposition?: boolean;
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
	/**
	 * First-place probability with one source of uncertainty held fixed (same seed and samples);
	 * null when the decomposition was not run.
	 */
	decomposition?: UncertaintyDecomposition | null;
}

/** First-place probabilities with each source of uncertainty held fixed in turn. */
export interface UncertaintyDecomposition {
	/** Judged scores held at the scenario's scores; parameters and weights still drawn. */
	judgementsFixed: Record<ModelId, number>;
	/** Parameters held at the scenario's values; judgements and weights still drawn. */
	parametersFixed: Record<ModelId, number>;
	/** Weights held at the scenario's; parameters and judgements still drawn. */
	weightsFixed: Record<ModelId, number>;
}

/** Progress is reported after every this many samples (and after the last). */
const PROGRESS_EVERY = 1000;

/** The generator's streams: parameters, weights, judgements (the group analysis uses them too). */
export const PARAMETER_STREAM = 0;
export const WEIGHT_STREAM = 1;
export const JUDGEMENT_STREAM = 2;

/** The judged scores a scenario leaves uncertain (low < high), as flat arrays. */
export interface JudgementSampler {
	/** Criterion index and model index of each drawn score. */
	criterion: Int32Array;
	model: Int32Array;
	low: Float64Array;
	mode: Float64Array;
	high: Float64Array;
}

/** The sampler for a scenario's judgements (`resolveJudgements`). */
export function judgementSampler(scenario: Scenario): JudgementSampler {
	const judgements = resolveJudgements(scenario);
	const cells: { c: number; m: number; low: number; mode: number; high: number }[] = [];
	CRITERION_IDS.forEach((id, c) => {
		const byModel = judgements[id];
		if (!byModel) return;
		MODEL_IDS.forEach((modelId, m) => {
			const j = byModel[modelId];
			if (j.low < j.high) cells.push({ c, m, low: j.low, mode: j.score, high: j.high });
		});
	});
	return {
		criterion: Int32Array.from(cells, (x) => x.c),
		model: Int32Array.from(cells, (x) => x.m),
		low: Float64Array.from(cells, (x) => x.low),
		mode: Float64Array.from(cells, (x) => x.mode),
		high: Float64Array.from(cells, (x) => x.high)
	};
}

/** Overwrite the drawn judged values (0–1 scale) in `values`; other cells are left as they are. */
export function drawJudgements(
	s: JudgementSampler,
	rng: Rng,
	values: readonly Float64Array[]
): void {
	const n = s.criterion.length;
	for (let j = 0; j < n; j++) {
		const x = triangularInverse(rng.uniform(), s.low[j]!, s.mode[j]!, s.high[j]!);
		values[s.criterion[j]!]![s.model[j]!] = judgedValue(x);
	}
}

/** How one scenario's uncertain parameters are drawn; see the file comment. */
export interface ParameterSampler {
	/** Slots (indices into the parameter vector) of the parameters drawn. */
	slots: Int32Array;
	low: Float64Array;
	mode: Float64Array;
	high: Float64Array;
	/** 1 where the parameter is integer-valued (rounded and clamped to min/max). */
	integer: Uint8Array;
	min: Float64Array;
	max: Float64Array;
}

/** The sampler for a scenario whose current values are `base` (see `scenarioVector`). */
export function parameterSampler(base: Float64Array): ParameterSampler {
	const used = new Set(requiredParameterIds());
	const picked: number[] = [];
	parameters.forEach((p, i) => {
		if (used.has(p.id) && p.range[0] < p.range[1]) picked.push(i);
	});
	const n = picked.length;
	const s: ParameterSampler = {
		slots: Int32Array.from(picked),
		low: new Float64Array(n),
		mode: new Float64Array(n),
		high: new Float64Array(n),
		integer: new Uint8Array(n),
		min: new Float64Array(n),
		max: new Float64Array(n)
	};
	picked.forEach((slot, j) => {
		const p = parameters[slot]!;
		const value = base[slot]!;
		const bounds = boundsOf(p);
		s.low[j] = Math.min(p.range[0], value);
		s.mode[j] = value;
		s.high[j] = Math.max(p.range[1], value);
		s.integer[j] = bounds.integer ? 1 : 0;
		s.min[j] = bounds.min;
		s.max[j] = bounds.max;
	});
	return s;
}

/** Overwrite the drawn slots of `x` with one sample; other slots are left as they are. */
export function drawParameters(s: ParameterSampler, rng: Rng, x: Float64Array): void {
	const n = s.slots.length;
	for (let j = 0; j < n; j++) {
		let v = triangularInverse(rng.uniform(), s.low[j]!, s.mode[j]!, s.high[j]!);
		if (s.integer[j] === 1) v = Math.min(Math.max(Math.round(v), s.min[j]!), s.max[j]!);
		x[s.slots[j]!] = v;
	}
}

/**
 * Weighted scores and ranks of `models` models from values [criterion][model] and weights,
 * without allocating: the same sums as `weightedScores` (criteria added in order, from 0) and
 * the same order as `rankOrder` (higher score first, exact ties to the earlier model).
 * `ranks[m]` is 0 for the best model.
 */
export function scoreAndRank(
	values: readonly ArrayLike<number>[],
	weights: ArrayLike<number>,
	models: number,
	scores: Float64Array,
	ranks: Int32Array
): void {
	const criteriaCount = values.length;
	for (let m = 0; m < models; m++) {
		let score = 0;
		for (let c = 0; c < criteriaCount; c++) score += weights[c]! * values[c]![m]!;
		scores[m] = score;
	}
	for (let m = 0; m < models; m++) {
		const own = scores[m]!;
		let rank = 0;
		for (let j = 0; j < models; j++) {
			const other = scores[j]!;
			if (other > own || (other === own && j < m)) rank++;
		}
		ranks[m] = rank;
	}
}

function checkOptions(o: SmaaOptions): void {
	if (!Number.isInteger(o.samples) || o.samples < 1)
		throw new RangeError(`smaa: samples must be a positive integer, got ${o.samples}`);
	if (!Number.isFinite(o.seed)) throw new RangeError(`smaa: seed must be finite, got ${o.seed}`);
	if (!(o.weightUncertainty >= 0 && o.weightUncertainty <= 1))
		throw new RangeError(`smaa: weightUncertainty must be in [0, 1], got ${o.weightUncertainty}`);
}

function byModel<T>(f: (m: number) => T): Record<ModelId, T> {
	return Object.fromEntries(MODEL_IDS.map((id, m) => [id, f(m)])) as Record<ModelId, T>;
}

/**
 * Everything one analysis works on: preallocated buffers, reused from one call to the next.
 * The hot loops live in small functions of their own (`sampleChunk`, `confidenceWins`) rather
 * than inside `smaa`, so that V8 optimises them whole and keeps doubles unboxed (a loop inside a
 * long function with cold code after it is compiled on-stack, thrown away on reaching that code,
 * and runs unoptimised — allocating a boxed number for nearly every double — in the next call).
 * Reusing the object also keeps its hidden class alive, so a major GC between two analyses does
 * not discard the optimised code built for it.
 */
class Run {
	readonly M = MODEL_COUNT;
	readonly C = CRITERION_IDS.length;
	readonly K = KERNEL_CRITERIA.length;
	readonly plan = kernelPlan();
	/** Criterion index fed by each kernel output (−1 if the criterion is not in the data). */
	readonly kernelCriterion = Int32Array.from(KERNEL_CRITERIA, (id) => CRITERION_IDS.indexOf(id));
	readonly x = new Float64Array(PARAMETER_IDS.length);
	sampler: ParameterSampler = parameterSampler(this.x);
	readonly raw = new Float64Array(this.K * this.M);
	readonly rawRows: readonly Float64Array[];
	/** Each kernel criterion's fixed scale: the raw result at value 0 and at 1. */
	readonly worst = new Float64Array(this.K);
	readonly best = new Float64Array(this.K);
	/**
	 * Values [criterion][model] on the 0–1 scale, rewritten per sample where drawn; the computed
	 * criteria's rows are rewritten in every sample before they are read.
	 */
	readonly values: readonly Float64Array[];
	/** The scenario's judged values (0–1), [criterion][model]; NaN for computed criteria. */
	readonly judgedBase: readonly Float64Array[];
	/** Set by `reset`, before any pass. */
	judgementSampler!: JudgementSampler;
	/** Every criterion's values of every sample: stored[(s·C + c)·M + m]; grown as needed. */
	stored = new Float64Array(0);
	/** Which sources are drawn in the current pass (set by `startPass`). */
	drawParameters!: boolean;
	drawJudgements!: boolean;
	drawWeights!: boolean;
	/** The scenario's parameter values, to restore when parameters are held fixed. */
	readonly x0 = new Float64Array(PARAMETER_IDS.length);
	readonly w0 = new Float64Array(this.C);
	readonly w = new Float64Array(this.C);
	readonly u = new Float64Array(this.C);
	readonly scores = new Float64Array(this.M);
	readonly ranks = new Int32Array(this.M);
	readonly rankCounts = new Float64Array(this.M * this.M);
	readonly firstCounts = new Float64Array(this.M);
	readonly weightSums = new Float64Array(this.M * this.C);
	readonly central = new Float64Array(this.C);
	readonly parameterRng = new Rng(0, PARAMETER_STREAM);
	readonly weightRng = new Rng(0, WEIGHT_STREAM);
	readonly judgementRng = new Rng(0, JUDGEMENT_STREAM);
	n = 0;
	lambda = 0;

	/**
	 * Models in MODEL_IDS order (kernel.test.ts) and every computed criterion computed by the
	 * kernel (smaa.mutation.test.ts) are checked by tests: both are fixed in the code.
	 */
	constructor() {
		this.rawRows = KERNEL_CRITERIA.map((_, k) => this.raw.subarray(k * this.M, (k + 1) * this.M));
		this.values = CRITERION_IDS.map((_, c) => Float64Array.from(JUDGED_VALUES[c]!));
		this.judgedBase = CRITERION_IDS.map((_, c) => Float64Array.from(JUDGED_VALUES[c]!));
	}

	/** Prepare for an analysis of `scenario` with validated options. */
	reset(scenario: Scenario, o: SmaaOptions): void {
		this.n = o.samples;
		this.lambda = o.weightUncertainty;
		this.x0.set(scenarioVector(scenario));
		// The scales of the scenario's analysis period, the same in every sample.
		const horizon = this.x0[this.plan.horizonYears]!;
		KERNEL_CRITERIA.forEach((id, k) => {
			const scale = scaleOf(id, horizon);
			invariant(scale, () => `smaa: no fixed scale for '${id}'`);
			this.worst[k] = scale.worst;
			this.best[k] = scale.best;
		});
		this.x.set(this.x0);
		this.sampler = parameterSampler(this.x);
		const judged = resolveJudgements(scenario);
		CRITERION_IDS.forEach((id, c) => {
			const byModel = judged[id];
			if (!byModel) return;
			MODEL_IDS.forEach((m, j) => (this.judgedBase[c]![j] = judgedValue(byModel[m].score)));
			this.values[c]!.set(this.judgedBase[c]!);
		});
		this.judgementSampler = judgementSampler(scenario);
		this.w0.set(scenarioWeights(scenario));
		// Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `<=` only allocate a fresh buffer of the same size, every cell of which is written before it is read; `false` and `>=` (no buffer) fail the confidence tests when not disabled
		if (this.stored.length < o.samples * this.C * this.M)
			this.stored = new Float64Array(o.samples * this.C * this.M);
		this.startPass(o.seed, true, true, true);
	}

	/** Start a pass over the samples, drawing the sources flagged (same seed: same draws). */
	startPass(seed: number, parameters: boolean, judgements: boolean, weights: boolean): void {
		this.drawParameters = parameters;
		this.drawJudgements = judgements;
		this.drawWeights = weights;
		this.x.set(this.x0);
		// The computed criteria's rows too (NaN): every sample rewrites them before they are read.
		for (let c = 0; c < this.C; c++) this.values[c]!.set(this.judgedBase[c]!);
		this.w.set(this.w0);
		this.rankCounts.fill(0);
		this.firstCounts.fill(0);
		this.weightSums.fill(0);
		this.parameterRng.reseed(seed, PARAMETER_STREAM);
		this.weightRng.reseed(seed, WEIGHT_STREAM);
		this.judgementRng.reseed(seed, JUDGEMENT_STREAM);
	}
}

/** The run reused between calls; null while an analysis uses it (a nested call makes its own). */
let idleRun: Run | null = null;

/** Samples [from, to): draw, compute, scale, weigh, rank and count. Allocates nothing. */
function sampleChunk(r: Run, from: number, to: number): void {
	const { M, C, K, values, stored, w, w0, u, lambda, rankCounts, firstCounts, weightSums } = r;
	for (let s = from; s < to; s++) {
		if (r.drawParameters) drawParameters(r.sampler, r.parameterRng, r.x);
		runKernel(r.plan, r.x, r.raw, 0);
		for (let k = 0; k < K; k++) {
			const c = r.kernelCriterion[k]!;
			// Stryker disable next-line ConditionalExpression,EqualityOperator: every kernel criterion is in the data (criteria.json), none as criterion 0, so `false` and `c <= 0` skip nothing; `true` and `c >= 0` (skip every computed criterion) fail the replay tests when not disabled
			if (c < 0) continue;
			fixedScale(r.rawRows[k]!, r.worst[k]!, r.best[k]!, values[c]!);
		}
		if (r.drawJudgements) drawJudgements(r.judgementSampler, r.judgementRng, values);
		const base = s * C * M;
		for (let c = 0; c < C; c++) {
			const row = values[c]!;
			// Stryker disable next-line EqualityOperator: `m <= M` writes row[M] (undefined, NaN) into the next slot, which the next criterion or sample overwrites, or past the buffer's use; `m >= M` fails the confidence tests when not disabled
			for (let m = 0; m < M; m++) stored[base + c * M + m] = row[m]!;
		}
		// With λ = 0, w stays w0 (startPass): drawing u would only give 1·w0 + 0·u = w0 again.
		if (lambda > 0 && r.drawWeights) {
			uniformSimplex(r.weightRng, u);
			// Stryker disable next-line EqualityOperator: `c <= C` also writes w[C], past the typed array: ignored (it was reported as a timeout in one full run and survived the next); `c >= C` (weights never mixed) fails the replay tests and group.test.ts when not disabled
			for (let c = 0; c < C; c++) w[c] = (1 - lambda) * w0[c]! + lambda * u[c]!;
		}
		scoreAndRank(values, w, M, r.scores, r.ranks);
		// Stryker disable next-line EqualityOperator: `m <= M` reads ranks[M], past the typed array (undefined), so the count goes to rankCounts[NaN], a write a typed array ignores, and `undefined === 0` counts no first; `m >= M` (no counting) fails smaa.test.ts and the replay tests when not disabled
		for (let m = 0; m < M; m++) {
			const rank = r.ranks[m]!;
			rankCounts[m * M + rank]!++;
			if (rank === 0) {
				firstCounts[m]!++;
				for (let c = 0; c < C; c++) weightSums[m * C + c]! += w[c]!;
			}
		}
	}
}

/**
 * In how many stored samples model m ranks first when every model is scored with the weights in
 * `r.central` (each sample's stored values of every criterion, judged ones included). Ties go to
 * the earlier model, as in `rankOrder`.
 */
function confidenceWins(r: Run, m: number): number {
	const { M, C, central, stored, scores } = r;
	let wins = 0;
	for (let s = 0; s < r.n; s++) {
		const base = s * C * M;
		// Stryker disable next-line EqualityOperator: `j <= M` also writes scores[M], past the typed array: ignored
		for (let j = 0; j < M; j++) {
			let score = 0;
			for (let c = 0; c < C; c++) score += central[c]! * stored[base + c * M + j]!;
			scores[j] = score;
		}
		const own = scores[m]!;
		// Model m itself is never ahead of itself (neither higher nor an earlier tie).
		let first = true;
		// Stryker disable next-line EqualityOperator: `j <= M` reads scores[M], past the typed array: undefined, never ahead
		for (let j = 0; j < M; j++) {
			const other = scores[j]!;
			if (other > own || (other === own && j < m)) first = false;
		}
		if (first) wins++;
	}
	return wins;
}

export function smaa(
	scenario: Scenario,
	options: Partial<SmaaOptions> = {},
	onProgress?: (done: number, total: number) => void
): SmaaResult {
	const opts: SmaaOptions = { ...DEFAULT_SMAA_OPTIONS, ...scenario.analysis, ...options };
	checkOptions(opts);
	const r = idleRun ?? new Run();
	idleRun = null;
	try {
		r.reset(scenario, opts);
		return analyse(r, opts, onProgress);
		// The note is inside `finally … {`: Stryker reads a directive only as the leading comment of
		// a node and disables that node's line; a comment above `} finally {` leads no node.
	} finally /* Stryker disable next-line BlockStatement: without it every call builds a new Run, whose results are the same (reusing its buffers changes nothing: smaa.test.ts); only slower */ {
		idleRun = r;
	}
}

function analyse(
	r: Run,
	opts: SmaaOptions,
	onProgress: ((done: number, total: number) => void) | undefined
): SmaaResult {
	const { M, C, n } = r;
	const decompose = opts.decomposition !== false;
	const total = decompose ? 4 * n : n;
	const pass = (offset: number): void => {
		for (let from = 0; from < n; from += PROGRESS_EVERY) {
			const to = Math.min(n, from + PROGRESS_EVERY);
			sampleChunk(r, from, to);
			onProgress?.(offset + to, total);
		}
	};
	pass(0);

	// Central weights, and confidence factors from re-scoring the stored draws with them.
	// Filled for the models that rank first at least once; the others are null below.
	const centralWeights: (Record<string, number> | null)[] = [];
	const confidence: (number | null)[] = [];
	// Stryker disable next-line EqualityOperator: `m <= M` adds a pass for m = M: firstCounts[M] is undefined (not 0), so it fills the scratch `central` with NaN (weightSums past its end / undefined) and index M of `centralWeights` and `confidence`, which are read only below M (byModel); every later use of `central` rewrites it first; `m >= M` (no central weights) fails smaa.test.ts and the replay tests when not disabled
	for (let m = 0; m < M; m++) {
		const firsts = r.firstCounts[m]!;
		if (firsts === 0) continue;
		// Stryker disable next-line EqualityOperator: `c <= C` also writes central[C], past the typed array: ignored; `c >= C` (central weights never set) fails smaa.test.ts and the replay tests when not disabled
		for (let c = 0; c < C; c++) r.central[c] = r.weightSums[m * C + c]! / firsts;
		centralWeights[m] = Object.fromEntries(CRITERION_IDS.map((id, c) => [id, r.central[c]!]));
		confidence[m] = confidenceWins(r, m) / n;
	}
	const rankAcceptability = byModel((m) =>
		Array.from(r.rankCounts.subarray(m * M, (m + 1) * M), (count) => count / n)
	);
	const probabilityFirst = byModel((m) => r.rankCounts[m * M]! / n);

	let decomposition: UncertaintyDecomposition | null = null;
	if (decompose) {
		const firstWith = (p: boolean, j: boolean, w: boolean, offset: number) => {
			r.startPass(opts.seed, p, j, w);
			pass(offset);
			return byModel((m) => r.rankCounts[m * M]! / n);
		};
		decomposition = {
			judgementsFixed: firstWith(true, false, true, n),
			parametersFixed: firstWith(false, true, true, 2 * n),
			weightsFixed: firstWith(true, true, false, 3 * n)
		};
	}

	return {
		options: opts,
		rankAcceptability,
		probabilityFirst,
		centralWeights: byModel((m) => centralWeights[m] ?? null),
		confidence: byModel((m) => confidence[m] ?? null),
		decomposition
	};
}
