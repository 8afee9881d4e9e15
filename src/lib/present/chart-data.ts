/**
 * The numbers each chart and its table show, picked from the engine's results. Pure: no Svelte,
 * no Chart.js. Nothing is recomputed: the only arithmetic is grouping the engine's own
 * components for display (holiday pay + pension + employer's contribution as "employer's
 * costs"), in decimals, and the rest of the total as "other" (zero unless the engine adds a
 * component). Amounts stay `Decimal` here; a chart turns them into numbers only to draw them.
 */
import { MODEL_IDS, type ModelId } from '../data';
import type { AnalysisResult, Decimal, Evaluation, ModelEvaluation, Stability } from '../engine';
import type { CostView } from './cost-view';

function byModelOrder<M extends { id: ModelId }>(e: { models: readonly M[] }): M[] {
	return MODEL_IDS.map((id) => e.models.find((m) => m.id === id)!);
}

/**
 * The study's value beside each of `rows`, matched by model: what a chart draws as the study's
 * ghost mark beside each bar. Null for a model the study's rows lack.
 */
export function studyValues<R extends { model: ModelId }, V>(
	rows: readonly R[],
	studyRows: readonly R[],
	pick: (row: R) => V
): (V | null)[] {
	const byModel = new Map(studyRows.map((r) => [r.model, pick(r)]));
	return rows.map((r) => byModel.get(r.model) ?? null);
}

/** Models in rank order, best first. */
export function byRank(e: Evaluation): ModelEvaluation[] {
	return e.ranking.map((id) => e.models.find((m) => m.id === id)!);
}

export interface CompanyCostRow {
	model: ModelId;
	membership: Decimal;
	traineeFees: Decimal;
	salary: Decimal;
	/** Holiday pay + pension + employer's contribution. */
	employerCosts: Decimal;
	/** What the total holds beyond the named components (zero today). */
	other: Decimal;
	/** The scheme's own cost (membership, fees), from the engine. */
	scheme: Decimal;
	/** The employment cost any hire has (salary, employer's costs), from the engine. */
	employment: Decimal;
	/** Undiscounted. */
	total: Decimal;
	presentValue: Decimal;
}

export const COMPANY_COMPONENTS = [
	'membership',
	'traineeFees',
	'salary',
	'employerCosts',
	'other'
] as const;
export type CompanyComponent = (typeof COMPANY_COMPONENTS)[number];

export function companyCostRows(e: CostView): CompanyCostRow[] {
	return byModelOrder(e).map((m) => {
		const c = m.companyCost.byComponent;
		const employerCosts = c.holidayPay.plus(c.pension).plus(c.employerContribution);
		const named = c.membership.plus(c.traineeFees).plus(c.salary).plus(employerCosts);
		return {
			model: m.id,
			membership: c.membership,
			traineeFees: c.traineeFees,
			salary: c.salary,
			employerCosts,
			other: m.companyCost.total.minus(named),
			scheme: m.companyCost.scheme.total,
			employment: m.companyCost.employment.total,
			total: m.companyCost.total,
			presentValue: m.companyCost.presentValue
		};
	});
}

/** Whether any model has a cost component beyond the named ones. */
export function hasOther(rows: readonly CompanyCostRow[]): boolean {
	return rows.some((r) => !r.other.isZero());
}

export interface PublicCostSeries {
	model: ModelId;
	/** Per year of the horizon (0-based). */
	years: { year: number; region: Decimal; county: Decimal; total: Decimal }[];
	presentValue: { region: Decimal; county: Decimal; total: Decimal };
}

export function publicCostSeries(e: CostView): PublicCostSeries[] {
	return byModelOrder(e).map((m) => {
		const p = m.publicCost;
		return {
			model: m.id,
			years: p.byYear.map((y) => ({
				year: y.year,
				region: y.region,
				county: y.county,
				total: y.region.plus(y.county)
			})),
			presentValue: {
				region: p.region.presentValue,
				county: p.county.presentValue,
				total: p.public.presentValue
			}
		};
	});
}

export interface GraduatesRow {
	model: ModelId;
	trainees: Decimal;
	retained: Decimal;
	attributable: Decimal;
}

export function graduatesRows(e: CostView): GraduatesRow[] {
	return byModelOrder(e).map((m) => ({
		model: m.id,
		trainees: m.retention.trainees,
		retained: m.retention.retained,
		attributable: m.retention.attributable
	}));
}

export interface CostPerRetainedRow {
	model: ModelId;
	/** Public present value per retained graduate; null when no new graduates. */
	publicPerRetained: Decimal | null;
	/** Public present value + member companies' fees, per retained graduate. */
	schemePerRetained: Decimal | null;
	publicPerAttributable: Decimal | null;
}

export function costPerRetainedRows(e: CostView): CostPerRetainedRow[] {
	return byModelOrder(e).map((m) => ({
		model: m.id,
		publicPerRetained: m.publicCostPer.perRetained,
		schemePerRetained: m.schemeCostPer.perRetained,
		publicPerAttributable: m.publicCostPer.perAttributable
	}));
}

export interface StabilityRow {
	criterionId: string;
	weight: number;
	low: number;
	high: number;
	belowLow: ModelId | null;
	aboveHigh: ModelId | null;
}

export function stabilityRows(s: Stability): StabilityRow[] {
	return s.intervals.map((i) => ({
		criterionId: i.criterion,
		weight: i.weight,
		low: i.low,
		high: i.high,
		belowLow: i.belowLow,
		aboveHigh: i.aboveHigh
	}));
}

/** The tornado's bars with the largest margin swing (the engine sorts them). */
export function tornadoBars(analysis: AnalysisResult, count = 12) {
	return analysis.tornado.bars.slice(0, count);
}

/** Rank acceptabilities per model, in the data's model order. */
export function rankAcceptability(analysis: AnalysisResult) {
	const s = analysis.smaa;
	return MODEL_IDS.map((id) => ({
		model: id,
		ranks: s.rankAcceptability[id] ?? [],
		probabilityFirst: s.probabilityFirst[id] ?? 0,
		confidence: s.confidence[id] ?? null,
		centralWeights: s.centralWeights[id] ?? null
	}));
}

/** The model with the smallest and the largest value (first in data order on ties). */
export function extremes<T extends object>(
	rows: readonly T[],
	value: (row: T) => number
): { low: T; high: T } | null {
	if (rows.length === 0) return null;
	let low = rows[0]!;
	let high = rows[0]!;
	for (const r of rows) {
		if (value(r) < value(low)) low = r;
		if (value(r) > value(high)) high = r;
	}
	return { low, high };
}

/** A decimal amount as a number for drawing (the formatting edge: Chart.js needs numbers). */
export function toPlot(value: Decimal | null): number | null {
	return value === null ? null : value.toNumber();
}

/**
 * A category label broken into lines of about `width` characters at spaces (Chart.js draws an
 * array as several lines), so that long model names need not be rotated.
 */
export function wrapLabel(text: string, width = 14): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines[lines.length - 1];
		if (last !== undefined && last.length + 1 + word.length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
