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
import {
	resolveJudgements,
	resolveValues,
	resolveWeights,
	type Judgement,
	type Scenario
} from './scenario';
import {
	COMPUTED_CRITERIA,
	CRITERION_IDS,
	JUDGED_VALUES,
	fixedScale,
	judgedValues,
	normaliseWeights,
	rankOrder,
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

export function evaluate(scenario: Scenario): Evaluation {
	const values = resolveValues(scenario);
	const rawWeights = resolveWeights(scenario);
	const weightList = normaliseWeights(CRITERION_IDS.map((id) => rawWeights[id]!));
	const parts = MODEL_SPECS.map((spec) => {
		const intake = intakeSchedule(spec, values);
		const c = companyCost(spec, values);
		const p = publicCost(spec, values, intake);
		const r = retention(spec, values, intake);
		return { spec, c, p, r, computed: computedPerformance(c, p, r) };
	});
	const judgements = resolveJudgements(scenario);
	const horizonYears = valueOf(values, SHARED.horizonYears).toNumber();
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

	const models: ModelEvaluation[] = parts.map(({ spec, c, p, r, computed }, m) => {
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
		const schemePv = p.public.presentValue.plus(p.companyFees.presentValue);
		return {
			id: spec.id,
			companyCost: c,
			publicCost: p,
			retention: r,
			publicCostPer: costPer(p.public.presentValue, r),
			schemeCostPer: costPer(schemePv, r),
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
