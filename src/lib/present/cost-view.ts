/**
 * What an evaluation says of costs and graduates alone, as one object for every evaluation of
 * the same figures: what shows costs only (the cost charts, the answer's key figures) is worked
 * out once per figures, not on every step of a weight's slider (issue 11).
 */
import type { Evaluation, ModelEvaluation } from '../engine';

/** What an evaluation says of costs and graduates alone: no weights, scores or ranks. */
export interface CostView {
	readonly values: Evaluation['values'];
	readonly horizonYears: number;
	readonly models: readonly Pick<
		ModelEvaluation,
		'id' | 'companyCost' | 'publicCost' | 'retention' | 'publicCostPer' | 'schemeCostPer'
	>[];
}

const COST_PARTS = [
	'companyCost',
	'publicCost',
	'retention',
	'publicCostPer',
	'schemeCostPer'
] as const;

/** Views already made, by the figures they were evaluated from. */
const costViews = new WeakMap<Evaluation['values'], CostView>();

/**
 * The costs of `e`, as one object for every evaluation of the same figures: the engine keeps the
 * costs of the figures it evaluated (`evaluate`), so moving a weight gives an evaluation with new
 * scores but the very same cost objects, and the same view. What shows costs only (the cost
 * charts) is then not worked out again on every step of a slider (issue 11). A view is taken
 * again only if every model's cost objects are the ones it holds.
 */
export function costView(e: Evaluation): CostView {
	const kept = costViews.get(e.values);
	if (
		kept &&
		kept.horizonYears === e.horizonYears &&
		kept.models.length === e.models.length &&
		kept.models.every((k, i) => COST_PARTS.every((part) => k[part] === e.models[i]![part]))
	)
		return kept;
	const view: CostView = {
		values: e.values,
		horizonYears: e.horizonYears,
		models: e.models.map((m) => ({
			id: m.id,
			companyCost: m.companyCost,
			publicCost: m.publicCost,
			retention: m.retention,
			publicCostPer: m.publicCostPer,
			schemeCostPer: m.schemeCostPer
		}))
	};
	costViews.set(e.values, view);
	return view;
}
