/**
 * `costView`: one object for every evaluation of the same figures, so that what shows costs only
 * is not worked out again when a weight moves; never a view of other costs.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, evaluate, type Scenario } from '../engine';
import { companyCostRows } from './chart-data';
import { costView } from './cost-view';

const withWeight = (points: number): Scenario => ({
	...DEFAULT_SCENARIO,
	weights: { 'company-cost': points }
});

describe('costView', () => {
	it('is the same object for evaluations that differ in weights only', () => {
		const a = costView(evaluate(withWeight(10)));
		const b = costView(evaluate(withWeight(45)));
		expect(b).toBe(a);
		// It holds the costs and nothing of the scores.
		expect(Object.keys(a.models[0]!).sort()).toEqual(
			['companyCost', 'id', 'publicCost', 'publicCostPer', 'retention', 'schemeCostPer'].sort()
		);
	});

	it('is a new view when a figure changes, with that figure’s costs', () => {
		const study = costView(evaluate(DEFAULT_SCENARIO));
		const changed = evaluate({
			...DEFAULT_SCENARIO,
			values: { 'trainee-innlandet.salaryYear1': 500_000 }
		});
		const view = costView(changed);
		expect(view).not.toBe(study);
		// Trainee Innlandet's salary: 500 000 in year 1 + the study's 600 000 in year 2 (§4.1).
		const ti = companyCostRows(view).find((r) => r.model === 'trainee-innlandet')!;
		expect(ti.salary.toString()).toBe('1100000');
	});

	it('is never a kept view of other cost objects, even for the same figures', () => {
		const e = evaluate(DEFAULT_SCENARIO);
		const kept = costView(e);
		// The same figures (the same values) but one model's company cost another object: as a
		// copy would have it (an evaluation sent with the page, say).
		for (const part of [
			'companyCost',
			'publicCost',
			'retention',
			'publicCostPer',
			'schemeCostPer'
		] as const) {
			const copy = {
				...e,
				models: e.models.map((m, i) => (i === 3 ? { ...m, [part]: { ...m[part] } } : m))
			};
			const view = costView(copy);
			expect(view).not.toBe(kept);
			expect(view.models[3]![part]).toBe(copy.models[3]![part]);
			// …and back to the first: a view of its own objects again.
			expect(costView(e).models[3]![part]).toBe(e.models[3]![part]);
		}
		expect(costView({ ...e, horizonYears: e.horizonYears + 1 })).not.toBe(costView(e));
		expect(costView({ ...e, models: e.models.slice(1) }).models).toHaveLength(e.models.length - 1);
	});
});
