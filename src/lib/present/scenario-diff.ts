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
	resolveWeights,
	type Decimal,
	type Evaluation,
	type Scenario
} from '../engine';
import { UnknownIdError } from '../errors';
import { parameterModel } from './names';

/** One input whose value differs between A and B. */
export interface InputDifference {
	readonly kind: 'value' | 'weight';
	/** Parameter id, or criterion id for a weight. */
	readonly id: string;
	readonly label: LocalizedText;
	/** The model a parameter belongs to; null for shared parameters and weights. */
	readonly model: ModelId | null;
	/** The parameter's unit; weights are in points. */
	readonly unit: Unit | 'points';
	readonly a: number;
	readonly b: number;
	/** The study's value (for a weight: the study preset's points). */
	readonly study: number;
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

/** The inputs that differ between A and B: parameters in data order, then weights. */
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
