/**
 * The command line's JSON result: the engine's evaluation (and SMAA, if run) in plain JSON, with
 * names in the chosen language. Money (every `Decimal` in costs) becomes a string with exactly
 * two decimals ("1639848.27"), converted by decimal.js, never through a float. Counts, scores and
 * probabilities are numbers. No business logic here: every figure is the engine's.
 */
import { criteria, modelById, parameters, type ModelId } from '../lib/data';
import {
	boundsOf,
	Decimal,
	onlyChanges,
	type Evaluation,
	type ModelEvaluation,
	type Scenario,
	type SmaaResult
} from '../lib/engine';
import type { Locale } from '../lib/i18n';

/** Money as a JSON string with two decimals, rounded half-to-even by decimal.js. */
export type Money = string;

export function money(value: Decimal): Money {
	const text = value.toFixed(2);
	return text === '-0.00' ? '0.00' : text;
}

/** The type `T` with every Decimal replaced by its Money string. */
export type Moneyed<T> = T extends Decimal
	? Money
	: T extends readonly (infer U)[]
		? Moneyed<U>[]
		: T extends object
			? { [K in keyof T]: Moneyed<T[K]> }
			: T;

/** Replace every Decimal in a tree of costs by its Money string. */
export function moneyTree<T>(value: T): Moneyed<T> {
	if (Decimal.isDecimal(value)) return money(value as Decimal) as Moneyed<T>;
	if (Array.isArray(value)) return value.map((v: unknown) => moneyTree(v)) as Moneyed<T>;
	if (typeof value === 'object' && value !== null)
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, moneyTree(v)])
		) as Moneyed<T>;
	return value as Moneyed<T>;
}

function retentionJson(r: ModelEvaluation['retention']) {
	return {
		trainees: r.trainees.toNumber(),
		retained: r.retained.toNumber(),
		attributable: r.attributable.toNumber(),
		yearsToFirstIntake: r.yearsToFirstIntake,
		byYear: r.byYear.map((y) => ({
			year: y.year,
			started: y.started.toNumber(),
			retained: y.retained.toNumber(),
			attributable: y.attributable.toNumber()
		}))
	};
}

function modelJson(m: ModelEvaluation, smaa: SmaaResult | null, lang: Locale) {
	const data = modelById.get(m.id);
	if (!data) throw new Error(`cli: model '${m.id}' missing from data`);
	return {
		id: m.id,
		name: data.name[lang],
		shortName: data.shortName[lang],
		rank: m.rank,
		score: m.score,
		probabilityFirst: smaa ? (smaa.probabilityFirst[m.id] ?? null) : null,
		companyCost: moneyTree(m.companyCost),
		publicCost: moneyTree(m.publicCost),
		retention: retentionJson(m.retention),
		publicCostPer: moneyTree(m.publicCostPer),
		schemeCostPer: moneyTree(m.schemeCostPer),
		performance: m.performance,
		values: m.values,
		contributions: m.contributions
	};
}

export type ModelResult = ReturnType<typeof modelJson>;

export interface SmaaJson {
	options: SmaaResult['options'];
	rankAcceptability: Record<ModelId, number[]>;
	centralWeights: Record<ModelId, Record<string, number> | null>;
	confidence: Record<ModelId, number | null>;
	/** First-place probability with judgements, parameters or weights held fixed. */
	decomposition: SmaaResult['decomposition'];
}

export interface CalcResult {
	lang: Locale;
	/** The parsed scenario, holding only changes from the study. */
	scenario: Scenario;
	horizonYears: number;
	/** Normalised weights (sum 1) per criterion id. */
	weights: Record<string, number>;
	criteria: { id: string; label: string; direction: 'higher' | 'lower'; basis: string }[];
	/** Model ids, best first. */
	ranking: ModelId[];
	/** One entry per model, in the data's order. */
	models: ModelResult[];
	/** Null with --no-smaa. */
	smaa: SmaaJson | null;
	/** The fixed value scales of the computed criteria (raw result at value 0 and at 1). */
	scales: Evaluation['scales'];
	/** Every judged score and its range per criterion and model, with the scenario's changes. */
	judgements: Evaluation['judgements'];
}

export function buildResult(
	evaluation: Evaluation,
	smaa: SmaaResult | null,
	lang: Locale
): CalcResult {
	return {
		lang,
		scenario: onlyChanges(evaluation.scenario),
		horizonYears: evaluation.horizonYears,
		weights: evaluation.weights,
		criteria: criteria.map((c) => ({
			id: c.id,
			label: c.label[lang],
			direction: c.direction,
			basis: c.basis
		})),
		ranking: evaluation.ranking,
		models: evaluation.models.map((m) => modelJson(m, smaa, lang)),
		smaa: smaa
			? {
					options: smaa.options,
					rankAcceptability: smaa.rankAcceptability,
					centralWeights: smaa.centralWeights,
					confidence: smaa.confidence,
					decomposition: smaa.decomposition ?? null
				}
			: null,
		scales: evaluation.scales,
		judgements: evaluation.judgements
	};
}

/** The parameter list of `--parameters`: every parameter with its study value and sources. */
export function parameterList(lang: Locale) {
	return parameters.map((p) => ({
		id: p.id,
		label: p.label[lang],
		description: p.description[lang],
		value: p.default,
		unit: p.unit,
		range: p.range,
		/** Physically possible values: a scenario outside them is rejected. */
		bounds: boundsOf(p),
		kind: p.kind,
		sources: p.sources.map((s) => ({
			source: s.source,
			...(s.section !== undefined ? { section: s.section } : {})
		}))
	}));
}
