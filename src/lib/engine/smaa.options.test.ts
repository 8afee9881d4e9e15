// @vitest-environment node
/** SMAA's options at their limits, and what it says when they are wrong. */
import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../data';
import { DEFAULT_SCENARIO } from './scenario';
import { smaa } from './smaa';

describe('smaa options', () => {
	it('accepts one sample and the ends of the weight uncertainty', () => {
		for (const weightUncertainty of [0, 1]) {
			const r = smaa(DEFAULT_SCENARIO, { samples: 1, seed: 1, weightUncertainty });
			// One draw: one model first with probability 1, the others 0.
			const firsts = MODEL_IDS.map((id) => r.probabilityFirst[id]);
			expect(firsts.filter((p) => p === 1)).toHaveLength(1);
			expect(firsts.filter((p) => p === 0)).toHaveLength(5);
		}
	});

	it('names the option that is wrong', () => {
		expect(() => smaa(DEFAULT_SCENARIO, { samples: 0 })).toThrow(
			'smaa: samples must be a positive integer, got 0'
		);
		expect(() => smaa(DEFAULT_SCENARIO, { samples: -3 })).toThrow(RangeError);
		expect(() => smaa(DEFAULT_SCENARIO, { seed: Number.NaN })).toThrow(
			'smaa: seed must be finite, got NaN'
		);
		expect(() => smaa(DEFAULT_SCENARIO, { weightUncertainty: -0.01 })).toThrow(
			'smaa: weightUncertainty must be in [0, 1], got -0.01'
		);
		expect(() => smaa(DEFAULT_SCENARIO, { weightUncertainty: 1.01 })).toThrow(RangeError);
	});
});
