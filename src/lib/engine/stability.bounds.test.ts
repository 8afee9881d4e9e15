// @vitest-environment node
/**
 * Weight stability on small made-up evaluations whose intervals are worked out by hand: a lower
 * bound that binds, an upper bound, the tighter of two bounds, a criterion weighted 1 and ties.
 * For criterion k with weight w_k and the leader L (see stability.ts):
 *   a_m = v_mk,  b_m = Σ_{j≠k} w_j·v_mj / (1 − w_k)   (w_k = 1: the plain mean of the others)
 *   β = b_L − b_m,  α = (a_L − a_m) − β,  bound t = −β/α  (α > 0: from below, α < 0: from above)
 */
import { describe, expect, it } from 'vitest';
import { criteria } from '../data';
import type { Evaluation } from './evaluate';
import { weightStability, type StabilityInterval } from './stability';

const ids = criteria.map((c) => c.id);
const [c0, c1, c2, c3] = ids as [string, string, string, string];

interface Made {
	id: string;
	rank: number;
	values: Record<string, number>;
}

/** An evaluation with only what weightStability reads: weights, and each model's id, rank, values. */
function made(weights: Record<string, number>, models: Made[]): Evaluation {
	return {
		weights: Object.fromEntries(ids.map((id) => [id, weights[id] ?? 0])),
		models: models.map((m) => ({
			...m,
			values: Object.fromEntries(ids.map((id) => [id, m.values[id] ?? 0]))
		}))
	} as unknown as Evaluation;
}

function interval(e: Evaluation, k: string): StabilityInterval {
	return weightStability(e).intervals.find((i) => i.criterion === k)!;
}

describe('weight stability, worked by hand', () => {
	// Weights c0 = c1 = 0.5, all others 0. Scores: A = 0.5·1 + 0.5·0.2 = 0.6 (first),
	// B = 0.5·0 + 0.5·1 = 0.5, C = 0, D = 0.6 (equal to A, ranked after it by data order).
	// The leader is not the first model in the list.
	const e = () =>
		made({ [c0]: 0.5, [c1]: 0.5 }, [
			{ id: 'B', rank: 3, values: { [c1]: 1, [c2]: 1 } },
			{ id: 'A', rank: 1, values: { [c0]: 1, [c1]: 0.2, [c3]: 1 } },
			{ id: 'C', rank: 4, values: { [c2]: 0.5 } },
			{ id: 'D', rank: 2, values: { [c0]: 1, [c1]: 0.2 } }
		]);

	it('names the leader found by rank', () => {
		expect(weightStability(e()).leader).toBe('A');
		expect(weightStability(e()).intervals.map((i) => i.criterion)).toEqual(ids);
	});

	it('bounds from below where lowering a weight lets another model pass', () => {
		// k = c0: a = A 1, B 0, C 0, D 1; b = A 0.5·0.2/0.5 = 0.2, B 0.5·1/0.5 = 1, C 0, D 0.2.
		// B: β = 0.2 − 1 = −0.8, α = 1 + 0.8 = 1.8 > 0 → t = 0.8/1.8 = 4/9 (from below).
		//   Check: at 4/9, A = 4/9 + 5/9·0.2 = 5/9 and B = 5/9·1 = 5/9.
		// C: β = 0.2, α = 1 − 0.2 = 0.8 → t = −0.25, below 0: no bound. D: α = β = 0: never differs.
		const i = interval(e(), c0);
		expect(i.weight).toBe(0.5);
		expect(i.low).toBeCloseTo(4 / 9, 12);
		expect(i.high).toBe(1);
		expect(i.belowLow).toBe('B');
		expect(i.aboveHigh).toBeNull();
	});

	it('bounds from above where raising a weight lets another model pass', () => {
		// k = c1: a = A 0.2, B 1, C 0; b = A 0.5·1/0.5 = 1, B 0, C 0.
		// B: β = 1, α = (0.2 − 1) − 1 = −1.8 < 0 → t = 1/1.8 = 5/9 (from above).
		//   Check: at 5/9, A = 5/9·0.2 + 4/9·1 = 5/9 and B = 5/9·1 = 5/9.
		// C: β = 1, α = 0.2 − 1 = −0.8 → t = 1.25, above 1: no bound.
		const i = interval(e(), c1);
		expect(i.low).toBe(0);
		expect(i.high).toBeCloseTo(5 / 9, 12);
		expect(i.belowLow).toBeNull();
		expect(i.aboveHigh).toBe('B');
	});

	it('keeps the tighter of two bounds, whichever model comes later', () => {
		// k = c2 (weight 0): a = A 0, B 1, C 0.5; b = the scores: A 0.6, B 0.5, C 0.
		// B: β = 0.1, α = −1 − 0.1 = −1.1 → t = 1/11. C: β = 0.6, α = −0.5 − 0.6 = −1.1 → t = 6/11.
		// B comes before C in the list; 1/11 is tighter and stays.
		const i = interval(e(), c2);
		expect(i.weight).toBe(0);
		expect(i.low).toBe(0);
		expect(i.high).toBeCloseTo(1 / 11, 12);
		expect(i.aboveHigh).toBe('B');
	});

	it('names no model at 0 or 1 where nothing changes there', () => {
		// k = c3 (weight 0): a = A 1, others 0; b = A 0.6, B 0.5, C 0, D 0.6.
		// B: α = 1 − 0.1 > 0, t = −0.1/0.9 < 0; C: t = −0.6/0.4 < 0; D: β = 0, α = 1, t = −0: no bound.
		expect(interval(e(), c3)).toMatchObject({ low: 0, high: 1, belowLow: null, aboveHigh: null });
		// k = the other criteria (weight 0, all values 0): B: β = 0.1, α = −0.1, t = 1; C: t = 1.
		// At 1 every model scores 0: a tie, not a change of leader.
		for (const k of ids.slice(4))
			expect(interval(e(), k)).toMatchObject({
				low: 0,
				high: 1,
				belowLow: null,
				aboveHigh: null
			});
	});
});

describe('weight stability with one criterion weighted 1', () => {
	// Weights c0 = 1. A: c0 = 1, the rest 0 → score 1 (first); B: c0 = 0.5, the nine others 0.9 → 0.5.
	const e = () =>
		made({ [c0]: 1 }, [
			{ id: 'A', rank: 1, values: { [c0]: 1 } },
			{ id: 'B', rank: 2, values: Object.fromEntries(ids.map((k) => [k, k === c0 ? 0.5 : 0.9])) }
		]);

	it('takes the other criteria as equal when the weight is lowered from 1', () => {
		// k = c0, w = 1: b = plain mean of the nine others: A 0, B 0.9; a = A 1, B 0.5.
		// β = −0.9, α = 0.5 + 0.9 = 1.4 > 0 → t = 0.9/1.4 = 9/14 (from below).
		//   Check: at 9/14, A = 9/14 and B = 9/14·0.5 + 5/14·0.9 = 4.5/14 + 4.5/14 = 9/14.
		const i = interval(e(), c0);
		expect(i.weight).toBe(1);
		expect(i.low).toBeCloseTo(9 / 14, 12);
		expect(i.high).toBe(1);
		expect(i.belowLow).toBe('B');
	});

	it('bounds every other criterion from above', () => {
		// k = c1, w = 0: b = c0's part: A 1, B 0.5; a = A 0, B 0.9.
		// β = 0.5, α = −0.9 − 0.5 = −1.4 → t = 0.5/1.4 = 5/14.
		//   Check: at 5/14, A = 9/14·1 = 9/14 and B = 5/14·0.9 + 9/14·0.5 = 9/14.
		for (const k of ids.slice(1)) {
			const i = interval(e(), k);
			expect(i.low).toBe(0);
			expect(i.high).toBeCloseTo(5 / 14, 12);
			expect(i.aboveHigh).toBe('B');
		}
	});
});

describe('weight stability with a model behind by the same amount on every criterion', () => {
	// Weights c0 = c1 = 0.5. A: 1 on every criterion → score 1 (first); E: 0.5 on every
	// criterion → 0.5. For every k, a_A − a_E = 1 − 0.5 = 0.5 and b_A − b_E = 0.5 as well
	// (b is a weighted mean of the other criteria, 1 for A and 0.5 for E; for c0 and c1:
	// 0.5·1/0.5 = 1 and 0.5·0.5/0.5 = 0.5). So β = 0.5, α = 0.5 − 0.5 = 0: E trails by 0.5
	// whatever the weight, and bounds nothing (t = −0.5/0 would be −∞, not a bound at 0).
	const e = () =>
		made({ [c0]: 0.5, [c1]: 0.5 }, [
			{ id: 'A', rank: 1, values: Object.fromEntries(ids.map((k) => [k, 1])) },
			{ id: 'E', rank: 2, values: Object.fromEntries(ids.map((k) => [k, 0.5])) }
		]);

	it('leaves every interval at [0, 1] with no model named', () => {
		for (const k of ids)
			expect(interval(e(), k)).toMatchObject({
				low: 0,
				high: 1,
				belowLow: null,
				aboveHigh: null
			});
	});
});
