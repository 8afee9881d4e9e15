/**
 * The answer the page opens on: who leads, how sure that is, what would change it, and per
 * model what it costs a member company and the public and how many graduates it keeps, each
 * against the study's own figures. Pure: structured parts, no words (the page's AnswerPanel and
 * the print view turn them into sentences through the catalogue).
 *
 * Near ties are flagged by three rules, each one a reader can check:
 * - `order`: the model most often first in the simulation is not the one with the highest score;
 * - `judgementStep`: one judged score of the leader or the runner-up, moved one step on its 1–5
 *   scale within its stated range, would close the margin (the margin is within the judgement
 *   noise);
 * - `sampling`: the two models most often first differ in first-place probability by less than
 *   two standard errors of that difference (sampling noise: with n draws the estimated shares
 *   p₁, p₂ of a multinomial have Var(p̂₁ − p̂₂) = (p₁ + p₂ − (p₁ − p₂)²) / n).
 */
import { criteria, type ModelId } from '../data';
import { Decimal, type Evaluation, type SmaaResult, type Stability } from '../engine';
import { costView, type CostView } from './cost-view';
import { weightShifts, type WeightShift } from './explain';

/** One judged step on the 1–5 scale, on the 0–1 value scale. */
export const JUDGED_STEP_VALUE = 1 / 4;

export type NearTie =
	| { kind: 'order'; scoreLeader: ModelId; mostOftenFirst: ModelId; share: number }
	| { kind: 'judgementStep'; criterionId: string; margin: number; step: number }
	| { kind: 'sampling'; a: ModelId; b: ModelId; difference: number; twoStandardErrors: number };

/** A key figure and its change against the study's figure (null when they are the same). */
export interface Figure {
	value: Decimal;
	/** value − the study's value; null when the scenario leaves it as the study has it. */
	delta: Decimal | null;
}

/** One model's key figures, as the answer shows them. */
export interface KeyFigures {
	model: ModelId;
	rank: number;
	/** The scheme's own cost (fees, surcharges) to a member company per year for one trainee. */
	schemePerYear: Figure;
	/** Region plus county, per year over the horizon (undiscounted). */
	publicPerYear: Figure;
	/** Graduates retained in the region over the horizon. */
	retained: Figure;
}

export interface Answer {
	leader: ModelId;
	runnerUp: ModelId;
	/** Leader's score minus the runner-up's (0–1 scale). */
	margin: number;
	/** The leader's first-place probability; null while the simulation is not available. */
	probabilityFirst: number | null;
	/** The nearest weight change that moves first place; null when no single weight can. */
	tippingPoint: WeightShift | null;
	nearTies: NearTie[];
	/** Every model, best first. */
	models: KeyFigures[];
}

function schemePerYear(e: CostView, id: ModelId): Decimal {
	const c = e.models.find((m) => m.id === id)!.companyCost;
	return c.byYear.length === 0 ? new Decimal(0) : c.scheme.total.dividedBy(c.byYear.length);
}

function publicPerYear(e: CostView, id: ModelId): Decimal {
	const p = e.models.find((m) => m.id === id)!.publicCost;
	return e.horizonYears === 0 ? new Decimal(0) : p.public.total.dividedBy(e.horizonYears);
}

function retained(e: CostView, id: ModelId): Decimal {
	return e.models.find((m) => m.id === id)!.retention.retained;
}

/** Half an øre: a difference smaller than this is no change. */
const HALF_ORE = new Decimal('0.005');

/** The figure with its change against the study's; null change when equal to the øre. */
function figure(value: Decimal, study: Decimal | null): Figure {
	if (!study) return { value, delta: null };
	const delta = value.minus(study);
	return { value, delta: delta.abs().lessThan(HALF_ORE) ? null : delta };
}

type CostFigures = Pick<KeyFigures, 'schemePerYear' | 'publicPerYear' | 'retained'>;

/** Stands for "no study to compare with" as a key. */
const NO_STUDY = {};
/** The cost figures already worked out, by the costs and the study's costs they come from. */
const costFiguresKept = new WeakMap<CostView, WeakMap<object, Map<ModelId, CostFigures>>>();

/**
 * Every model's cost figures against the study's: the same costs give the same figures, so they
 * are worked out once per figures and not again when only a weight moves (`costView`).
 */
function costFigures(e: CostView, study: CostView | null): Map<ModelId, CostFigures> {
	// The study's own figures change nothing: the figures with no changes (the first weight
	// moved then gives the very figures the page opened with).
	if (study === e) study = null;
	let byStudy = costFiguresKept.get(e);
	if (!byStudy) costFiguresKept.set(e, (byStudy = new WeakMap()));
	const kept = byStudy.get(study ?? NO_STUDY);
	if (kept) return kept;
	const figures = new Map(
		e.models.map(({ id }): [ModelId, CostFigures] => [
			id,
			{
				schemePerYear: figure(schemePerYear(e, id), study && schemePerYear(study, id)),
				publicPerYear: figure(publicPerYear(e, id), study && publicPerYear(study, id)),
				retained: figure(retained(e, id), study && retained(study, id))
			}
		])
	);
	byStudy.set(study ?? NO_STUDY, figures);
	return figures;
}

/** The key figures last given for a model's cost figures (`keyFigures`). */
const keyFiguresKept = new WeakMap<CostFigures, KeyFigures>();

/**
 * A model's key figures, the same object as last time while its rank and its cost figures are:
 * a weight moved, or the simulation going out of date, then changes no row of the answer's
 * table, and the page does not write the table again on every step of a slider (issue 11). The
 * first-place probability is apart (`firstShare`) for that reason. Nothing writes to a key
 * figures object.
 */
function keyFigures(model: ModelId, rank: number, figures: CostFigures): KeyFigures {
	// Cost figures are one model's own (`costFigures`), so the model is the same as well.
	const kept = keyFiguresKept.get(figures);
	if (kept?.rank === rank) return kept;
	const made: KeyFigures = { model, rank, ...figures };
	keyFiguresKept.set(figures, made);
	return made;
}

/** A model's first-place probability in the simulation; null while there is none. */
export function firstShare(smaa: SmaaResult | null, model: ModelId): number | null {
	return smaa ? (smaa.probabilityFirst[model] ?? 0) : null;
}

/**
 * The margin's judgement noise: per judged criterion, how much one step down for the leader or
 * one step up for the runner-up (each only as far as its stated range allows) takes off the
 * margin; the largest such criterion when it closes the margin, else null.
 */
export function judgementStepTie(
	e: Evaluation,
	leader: ModelId,
	runnerUp: ModelId,
	margin: number
): Extract<NearTie, { kind: 'judgementStep' }> | null {
	let best: { criterionId: string; step: number } | null = null;
	for (const c of criteria) {
		if (c.basis !== 'judged') continue;
		const l = e.judgements[c.id]?.[leader];
		const r = e.judgements[c.id]?.[runnerUp];
		if (!l || !r) continue;
		const down = Math.min(1, l.score - l.low);
		const up = Math.min(1, r.high - r.score);
		const step = (e.weights[c.id] ?? 0) * Math.max(down, up) * JUDGED_STEP_VALUE;
		if (step > 0 && (!best || step > best.step)) best = { criterionId: c.id, step };
	}
	return best && best.step >= margin ? { kind: 'judgementStep', margin, ...best } : null;
}

/** The two models most often first, when sampling cannot tell their shares apart. */
export function samplingTie(smaa: SmaaResult): Extract<NearTie, { kind: 'sampling' }> | null {
	const byShare = (Object.entries(smaa.probabilityFirst) as [ModelId, number][]).sort(
		(x, y) => y[1] - x[1] || x[0].localeCompare(y[0])
	);
	if (byShare.length < 2) return null;
	const [[a, p1], [b, p2]] = byShare as [[ModelId, number], [ModelId, number]];
	const n = smaa.options.samples;
	const difference = p1 - p2;
	const twoStandardErrors = 2 * Math.sqrt((p1 + p2 - difference * difference) / n);
	return difference < twoStandardErrors
		? { kind: 'sampling', a, b, difference, twoStandardErrors }
		: null;
}

/** The model most often first (ties broken by id, so the result is stable). */
function mostOftenFirst(smaa: SmaaResult): [ModelId, number] {
	return (Object.entries(smaa.probabilityFirst) as [ModelId, number][]).sort(
		(x, y) => y[1] - x[1] || x[0].localeCompare(y[0])
	)[0]!;
}

/**
 * The answer for an evaluation, its stability, the simulation (null while it runs or when it
 * is out of date) and the study's own evaluation (null to show no changes).
 */
export function answerOf(
	e: Evaluation,
	stability: Stability,
	smaa: SmaaResult | null,
	study: Evaluation | null
): Answer {
	const [leader, runnerUp] = e.ranking as [ModelId, ModelId];
	const figures = costFigures(costView(e), study && costView(study));
	const scoreOf = (id: ModelId) => e.models.find((m) => m.id === id)!.score;
	const margin = scoreOf(leader) - scoreOf(runnerUp);
	const nearTies: NearTie[] = [];
	if (smaa) {
		const [first, share] = mostOftenFirst(smaa);
		if (first !== leader)
			nearTies.push({ kind: 'order', scoreLeader: leader, mostOftenFirst: first, share });
	}
	const step = judgementStepTie(e, leader, runnerUp, margin);
	if (step) nearTies.push(step);
	const sampling = smaa ? samplingTie(smaa) : null;
	if (sampling) nearTies.push(sampling);
	return {
		leader,
		runnerUp,
		margin,
		probabilityFirst: firstShare(smaa, leader),
		tippingPoint: weightShifts(stability)[0] ?? null,
		nearTies,
		models: e.ranking.map((id) =>
			keyFigures(id, e.models.find((m) => m.id === id)!.rank, figures.get(id)!)
		)
	};
}
