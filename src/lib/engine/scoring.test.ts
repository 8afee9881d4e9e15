// @vitest-environment node
/** The scoring functions on inputs small enough to work by hand. */
import { describe, expect, it } from 'vitest';
import { criteria } from '../data';
import {
	COMPUTED_CRITERIA,
	CRITERION_IDS,
	HIGHER_IS_BETTER,
	JUDGED_VALUES,
	fixedScale,
	intervalScale,
	judgedValue,
	judgedValues,
	normaliseWeights,
	rankOrder,
	weightedScores
} from './scoring';

const index = (id: string) => CRITERION_IDS.indexOf(id);

describe('normaliseWeights', () => {
	it('divides each weight by the sum', () => {
		// 1 + 3 + 0 + 4 = 8 → 1/8, 3/8, 0, 4/8
		expect(normaliseWeights([1, 3, 0, 4])).toEqual([0.125, 0.375, 0, 0.5]);
		expect(normaliseWeights([7])).toEqual([1]);
	});

	it('refuses weights that sum to nothing', () => {
		expect(() => normaliseWeights([0, 0, 0])).toThrow(RangeError);
		expect(() => normaliseWeights([0, 0])).toThrow('weights: all zero');
		expect(() => normaliseWeights([])).toThrow(RangeError);
		expect(() => normaliseWeights([Number.NaN, 1])).toThrow(RangeError);
	});

	it('divides by the plain sum when it is finite, not by the largest first', () => {
		// 3 + 5 + 7 = 15 → 3/15, 5/15, 7/15, each the double nearest the fraction. Dividing by the
		// largest (7) first and then by 3/7 + 5/7 + 1 rounds twice: 0.19999999999999998 for 3/15.
		expect(normaliseWeights([3, 5, 7])).toEqual([3 / 15, 5 / 15, 7 / 15]);
	});

	it('still gives shares when the sum of the weights overflows to Infinity', () => {
		// 1e308 + 1e308 = Infinity in doubles. Divided by the largest (1e308) first: 1, 1, 0,
		// sum 2 → 0.5, 0.5, 0.
		expect(normaliseWeights([1e308, 1e308, 0])).toEqual([0.5, 0.5, 0]);
		// 1.5e308 + 0.5e308 + 1e308 overflows too; by the largest (1.5e308): 1, 1/3, 2/3, sum 2
		// → 0.5, 1/6, 1/3.
		const w = normaliseWeights([1.5e308, 0.5e308, 1e308]);
		expect(w[0]).toBeCloseTo(0.5, 15);
		expect(w[1]).toBeCloseTo(1 / 6, 15);
		expect(w[2]).toBeCloseTo(1 / 3, 15);
	});
});

describe('fixedScale', () => {
	it('maps the worst end to 0 and the best to 1, extended linearly beyond them', () => {
		// Lower is better: worst 200, best 100, span −100. 100 → 1; 150 → (150 − 200)/−100 = 0.5;
		// 300 → (300 − 200)/−100 = −1; 50 → (50 − 200)/−100 = 1.5.
		const out = new Float64Array(4);
		fixedScale(Float64Array.of(100, 150, 300, 50), 200, 100, out);
		expect(Array.from(out)).toEqual([1, 0.5, -1, 1.5]);
		// Higher is better: worst 10, best 30, span 20. 20 → 0.5; 10 → 0; 35 → 1.25.
		const up = [9, 9, 9];
		fixedScale([20, 10, 35], 10, 30, up);
		expect(up).toEqual([0.5, 0, 1.25]);
	});

	it('gives 1 to every model when the scale has no width', () => {
		const out = [0, 0];
		fixedScale([3, 8], 5, 5, out);
		expect(out).toEqual([1, 1]);
	});
});

describe('judgedValues', () => {
	it('maps a scenario’s judgements to (score − 1) / 4, NaN where a criterion has none', () => {
		// judgedValue: 1 → 0, 3 → 0.5, 5 → 1.
		expect([1, 3, 5].map(judgedValue)).toEqual([0, 0.5, 1]);
		const models = ['own-scheme', 'fagskole-scheme', 'trainee-innlandet', 'fjelltrainee'];
		const scores = [5, 4, 2, 1];
		const j = {
			'competence-fit': Object.fromEntries(
				models.map((m, i) => [m, { score: scores[i]!, low: 1, high: 5 }])
			)
		} as unknown as Parameters<typeof judgedValues>[0];
		const v = judgedValues(j);
		// 5 → 1, 4 → 0.75, 2 → 0.25, 1 → 0; the two models without a judgement → NaN.
		expect(v[index('competence-fit')]!.slice(0, 4)).toEqual([1, 0.75, 0.25, 0]);
		expect(v[index('competence-fit')]!.slice(4).every(Number.isNaN)).toBe(true);
		expect(v[index('ownership')]!.every(Number.isNaN)).toBe(true);
		expect(v).toHaveLength(criteria.length);
	});
});

describe('intervalScale', () => {
	it('finds the best and the worst anywhere in the list', () => {
		// Lower is better: best 1 (→ 1), worst 3 (→ 0), 2 halfway.
		const out = new Float64Array(3);
		intervalScale(Float64Array.of(3, 1, 2), false, out);
		expect(Array.from(out)).toEqual([0, 1, 0.5]);
		// Higher is better, negative values: −4 worst, 4 best, 0 halfway, 2 three quarters.
		const four = new Float64Array(4);
		intervalScale(Float64Array.of(0, -4, 4, 2), true, four);
		expect(Array.from(four)).toEqual([0.5, 0, 1, 0.75]);
	});

	it('writes into plain arrays too, and gives 1 to all when nothing differs', () => {
		const out = [9, 9];
		intervalScale([5, 5], false, out);
		expect(out).toEqual([1, 1]);
	});
});

describe('the study’s judged scores on the 0–1 scale', () => {
	it('maps a 1–5 score s to (s − 1) / 4', () => {
		// Competence fit (data/criteria.json): own 3, fagskole 5, Trainee Innlandet 2,
		// Fjelltrainee 2, consortium 2 (re-read in issue 8: §4.3 speaks of a different price, not a
		// different target group), zero alternative 1 → 0.5, 1, 0.25, 0.25, 0.25, 0.
		expect(JUDGED_VALUES[index('competence-fit')]).toEqual([0.5, 1, 0.25, 0.25, 0.25, 0]);
		expect(JUDGED_VALUES[index('company-cost')]!.every(Number.isNaN)).toBe(true);
	});

	it('knows which direction is better and which criteria the engine computes', () => {
		expect(CRITERION_IDS).toEqual(criteria.map((c) => c.id));
		expect(HIGHER_IS_BETTER[index('company-cost')]).toBe(false);
		expect(HIGHER_IS_BETTER[index('time-to-start')]).toBe(false);
		expect(HIGHER_IS_BETTER[index('graduates-retained')]).toBe(true);
		expect(HIGHER_IS_BETTER[index('ownership')]).toBe(true);
		expect([...COMPUTED_CRITERIA].sort()).toEqual([
			'company-cost',
			'graduates-retained',
			'public-cost',
			'time-to-start'
		]);
	});
});

describe('weightedScores and rankOrder', () => {
	it('adds every criterion, weighted', () => {
		// Model 0: 0.5 × 1 + 0.25 × 0.5 + 0.25 × 0 = 0.625; model 1: 0.5 × 0 + 0.25 × 1 + 0.25 × 1 = 0.5
		expect(
			weightedScores(
				[
					[1, 0],
					[0.5, 1],
					[0, 1]
				],
				[0.5, 0.25, 0.25],
				2
			)
		).toEqual([0.625, 0.5]);
	});

	it('orders best first, exact ties by data order', () => {
		expect(rankOrder([0.2, 0.9, 0.5, 0.9])).toEqual([1, 3, 2, 0]);
	});
});
