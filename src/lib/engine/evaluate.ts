/**
 * The deterministic evaluation of a scenario: costs, graduates, scores and ranks of all six
 * models. Everything the page, the PDF and the command line show comes from here.
 */
import { criteria, MODEL_IDS, type ModelId } from '../data';
import {
	companyCost,
	intakeSchedule,
	publicCost,
	valueOf,
	type CompanyCost,
	type PublicCost,
	type Values
} from './costs';
import { Decimal } from './money';
import { retention, type Retention } from './retention';
import { resolveJudgements, resolveValues, type Judgement, type Scenario } from './scenario';
import {
	COMPUTED_CRITERIA,
	CRITERION_IDS,
	JUDGED_VALUES,
	fixedScale,
	judgedValues,
	rankOrder,
	scenarioWeights,
	weightedScores
} from './scoring';
import { scaleOf, valueScales, type ValueScale } from './scales';
import { MODEL_SPECS, SHARED } from './spec';
import { invariant } from '../errors';

/** Cost per outcome; null where nothing is achieved (division by zero). */
export interface CostPerOutcome {
	perTrainee: Decimal | null;
	perRetained: Decimal | null;
	perAttributable: Decimal | null;
}

export interface ModelEvaluation {
	id: ModelId;
	companyCost: CompanyCost;
	publicCost: PublicCost;
	retention: Retention;
	/** Public present value (region + county) per outcome. */
	publicCostPer: CostPerOutcome;
	/** Public present value plus the member companies' fees, per outcome (wages excluded: they buy work). */
	schemeCostPer: CostPerOutcome;
	/** Raw performance per criterion (computed ones in their units, judged ones as 1–5). */
	performance: Record<string, number>;
	/** Value per criterion on the 0–1 scale. */
	values: Record<string, number>;
	/** weight × value per criterion; they sum to the score. */
	contributions: Record<string, number>;
	score: number;
	/** 1 = best. */
	rank: number;
}

export interface Evaluation {
	scenario: Scenario;
	values: Values;
	horizonYears: number;
	/** Normalised weights per criterion (sum 1). */
	weights: Record<string, number>;
	models: ModelEvaluation[];
	/** Model ids best first. */
	ranking: ModelId[];
	/** Every judged criterion's score and range per model, with the scenario's changes. */
	judgements: Record<string, Record<ModelId, Judgement>>;
	/** The fixed value scales of the computed criteria (raw result at value 0 and at 1). */
	scales: readonly ValueScale[];
}

function per(amount: Decimal, count: Decimal): Decimal | null {
	return count.isZero() ? null : amount.dividedBy(count);
}

function costPer(amount: Decimal, r: Retention): CostPerOutcome {
	return {
		perTrainee: per(amount, r.trainees),
		perRetained: per(amount, r.retained),
		perAttributable: per(amount, r.attributable)
	};
}

/** Raw performance of one model on the computed criteria. */
function computedPerformance(c: CompanyCost, p: PublicCost, r: Retention): Record<string, number> {
	return {
		'company-cost': c.presentValue.toNumber(),
		'public-cost': p.public.presentValue.toNumber(),
		'graduates-retained': r.attributable.toNumber(),
		'time-to-start': r.yearsToFirstIntake
	};
}

/**
 * Values [criterion][model] on the 0–1 scale from raw computed performances [model] and judged
 * values [criterion][model] (by default the data's).
 */
export function valueMatrix(
	computed: readonly Record<string, number>[],
	judged: readonly (readonly number[])[] = JUDGED_VALUES,
	horizonYears?: number
): number[][] {
	return CRITERION_IDS.map((id, c) => {
		if (!COMPUTED_CRITERIA.includes(id)) return judged[c]!.slice();
		const out = new Float64Array(computed.length);
		const scale = scaleOf(id, horizonYears);
		// Stryker disable next-line ArrowFunction,StringLiteral: COMPUTED_CRITERIA are the kernel's criteria, each with a scale, so the message is never built
		invariant(scale, () => `scoring: no fixed scale for computed criterion '${id}'`);
		fixedScale(
			Float64Array.from(computed, (p) => p[id]!),
			scale.worst,
			scale.best,
			out
		);
		return Array.from(out);
	});
}

/** One model's costs and graduates: what an evaluation works out from the figures alone. */
interface ModelCosts {
	spec: (typeof MODEL_SPECS)[number];
	c: CompanyCost;
	p: PublicCost;
	r: Retention;
	computed: Record<string, number>;
	publicCostPer: CostPerOutcome;
	schemeCostPer: CostPerOutcome;
}

interface CostsOfFigures {
	/** The scenario's changed figures, as JSON: equal text, equal costs. */
	key: string;
	values: Values;
	horizonYears: number;
	models: ModelCosts[];
}

/**
 * The costs of the last figures evaluated, newest last. Moving a weight or a judgement (a slider
 * dragged on the page) changes the scores only, so the costs are taken as they are instead of
 * being worked out again: they are most of an evaluation's time and nearly all of its garbage
 * (issue 11, the page's response to input). Four figure sets: the page evaluates the reader's
 * scenario, the study's, and the scenario under each of the county's two answers, so one alone
 * would be pushed out by the others. Everything kept is immutable (decimals, and objects nothing
 * writes to), so two evaluations may share it.
 */
const keptCosts = new Map<string, CostsOfFigures>();
export const KEPT_FIGURE_SETS = 4;

function keep(costs: CostsOfFigures): CostsOfFigures {
	keptCosts.delete(costs.key);
	keptCosts.set(costs.key, costs);
	if (keptCosts.size > KEPT_FIGURE_SETS) keptCosts.delete(keptCosts.keys().next().value!);
	return costs;
}

/**
 * The scenario's figures as text: equal text, equal figures (-0 is a figure of its own to a
 * decimal, and "0" to JSON).
 */
function figuresKey(scenario: Scenario): string {
	// Stryker disable next-line StringLiteral,UnaryOperator: any mark that sets -0 apart from 0 will do ('' for -0, or '-0' for +0, sets them apart as well)
	return JSON.stringify(scenario.values, (_, v: unknown) => (Object.is(v, -0) ? '-0' : v));
}

/**
 * Keep an evaluation's costs with the figures last evaluated, as if `evaluate` had just worked
 * them out: the page's study, prerendered with it, so that the first weight the reader moves
 * re-scores the study's costs instead of working them out in the browser for the first time.
 */
export function keepCosts(e: Evaluation): void {
	keep({
		key: figuresKey(e.scenario),
		values: e.values,
		horizonYears: e.horizonYears,
		models: MODEL_SPECS.map((spec, i): ModelCosts => {
			const m = e.models[i]!;
			invariant(m.id === spec.id, () => `keepCosts: model ${i} is '${m.id}', not '${spec.id}'`);
			return {
				spec,
				c: m.companyCost,
				p: m.publicCost,
				r: m.retention,
				computed: computedPerformance(m.companyCost, m.publicCost, m.retention),
				publicCostPer: m.publicCostPer,
				schemeCostPer: m.schemeCostPer
			};
		})
	});
}

function costsOfFigures(scenario: Scenario): CostsOfFigures {
	const key = figuresKey(scenario);
	const kept = keptCosts.get(key);
	if (kept) return keep(kept);
	const values = resolveValues(scenario);
	const models = MODEL_SPECS.map((spec): ModelCosts => {
		const intake = intakeSchedule(spec, values);
		const c = companyCost(spec, values);
		const p = publicCost(spec, values, intake);
		const r = retention(spec, values, intake);
		const schemePv = p.public.presentValue.plus(p.companyFees.presentValue);
		return {
			spec,
			c,
			p,
			r,
			computed: computedPerformance(c, p, r),
			publicCostPer: costPer(p.public.presentValue, r),
			schemeCostPer: costPer(schemePv, r)
		};
	});
	const horizonYears = valueOf(values, SHARED.horizonYears).toNumber();
	return keep({ key, values, horizonYears, models });
}

export function evaluate(scenario: Scenario): Evaluation {
	const { values, horizonYears, models: parts } = costsOfFigures(scenario);
	const weightList = scenarioWeights(scenario);
	const judgements = resolveJudgements(scenario);
	const matrix = valueMatrix(
		parts.map((x) => x.computed),
		judgedValues(judgements),
		horizonYears
	);
	const scores = weightedScores(matrix, weightList, parts.length);
	const order = rankOrder(scores);
	// Stryker disable next-line ArrayDeclaration: the loop below fills every index; the length is a hint
	const rankOf = new Array<number>(parts.length);
	order.forEach((m, i) => (rankOf[m] = i + 1));

	const models: ModelEvaluation[] = parts.map(({ spec, c, p, r, computed, ...per }, m) => {
		const performance: Record<string, number> = {};
		const vals: Record<string, number> = {};
		const contributions: Record<string, number> = {};
		criteria.forEach((crit, ci) => {
			performance[crit.id] =
				// Stryker disable next-line OptionalChaining: computed criteria are answered by `computed`; resolveJudgements gives every judged criterion a judgement of every model
				computed[crit.id] ?? judgements[crit.id]?.[spec.id]?.score ?? Number.NaN;
			vals[crit.id] = matrix[ci]![m]!;
			contributions[crit.id] = weightList[ci]! * matrix[ci]![m]!;
		});
		return {
			id: spec.id,
			companyCost: c,
			publicCost: p,
			retention: r,
			publicCostPer: per.publicCostPer,
			schemeCostPer: per.schemeCostPer,
			performance,
			values: vals,
			contributions,
			score: scores[m]!,
			rank: rankOf[m]!
		};
	});
	return {
		scenario,
		values,
		horizonYears,
		weights: Object.fromEntries(CRITERION_IDS.map((id, i) => [id, weightList[i]!])),
		models,
		ranking: order.map((m) => MODEL_IDS[m]!),
		judgements,
		scales: valueScales(horizonYears)
	};
}
