// @vitest-environment node
/** The scoring functions on inputs small enough to work by hand. */
import { describe, expect, it } from 'vitest';
import { criteria } from '../data';
import {
	COMPUTED_CRITERIA,
	CRITERION_IDS,
	HIGHER_IS_BETTER,
	JUDGED_VALUES,
	intervalScale,
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
