/**
 * Why each model ranks where it does, as structured parts (criterion ids, weights, thresholds,
 * model ids). Pure: no Svelte, no DOM, no words. `sentences.ts` (the page) and the report's
 * conclusion turn the parts into sentences through the message catalogue.
 *
 * Built only from what the engine already computed:
 * - strengths: the criteria that add most to the model's score (largest weight × value);
 * - weaknesses: the criteria where it loses most (largest weight × (1 − value));
 * - the study's sections behind a judged score (data/criteria.json, the study's references);
 * - for the leader, the nearest ends of its weight stability intervals: the weight changes that
 *   would cost it first place, and to whom;
 * - for every other model, where it trails the leader and where it beats it (contribution by
 *   contribution), and any interval end at which it would itself take first place (the
 *   stability intervals describe only the leader, so they say nothing about other changes);
 * - from SMAA, when the analysis is available: the probability of ranking first, and the
 *   criterion its central weights favour most compared with today's weights.
 */
import { criterionById, criteria, type ModelId } from '../data';
import type { AnalysisResult, Evaluation, ModelEvaluation, Stability } from '../engine';
import { UnknownIdError } from '../errors';
import { STUDY_FALLBACK, STUDY_FIRST } from './study';

/** One criterion in the light of one model. */
export interface CriterionPart {
	criterionId: string;
	/** The criterion's normalised weight (sum of all weights 1). */
	weight: number;
	/** The model's value on the criterion's 0–1 scale. */
	value: number;
	/** weight × value: what the criterion adds to the score. */
	contribution: number;
	/** weight × (1 − value): what the model misses on it. */
	lost: number;
	/** The study's sections behind a judged score (empty for computed criteria). */
	sections: string[];
}

/** A change in one criterion's (normalised) weight that moves first place to `model`. */
export interface WeightShift {
	criterionId: string;
	/** The weight now. */
	weight: number;
	/** First place changes beyond this weight. */
	threshold: number;
	direction: 'above' | 'below';
	/** Who is first beyond the threshold. */
	model: ModelId;
}

/** A difference in contribution (points on the 0–1 score) on one criterion; always positive. */
export interface Difference {
	criterionId: string;
	difference: number;
}

/** How a model compares with another, criterion by criterion. */
export interface ModelComparison {
	other: ModelId;
	/** The other's score minus this model's (positive when the other is ahead). */
	scoreGap: number;
	/** Criteria where the other model gains more, largest first. */
	otherAhead: Difference[];
	/** Criteria where this model gains more, largest first. */
	modelAhead: Difference[];
}

export interface SmaaPart {
	/** Share of the Monte Carlo draws in which the model ranks first. */
	probabilityFirst: number;
	/** Confidence factor; null if the model never ranks first. */
	confidence: number | null;
	/**
	 * The criterion whose central weight (the mean weight of the draws the model wins) lies
	 * furthest above its weight now; null if the model never ranks first or no weight lies above.
	 */
	favouredBy: { criterionId: string; centralWeight: number; weight: number } | null;
}

export interface Explanation {
	model: ModelId;
	rank: number;
	score: number;
	leader: ModelId;
	strengths: CriterionPart[];
	weaknesses: CriterionPart[];
	/** The study's sections behind the strengths, in order of first mention, without repeats. */
	sections: string[];
	/** Leader only: the nearest weight changes that would cost it first place, nearest first. */
	loseFirst: WeightShift[];
	/** Other models: the weight changes (stability interval ends) that would make it first. */
	takeFirst: WeightShift[];
	/** Other models: comparison with the leader. Null for the leader. */
	behindLeader: ModelComparison | null;
	/** Null while the analysis is not available. */
	smaa: SmaaPart | null;
}

export interface ExplainOptions {
	strengths: number;
	weaknesses: number;
	thresholds: number;
	differences: number;
}

export const DEFAULT_EXPLAIN_OPTIONS: ExplainOptions = {
	strengths: 3,
	weaknesses: 2,
	thresholds: 2,
	differences: 2
};

/** Differences below this are float noise, not a reason. */
const EPSILON = 1e-9;

/** The study's sections behind a judged criterion's score for a model. */
export function studySections(criterionId: string, model: ModelId): string[] {
	const score = criterionById.get(criterionId)?.scores?.[model];
	if (!score) return [];
	return score.sources
		.filter((ref) => ref.source === 'study' && ref.section)
		.map((ref) => ref.section!);
}

function part(m: ModelEvaluation, weights: Record<string, number>, id: string): CriterionPart {
	const weight = weights[id] ?? 0;
	const value = m.values[id] ?? 0;
	return {
		criterionId: id,
		weight,
		value,
		contribution: m.contributions[id] ?? weight * value,
		lost: weight * (1 - value),
		sections: studySections(id, m.id)
	};
}

/** How far the model stands out on a criterion: its value minus the others' mean value. */
function distinction(e: Evaluation, m: ModelEvaluation, id: string): number {
	const others = e.models.filter((o) => o.id !== m.id);
	const mean = others.reduce((s, o) => s + (o.values[id] ?? 0), 0) / others.length;
	return (m.values[id] ?? 0) - mean;
}

function unique(items: readonly string[]): string[] {
	return [...new Set(items)];
}

/** Criteria ordered by `key` (largest first); ties broken by how far the model stands out. */
function top(
	e: Evaluation,
	m: ModelEvaluation,
	parts: CriterionPart[],
	key: (p: CriterionPart) => number,
	sign: 1 | -1,
	count: number
): CriterionPart[] {
	return parts
		.filter((p) => key(p) > EPSILON)
		.sort((a, b) =>
			key(b) - key(a) > EPSILON || key(a) - key(b) > EPSILON
				? key(b) - key(a)
				: sign * (distinction(e, m, b.criterionId) - distinction(e, m, a.criterionId))
		)
		.slice(0, count);
}

/** Compare `m` with `other`, contribution by contribution. */
export function compareModels(
	e: Evaluation,
	m: ModelEvaluation,
	other: ModelEvaluation,
	count: number
): ModelComparison {
	const diffs = criteria.map((c) => ({
		criterionId: c.id,
		difference: (other.contributions[c.id] ?? 0) - (m.contributions[c.id] ?? 0)
	}));
	const pick = (sign: 1 | -1) =>
		diffs
			.map((d) => ({ criterionId: d.criterionId, difference: sign * d.difference }))
			.filter((d) => d.difference > EPSILON)
			// Stable sort: differences equal but for float noise keep the data's order.
			.sort((a, b) =>
				Math.abs(b.difference - a.difference) > EPSILON ? b.difference - a.difference : 0
			)
			.slice(0, count);
	return {
		other: other.id,
		scoreGap: other.score - m.score,
		otherAhead: pick(1),
		modelAhead: pick(-1)
	};
}

/** Every interval end at which first place changes hands, as weight shifts. */
export function weightShifts(stability: Stability): WeightShift[] {
	const out: WeightShift[] = [];
	for (const i of stability.intervals) {
		if (i.belowLow)
			out.push({
				criterionId: i.criterion,
				weight: i.weight,
				threshold: i.low,
				direction: 'below',
				model: i.belowLow
			});
		if (i.aboveHigh)
			out.push({
				criterionId: i.criterion,
				weight: i.weight,
				threshold: i.high,
				direction: 'above',
				model: i.aboveHigh
			});
	}
	return out.sort(
		(a, b) =>
			Math.abs(a.threshold - a.weight) - Math.abs(b.threshold - b.weight) ||
			a.criterionId.localeCompare(b.criterionId)
	);
}

function smaaPart(e: Evaluation, model: ModelId, analysis: AnalysisResult | null): SmaaPart | null {
	if (!analysis) return null;
	const s = analysis.smaa;
	const central = s.centralWeights[model] ?? null;
	let favouredBy: SmaaPart['favouredBy'] = null;
	if (central) {
		for (const c of criteria) {
			const weight = e.weights[c.id] ?? 0;
			const centralWeight = central[c.id] ?? 0;
			const rise = centralWeight - weight;
			if (rise > EPSILON && (!favouredBy || rise > favouredBy.centralWeight - favouredBy.weight))
				favouredBy = { criterionId: c.id, centralWeight, weight };
		}
	}
	return {
		probabilityFirst: s.probabilityFirst[model] ?? 0,
		confidence: s.confidence[model] ?? null,
		favouredBy
	};
}

/** The explanation of one model. */
export function explainModel(
	e: Evaluation,
	stability: Stability,
	analysis: AnalysisResult | null,
	model: ModelId,
	options: ExplainOptions = DEFAULT_EXPLAIN_OPTIONS
): Explanation {
	const m = e.models.find((x) => x.id === model);
	if (!m) throw new UnknownIdError('model', model, 'explain');
	const leader = e.models.find((x) => x.id === stability.leader)!;
	const parts = criteria.map((c) => part(m, e.weights, c.id));
	const strengths = top(e, m, parts, (p) => p.contribution, 1, options.strengths);
	// A criterion named as a strength is never also named as a weakness (with a large weight and a
	// middling value it can be both the largest contribution and the largest loss).
	const named = new Set(strengths.map((p) => p.criterionId));
	const weaknesses = top(
		e,
		m,
		parts.filter((p) => !named.has(p.criterionId)),
		(p) => p.lost,
		-1,
		options.weaknesses
	);
	const shifts = weightShifts(stability);
	const isLeader = m.id === leader.id;
	return {
		model: m.id,
		rank: m.rank,
		score: m.score,
		leader: leader.id,
		strengths,
		weaknesses,
		sections: unique(strengths.flatMap((p) => p.sections)),
		loseFirst: isLeader ? shifts.slice(0, options.thresholds) : [],
		takeFirst: isLeader ? [] : shifts.filter((s) => s.model === m.id).slice(0, options.thresholds),
		behindLeader: isLeader ? null : compareModels(e, m, leader, options.differences),
		smaa: smaaPart(e, m.id, analysis)
	};
}

/** Explanations of every model, in rank order. */
export function explain(
	e: Evaluation,
	stability: Stability,
	analysis: AnalysisResult | null,
	options: ExplainOptions = DEFAULT_EXPLAIN_OPTIONS
): Explanation[] {
	return e.ranking.map((id) => explainModel(e, stability, analysis, id, options));
}

/**
 * The tool's ranking against the study's own conclusion (§5.2: the business-garden consortium
 * first, Trainee Innlandet if that fails):
 * - 'agrees': the same two on top in the study's order;
 * - 'swapped': the same two on top in the other order, with where each gains more than the other;
 * - 'differs': anything else, with both models' ranks.
 */
export type StudyComparison =
	| { kind: 'agrees' }
	| {
			kind: 'swapped';
			/** Criteria where Trainee Innlandet (ranked first) gains more, largest first. */
			fallbackAhead: Difference[];
			/** Criteria where the consortium (ranked second) gains more, largest first. */
			firstAhead: Difference[];
	  }
	| { kind: 'differs'; leader: ModelId; firstRank: number; fallbackRank: number };

export function studyComparison(e: Evaluation, count = 4): StudyComparison {
	const [first, second] = e.ranking;
	if (first === STUDY_FIRST && second === STUDY_FALLBACK) return { kind: 'agrees' };
	const byId = (id: ModelId) => e.models.find((m) => m.id === id)!;
	if (first === STUDY_FALLBACK && second === STUDY_FIRST) {
		const c = compareModels(e, byId(STUDY_FIRST), byId(STUDY_FALLBACK), count);
		return { kind: 'swapped', fallbackAhead: c.otherAhead, firstAhead: c.modelAhead };
	}
	return {
		kind: 'differs',
		leader: first!,
		firstRank: byId(STUDY_FIRST).rank,
		fallbackRank: byId(STUDY_FALLBACK).rank
	};
}
