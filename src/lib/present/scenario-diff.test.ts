/**
 * Comparing two scenarios ($lib/present/scenario-diff): the inputs that differ and the outcome deltas, worked
 * by hand from the study's figures.
 */
import { describe, expect, it } from 'vitest';
import { compareScenarios, diffInputs } from '$lib/present/scenario-diff';
import { MODEL_IDS } from '$lib/data';
import { DEFAULT_SCENARIO, Decimal, evaluate, type Scenario } from '$lib/engine';

const TI_FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';
const study = DEFAULT_SCENARIO;
const tiFee30k: Scenario = { version: 2, values: { [TI_FEE]: 30_000 }, weights: {} };

describe('diffInputs', () => {
	it('finds exactly the one changed figure, with the study value beside it', () => {
		const rows = diffInputs(study, tiFee30k);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			kind: 'value',
			id: TI_FEE,
			model: 'trainee-innlandet',
			unit: 'nok-per-trainee-per-tertial',
			a: 29_013,
			b: 30_000,
			study: 29_013
		});
		expect(rows[0]!.label.nb).toBe('Servicekostnad per trainee per tertial');
	});

	it('finds nothing between a scenario and itself, and nothing for a value set to the study’s', () => {
		expect(diffInputs(tiFee30k, tiFee30k)).toEqual([]);
		const explicitStudy: Scenario = { version: 2, values: { [TI_FEE]: 29_013 }, weights: {} };
		expect(diffInputs(study, explicitStudy)).toEqual([]);
	});

	it('lists a changed weight in points, with the study preset’s points', () => {
		// The study preset gives competence-fit 15 points (data/criteria.json).
		const a: Scenario = { version: 2, values: { 'shared.attributionShare': 0.5 }, weights: {} };
		const b: Scenario = { version: 2, values: {}, weights: { 'competence-fit': 40 } };
		const rows = diffInputs(a, b);
		expect(rows.map((r) => [r.kind, r.id, r.a, r.b, r.study])).toEqual([
			// A shared parameter first (data order), then the weight.
			['value', 'shared.attributionShare', 0.5, 0.67, 0.67],
			['weight', 'competence-fit', 15, 40, 15]
		]);
		expect(rows[0]!.model).toBeNull();
		expect(rows[1]!.unit).toBe('points');
	});
});

describe('compareScenarios', () => {
	const result = compareScenarios(evaluate(study), evaluate(tiFee30k));
	const byModel = new Map(result.outcomes.map((o) => [o.model, o]));

	it('has one row per model in data order', () => {
		expect(result.outcomes.map((o) => o.model)).toEqual([...MODEL_IDS]);
		expect(result.inputs).toHaveLength(1);
	});

	it('raises Trainee Innlandet’s company cost by the fee difference over two years, discounted', () => {
		// The fee rises by 30 000 − 29 013 = 987 kr per tertial, billed 3 tertials a year:
		// 987 × 3 = 2 961 kr a year. No employer costs are charged on fees. Over the default two
		// programme years at 4 %: 2 961 + 2 961 / 1,04 = 2 961 + 2 847,115 384 615 … = 5 808,115 38 …
		const expected = new Decimal(2961).plus(new Decimal(2961).dividedBy('1.04'));
		const delta = byModel.get('trainee-innlandet')!.delta.companyCost;
		expect(delta.toDecimalPlaces(2).toString()).toBe('5808.12');
		expect(delta.minus(expected).abs().lessThan('1e-20')).toBe(true);
		// The difference is exactly B − A.
		const { a, b } = byModel.get('trainee-innlandet')!;
		expect(b.companyCost.minus(a.companyCost).equals(delta)).toBe(true);
	});

	it('leaves the other schemes’ company costs alone (the zero alternative pays TI’s fee too)', () => {
		for (const model of [
			'own-scheme',
			'fagskole-scheme',
			'fjelltrainee',
			'naeringshage-consortium'
		])
			expect(
				byModel.get(model as (typeof MODEL_IDS)[number])!.delta.companyCost.isZero(),
				model
			).toBe(true);
		// A company hosting a trainee today does so through Trainee Innlandet (engine/spec.ts), so
		// the zero alternative's company cost moves by the same 5 808,12 kr.
		expect(byModel.get('status-quo')!.delta.companyCost.toDecimalPlaces(2).toString()).toBe(
			'5808.12'
		);
	});

	it('leaves public costs and graduates alone: the fee goes to the operator, not the region', () => {
		for (const o of result.outcomes) {
			expect(o.delta.publicCost.isZero(), o.model).toBe(true);
			expect(o.delta.attributable.isZero(), o.model).toBe(true);
		}
	});

	it('gives rank and score differences as B − A', () => {
		for (const o of result.outcomes) {
			expect(o.delta.rank).toBe(o.b.rank - o.a.rank);
			expect(o.delta.score).toBeCloseTo(o.b.score - o.a.score, 12);
		}
		// Dearer TI and zero alternative: TI's company-cost criterion cannot improve.
		expect(byModel.get('trainee-innlandet')!.delta.score).toBeLessThanOrEqual(0);
	});

	it('finds no difference between a scenario and itself', () => {
		const same = compareScenarios(evaluate(tiFee30k), evaluate(tiFee30k));
		expect(same.inputs).toEqual([]);
		for (const o of same.outcomes) {
			expect(o.delta.rank).toBe(0);
			expect(o.delta.score).toBe(0);
			expect(o.delta.companyCost.isZero()).toBe(true);
		}
	});
});
