/**
 * Comparing two scenarios: which inputs differ, and how each model's outcomes move from A to B.
 * Pure: no Svelte, no DOM. The outcomes come straight from two engine evaluations; money stays
 * `Decimal` (differences are decimal subtractions, never floats).
 */
import {
	MODEL_IDS,
	criteria,
	parameters,
	type LocalizedText,
	type ModelId,
	type Unit
} from '../data';
import {
	DEFAULT_SCENARIO,
	dataJudgement,
	resolveJudgement,
	resolveWeights,
	type Decimal,
	type Evaluation,
	type Scenario
} from '../engine';
import { UnknownIdError } from '../errors';
import { parameterModel } from './names';

/** One input whose value differs between A and B. */
export interface InputDifference {
	readonly kind: 'value' | 'weight' | 'judgement';
	/** Parameter id, criterion id for a weight, `<criterion id>.<model id>` for a judgement. */
	readonly id: string;
	readonly label: LocalizedText;
	/** The model a parameter or judgement belongs to; null for shared parameters and weights. */
	readonly model: ModelId | null;
	/** The parameter's unit; weights are in points, judgements on the 1–5 scale. */
	readonly unit: Unit | 'points' | 'judgement';
	/** A judgement's score. */
	readonly a: number;
	readonly b: number;
	/** The study's value (for a weight: the default preset's points; for a judgement: the data's). */
	readonly study: number;
	/** For a judgement: each side's range [low, high]. */
	readonly ranges?: {
		readonly a: readonly [number, number];
		readonly b: readonly [number, number];
		readonly study: readonly [number, number];
	};
}

/** The outcomes compared for one model. */
export interface Outcome {
	readonly rank: number;
	readonly score: number;
	/** Present value of what a member company pays for one trainee. */
	readonly companyCost: Decimal;
	/** Present value of what the region and the county pay. */
	readonly publicCost: Decimal;
	/** Graduates retained because of the scheme. */
	readonly attributable: Decimal;
}

export interface OutcomeDifference {
	readonly model: ModelId;
	readonly a: Outcome;
	readonly b: Outcome;
	/** B − A for each outcome. */
	readonly delta: Outcome;
}

export interface ScenarioComparison {
	readonly inputs: readonly InputDifference[];
	readonly outcomes: readonly OutcomeDifference[];
}

/** The inputs that differ between A and B: parameters in data order, then weights, then judgements. */
export function diffInputs(a: Scenario, b: Scenario): InputDifference[] {
	const out: InputDifference[] = [];
	for (const p of parameters) {
		const va = a.values[p.id] ?? p.default;
		const vb = b.values[p.id] ?? p.default;
		if (va === vb) continue;
		out.push({
			kind: 'value',
			id: p.id,
			label: p.label,
			model: parameterModel(p.id),
			unit: p.unit,
			a: va,
			b: vb,
			study: p.default
		});
	}
	const wa = resolveWeights(a);
	const wb = resolveWeights(b);
	const study = resolveWeights(DEFAULT_SCENARIO);
	for (const c of criteria) {
		if (wa[c.id] === wb[c.id]) continue;
		out.push({
			kind: 'weight',
			id: c.id,
			label: c.label,
			model: null,
			unit: 'points',
			a: wa[c.id]!,
			b: wb[c.id]!,
			study: study[c.id]!
		});
	}
	for (const c of criteria) {
		if (c.basis !== 'judged') continue;
		for (const model of MODEL_IDS) {
			const ja = resolveJudgement(c.id, model, a.judgements?.[c.id]?.[model]);
			const jb = resolveJudgement(c.id, model, b.judgements?.[c.id]?.[model]);
			if (ja.score === jb.score && ja.low === jb.low && ja.high === jb.high) continue;
			const js = dataJudgement(c.id, model);
			out.push({
				kind: 'judgement',
				id: `${c.id}.${model}`,
				label: c.label,
				model,
				unit: 'judgement',
				a: ja.score,
				b: jb.score,
				study: js.score,
				ranges: { a: [ja.low, ja.high], b: [jb.low, jb.high], study: [js.low, js.high] }
			});
		}
	}
	return out;
}

function outcomeOf(e: Evaluation, model: ModelId): Outcome {
	const m = e.models.find((x) => x.id === model);
	if (!m) throw new UnknownIdError('model', model, 'compareScenarios');
	return {
		rank: m.rank,
		score: m.score,
		companyCost: m.companyCost.presentValue,
		publicCost: m.publicCost.public.presentValue,
		attributable: m.retention.attributable
	};
}

/** Each model's outcomes in A and B and the difference B − A, in data order. */
export function diffOutcomes(a: Evaluation, b: Evaluation): OutcomeDifference[] {
	return MODEL_IDS.map((model) => {
		const oa = outcomeOf(a, model);
		const ob = outcomeOf(b, model);
		return {
			model,
			a: oa,
			b: ob,
			delta: {
				rank: ob.rank - oa.rank,
				score: ob.score - oa.score,
				companyCost: ob.companyCost.minus(oa.companyCost),
				publicCost: ob.publicCost.minus(oa.publicCost),
				attributable: ob.attributable.minus(oa.attributable)
			}
		};
	});
}

/** Compare two evaluated scenarios: the inputs that differ and the outcomes side by side. */
export function compareScenarios(a: Evaluation, b: Evaluation): ScenarioComparison {
	return { inputs: diffInputs(a.scenario, b.scenario), outcomes: diffOutcomes(a, b) };
}
