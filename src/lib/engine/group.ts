/**
 * Council mode: a group of members, each with their own weights (and, if they gave them, their
 * own judged scores), over one scenario's figures (the base: parameter values, and the judged
 * scores of a member who gave none).
 *
 * What the group is told:
 * - each member's own ranking (the deterministic evaluation with their weights and judgements),
 *   and from it, per model, the share of members who put it first (`shareFirst`); a model first
 *   for more than half of the members is the `majority`;
 * - the group's rank probabilities, by SMAA in the spirit of Lahdelma & Salminen's group SMAA-2
 *   (Operations Research 49(3), 2001): in each Monte Carlo sample one member is drawn uniformly
 *   and the sample is scored with that member's weights and judgements — their judged scores
 *   drawn triangular on [low, high] as `smaa.ts` draws them — on parameter values drawn as
 *   `smaa.ts` draws them. So every member carries the same weight, and the probabilities mix
 *   the members' differences with the uncertainty of the figures and the judgements;
 * - the ranking under the mean weights (the mean of the members' normalised weights, with the
 *   base scenario's judgements);
 * - where the members disagree: per criterion the mean, spread (population standard deviation),
 *   lowest and highest of the members' normalised weights, most spread first.
 *
 * Sampling reuses `smaa.ts`'s samplers (`parameterSampler`, `judgementSampler`, their draws,
 * `scoreAndRank`) and its generator streams, plus one stream of its own for the member drawn;
 * with one member (or identical members) the result is `smaa`'s for that member's scenario, with
 * the same seed, to the last bit (`group.test.ts`). Each member's weights are taken exactly
 * (`weightUncertainty` 0 by default: the members' spread is the weights' uncertainty); with
 * `weightUncertainty` λ > 0 they are mixed with a uniform point on the simplex as in `smaa.ts`.
 */
import { MODEL_IDS, type ModelId } from '../data';
import { invariant } from '../errors';
import { ScenarioError } from './errors';
import { evaluate, valueMatrix } from './evaluate';
import { KERNEL_CRITERIA, MODEL_COUNT, kernelPlan, runKernel, scenarioVector } from './kernel';
import { Rng, uniformSimplex } from './random';
import { scaleOf } from './scales';
import { parseScenario, resolveJudgements, type JudgementChanges, type Scenario } from './scenario';
import {
	CRITERION_IDS,
	fixedScale,
	judgedValues,
	rankOrder,
	scenarioWeights,
	weightedScores
} from './scoring';
import {
	DEFAULT_SMAA_OPTIONS,
	JUDGEMENT_STREAM,
	PARAMETER_STREAM,
	WEIGHT_STREAM,
	drawJudgements,
	drawParameters,
	judgementSampler,
	parameterSampler,
	scoreAndRank,
	type JudgementSampler
} from './smaa';

/** One member of the group: their weights (as a scenario holds them) and any judged scores. */
export interface GroupMember {
	readonly name?: string;
	/** Weights in the scenario's points; a criterion left out takes the default preset's. */
	readonly weights: Readonly<Record<string, number>>;
	/** The member's own judged scores, over the base scenario's (cell by cell). */
	readonly judgements?: JudgementChanges;
}

export interface GroupOptions {
	/** Monte Carlo samples; the base scenario's, else 10 000. */
	samples: number;
	/** Seed; the base scenario's, else smaa's default. */
	seed: number;
	/** Imprecision added to each member's weights, as in `smaa.ts`; 0 by default. */
	weightUncertainty: number;
}

export interface GroupMemberResult {
	name?: string;
	/** Model ids best first, by the member's own weights and judgements. */
	ranking: ModelId[];
	/** The member's normalised weights (sum 1). */
	weights: Record<string, number>;
}

/** How far the members' normalised weights of one criterion lie apart. */
export interface CriterionSpread {
	criterion: string;
	mean: number;
	/** Population standard deviation over the members. */
	standardDeviation: number;
	min: number;
	max: number;
}

export interface GroupResult {
	options: GroupOptions;
	members: GroupMemberResult[];
	/** Share of members whose own ranking puts the model first. */
	shareFirst: Record<ModelId, number>;
	/** The model first for more than half of the members, or null. */
	majority: ModelId | null;
	/** Group SMAA: probability that the model ranks first. */
	probabilityFirst: Record<ModelId, number>;
	/** rankAcceptability[model][r] = probability that the model takes rank r + 1. */
	rankAcceptability: Record<ModelId, number[]>;
	/** The mean of the members' normalised weights (sum 1). */
	meanWeights: Record<string, number>;
	/** Model ids best first under the mean weights and the base scenario's judgements. */
	meanRanking: ModelId[];
	/** Every criterion's spread of weights, largest standard deviation first. */
	disagreement: CriterionSpread[];
}

/** The generator stream that picks the member of each sample (smaa uses 0–2). */
export const MEMBER_STREAM = 3;

/** Progress is reported after every this many samples (and after the last). */
const PROGRESS_EVERY = 1000;

function byModel<T>(f: (m: number) => T): Record<ModelId, T> {
	return Object.fromEntries(MODEL_IDS.map((id, m) => [id, f(m)])) as Record<ModelId, T>;
}

/** The base scenario with the member's weights and, cell by cell over the base's, judgements. */
export function memberScenario(base: Scenario, member: GroupMember): Scenario {
	const judgements: Record<string, Record<string, object>> = {};
	for (const source of [base.judgements, member.judgements])
		for (const [criterion, byModelChange] of Object.entries(source ?? {}))
			Object.assign((judgements[criterion] ??= {}), byModelChange);
	const scenario: Scenario = { ...base, weights: member.weights };
	delete (scenario as { judgements?: unknown }).judgements;
	return Object.keys(judgements).length
		? { ...scenario, judgements: judgements as JudgementChanges }
		: scenario;
}

/**
 * Check the members (at least one; each one's weights and judgements as a scenario's). Throws a
 * ScenarioError naming the field as `members.<index>.<field>`.
 */
export function checkMembers(members: readonly GroupMember[]): void {
	if (members.length === 0)
		throw new ScenarioError('invalid-shape', { field: 'members', detail: 'no members' });
	members.forEach((member, i) => {
		try {
			parseScenario({ version: 2, weights: member.weights, judgements: member.judgements });
		} catch (e) {
			if (!(e instanceof ScenarioError)) throw e;
			throw new ScenarioError(e.code, { ...e.details, field: `members.${i}.${e.details.field}` });
		}
	});
}

function checkOptions(o: GroupOptions): void {
	if (!Number.isInteger(o.samples) || o.samples < 1)
		throw new RangeError(`group: samples must be a positive integer, got ${o.samples}`);
	if (!Number.isFinite(o.seed)) throw new RangeError(`group: seed must be finite, got ${o.seed}`);
	if (!(o.weightUncertainty >= 0 && o.weightUncertainty <= 1))
		throw new RangeError(`group: weightUncertainty must be in [0, 1], got ${o.weightUncertainty}`);
}

/** What one member brings to the sampling. */
interface MemberPlan {
	/** Normalised weights, criterion order. */
	w: Float64Array;
	/** Judged values (0–1) at the member's scores, [criterion][model]; computed rows unused. */
	judged: readonly Float64Array[];
	sampler: JudgementSampler;
}

/** Everything the sampling works on, allocated once per analysis. */
interface GroupRun {
	n: number;
	lambda: number;
	members: readonly MemberPlan[];
	/** Indices of the judged criteria. */
	judgedCriteria: Int32Array;
	/** Criterion fed by each kernel output (−1 if not in the data). */
	kernelCriterion: Int32Array;
	worst: Float64Array;
	best: Float64Array;
	plan: ReturnType<typeof kernelPlan>;
	x: Float64Array;
	parameters: ReturnType<typeof parameterSampler>;
	raw: Float64Array;
	rawRows: readonly Float64Array[];
	values: readonly Float64Array[];
	w: Float64Array;
	u: Float64Array;
	scores: Float64Array;
	ranks: Int32Array;
	rankCounts: Float64Array;
	parameterRng: Rng;
	weightRng: Rng;
	judgementRng: Rng;
	memberRng: Rng;
}

/** Samples [from, to): draw the figures and a member, score, rank and count. Allocates nothing. */
function sampleChunk(r: GroupRun, from: number, to: number): void {
	const M = MODEL_COUNT;
	const { values, w, u, lambda, rankCounts, judgedCriteria, members } = r;
	const C = w.length;
	const K = r.kernelCriterion.length;
	const count = members.length;
	for (let s = from; s < to; s++) {
		drawParameters(r.parameters, r.parameterRng, r.x);
		runKernel(r.plan, r.x, r.raw, 0);
		for (let k = 0; k < K; k++) {
			const c = r.kernelCriterion[k]!;
			// Stryker disable next-line ConditionalExpression,EqualityOperator: every kernel criterion is in data/criteria.json at index ≥ 1, so `false` and `c <= 0` are the same; the guard is for data that drops one (`true` and `c >= 0`, which skip them all, are killed by group.test.ts)
			if (c < 0) continue;
			fixedScale(r.rawRows[k]!, r.worst[k]!, r.best[k]!, values[c]!);
		}
		const member = members[Math.floor(r.memberRng.uniform() * count)]!;
		for (let j = 0; j < judgedCriteria.length; j++) {
			const c = judgedCriteria[j]!;
			values[c]!.set(member.judged[c]!);
		}
		drawJudgements(member.sampler, r.judgementRng, values);
		// Stryker disable next-line ConditionalExpression,EqualityOperator: with λ = 0 the mix gives the member's weights exactly (1·w + 0·u), only slower, and the weight stream serves nothing else, so `true` and `lambda >= 0` are the same (`false` and `lambda <= 0`, no mix for λ > 0, are killed by group.test.ts)
		if (lambda > 0) {
			uniformSimplex(r.weightRng, u);
			// Stryker disable next-line EqualityOperator: with `c <= C` a write past the end of a typed array is ignored (`c >= C`, no weights set, is killed by group.test.ts)
			for (let c = 0; c < C; c++) w[c] = (1 - lambda) * member.w[c]! + lambda * u[c]!;
		} else w.set(member.w);
		scoreAndRank(values, w, M, r.scores, r.ranks);
		// Stryker disable next-line EqualityOperator: with `m <= M`, ranks[M] is undefined, and a typed array ignores rankCounts[NaN]++ (`m >= M`, nothing counted, is killed by group.test.ts)
		for (let m = 0; m < M; m++) rankCounts[m * M + r.ranks[m]!]!++;
	}
}

function prepare(base: Scenario, scenarios: readonly Scenario[], o: GroupOptions): GroupRun {
	const M = MODEL_COUNT;
	const C = CRITERION_IDS.length;
	const plan = kernelPlan();
	const x = scenarioVector(base);
	const horizon = x[plan.horizonYears]!;
	const worst = new Float64Array(KERNEL_CRITERIA.length);
	const best = new Float64Array(KERNEL_CRITERIA.length);
	KERNEL_CRITERIA.forEach((id, k) => {
		const scale = scaleOf(id, horizon);
		// Stryker disable next-line ArrowFunction,StringLiteral: every kernel criterion has a scale; the message is never built
		invariant(scale, () => `group: no fixed scale for '${id}'`);
		worst[k] = scale.worst;
		best[k] = scale.best;
	});
	const raw = new Float64Array(KERNEL_CRITERIA.length * M);
	const members = scenarios.map((s): MemberPlan => {
		const judged = judgedValues(resolveJudgements(s));
		return {
			w: Float64Array.from(scenarioWeights(s)),
			judged: judged.map((row) => Float64Array.from(row)),
			sampler: judgementSampler(s)
		};
	});
	// Computed criteria have no judged values (NaN).
	const judgedCriteria = Int32Array.from(CRITERION_IDS.keys()).filter(
		(c) => !Number.isNaN(members[0]!.judged[c]![0]!)
	);
	return {
		n: o.samples,
		lambda: o.weightUncertainty,
		members,
		judgedCriteria,
		kernelCriterion: Int32Array.from(KERNEL_CRITERIA, (id) => CRITERION_IDS.indexOf(id)),
		worst,
		best,
		plan,
		x,
		parameters: parameterSampler(x),
		raw,
		rawRows: KERNEL_CRITERIA.map((_, k) => raw.subarray(k * M, (k + 1) * M)),
		values: CRITERION_IDS.map(() => new Float64Array(M)),
		w: new Float64Array(C),
		u: new Float64Array(C),
		scores: new Float64Array(M),
		ranks: new Int32Array(M),
		rankCounts: new Float64Array(M * M),
		parameterRng: new Rng(o.seed, PARAMETER_STREAM),
		weightRng: new Rng(o.seed, WEIGHT_STREAM),
		judgementRng: new Rng(o.seed, JUDGEMENT_STREAM),
		memberRng: new Rng(o.seed, MEMBER_STREAM)
	};
}

/** Per criterion: mean, population standard deviation, min and max over the members. */
function spreads(weights: readonly (readonly number[])[]): CriterionSpread[] {
	const n = weights.length;
	const out = CRITERION_IDS.map((criterion, c) => {
		const xs = weights.map((w) => w[c]!);
		const mean = xs.reduce((a, b) => a + b, 0) / n;
		const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
		return {
			criterion,
			mean,
			standardDeviation: Math.sqrt(variance),
			min: Math.min(...xs),
			max: Math.max(...xs)
		};
	});
	// Stable sort: equal spreads keep the data's order.
	return out.sort((a, b) => b.standardDeviation - a.standardDeviation);
}

/**
 * The group analysis of `members` over the `base` scenario's figures (see the file comment).
 * Throws a ScenarioError naming the member and field for an invalid member.
 */
export function groupSmaa(
	base: Scenario,
	members: readonly GroupMember[],
	options: Partial<GroupOptions> = {},
	onProgress?: (done: number, total: number) => void
): GroupResult {
	checkMembers(members);
	const opts: GroupOptions = {
		samples: base.analysis?.samples ?? DEFAULT_SMAA_OPTIONS.samples,
		seed: base.analysis?.seed ?? DEFAULT_SMAA_OPTIONS.seed,
		weightUncertainty: 0,
		...options
	};
	checkOptions(opts);
	const M = MODEL_COUNT;
	const scenarios = members.map((m) => memberScenario(base, m));

	// Each member's own ranking, on the base's computed values and the member's judgements.
	const evaluation = evaluate(base);
	const computed = evaluation.models.map((m) => m.performance);
	const rankingOf = (judged: number[][], weights: readonly number[]): ModelId[] =>
		rankOrder(
			weightedScores(valueMatrix(computed, judged, evaluation.horizonYears), weights, M)
		).map((m) => MODEL_IDS[m]!);
	const memberWeights = scenarios.map(scenarioWeights);
	const memberResults: GroupMemberResult[] = scenarios.map((s, i) => ({
		...(members[i]!.name !== undefined ? { name: members[i]!.name } : {}),
		ranking: rankingOf(judgedValues(resolveJudgements(s)), memberWeights[i]!),
		weights: Object.fromEntries(CRITERION_IDS.map((id, c) => [id, memberWeights[i]![c]!]))
	}));
	const shareFirst = byModel(
		(m) => memberResults.filter((r) => r.ranking[0] === MODEL_IDS[m]).length / members.length
	);
	const majority = MODEL_IDS.find((id) => shareFirst[id] > 0.5) ?? null;

	const disagreement = spreads(memberWeights);
	const meanList = CRITERION_IDS.map(
		(_, c) => disagreement.find((d) => d.criterion === CRITERION_IDS[c])!.mean
	);
	const meanRanking = rankingOf(judgedValues(evaluation.judgements), meanList);

	// The group SMAA.
	const run = prepare(base, scenarios, opts);
	for (let from = 0; from < run.n; from += PROGRESS_EVERY) {
		const to = Math.min(run.n, from + PROGRESS_EVERY);
		sampleChunk(run, from, to);
		onProgress?.(to, run.n);
	}
	const n = run.n;
	return {
		options: opts,
		members: memberResults,
		shareFirst,
		majority,
		probabilityFirst: byModel((m) => run.rankCounts[m * M]! / n),
		rankAcceptability: byModel((m) =>
			Array.from(run.rankCounts.subarray(m * M, (m + 1) * M), (c) => c / n)
		),
		meanWeights: Object.fromEntries(CRITERION_IDS.map((id, c) => [id, meanList[c]!])),
		meanRanking,
		disagreement
	};
}
