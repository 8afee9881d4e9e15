// @vitest-environment node
/**
 * SMAA's parts checked exactly where smaa.test.ts checks them statistically (found by mutation
 * testing, `npm run test:mutation`): the parameter draw of one sample, scoring only the models
 * asked for, the pass with the parameters held fixed, which passes draw weights, and progress.
 * Expected values worked by hand.
 */
import { describe, expect, it, vi } from 'vitest';
import { criteria, MODEL_IDS } from '../data';
import { evaluate } from './evaluate';
import { KERNEL_CRITERIA } from './kernel';
import type { Rng } from './random';
import { COMPUTED_CRITERIA, CRITERION_IDS } from './scoring';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import {
	drawParameters,
	scoreAndRank,
	smaa,
	type ParameterSampler,
	type SmaaOptions
} from './smaa';

/** A generator stand-in that returns the given uniforms in turn and counts the calls. */
function fixedUniforms(us: number[]): { rng: Rng; calls: () => number } {
	let i = 0;
	const rng = { uniform: () => us[i++]! } as unknown as Rng;
	return { rng, calls: () => i };
}

describe('the criteria SMAA scores', () => {
	it('has every computed criterion of the data computed by the kernel', () => {
		const computed = COMPUTED_CRITERIA.filter((id) => CRITERION_IDS.includes(id));
		expect(computed.length).toBeGreaterThan(0);
		for (const id of computed) expect(KERNEL_CRITERIA).toContain(id);
	});
});

describe('drawParameters, one sample', () => {
	it('draws each slot from its own uniform, rounds and clamps integers, leaves other slots', () => {
		const sampler: ParameterSampler = {
			slots: Int32Array.of(0, 4, 1, 7),
			low: Float64Array.of(0, 0, 0, 0.02),
			mode: Float64Array.of(5, 5, 5, 0.04),
			high: Float64Array.of(10, 10, 10, 0.06),
			integer: Uint8Array.of(1, 1, 1, 0),
			min: Float64Array.of(0, 3, 3, 0),
			max: Float64Array.of(10, 7, 7, 1)
		};
		const { rng, calls } = fixedUniforms([0.3, 0.01, 0.99, 0.5]);
		const x = new Float64Array(8).fill(9);
		drawParameters(sampler, rng, x);
		// Triangular(0, 5, 10): F(5) = 1/2.
		// slot 0: u = 0.3 < 1/2: 0 + √(0.3 · 10 · 5) = √15 ≈ 3.87 → 4, inside [0, 10].
		// slot 4: u = 0.01: √(0.01 · 10 · 5) = √0.5 ≈ 0.71 → 1, raised to the minimum 3.
		// slot 1: u = 0.99: 10 − √(0.01 · 10 · 5) ≈ 9.29 → 9, lowered to the maximum 7.
		// slot 7 (not an integer): triangular(0.02, 0.04, 0.06), u = 1/2 at the mode: 0.04.
		expect(calls()).toBe(4);
		expect(Array.from(x.slice(0, 7))).toEqual([4, 7, 9, 9, 3, 9, 9]);
		expect(x[7]).toBeCloseTo(0.04, 15);
	});
});

describe('scoreAndRank', () => {
	it('scores and ranks only the models asked for, in longer buffers', () => {
		// Two models of three: scores 1 × 0.2 and 1 × 0.8, so the second ranks first; the third
		// model's value (0.9) and the buffers' third cells (5, −1) are not read or written.
		const scores = Float64Array.of(5, 5, 5);
		const ranks = Int32Array.of(-1, -1, -1);
		scoreAndRank([[0.2, 0.8, 0.9]], [1], 2, scores, ranks);
		expect(Array.from(scores)).toEqual([0.2, 0.8, 5]);
		expect(Array.from(ranks)).toEqual([1, 0, -1]);
	});
});

describe('smaa with the parameters held fixed', () => {
	it('is the deterministic evaluation in every sample when only a computed criterion counts', () => {
		// All weight on graduates retained, weights exact (λ = 0): the judged scores weigh nothing.
		// With the parameters held at the scenario's values every sample is evaluate()'s, so its
		// leader (own scheme, 0.477 against the consortium's 0.460 on the 0–1 scale) is first in
		// all of them. With the parameters drawn, the trainee numbers and retention shares move
		// each model's graduates by far more than that gap, so the lead is shared; holding the
		// judgements or the weights fixed changes nothing, as neither varies the result here.
		const scenario: Scenario = {
			version: 2,
			values: {},
			weights: Object.fromEntries(
				criteria.map((c) => [c.id, c.id === 'graduates-retained' ? 1 : 0])
			)
		};
		const e = evaluate(scenario);
		const [leader, second] = e.ranking.map((id) => e.models.find((m) => m.id === id)!);
		expect(leader!.id).toBe('own-scheme');
		expect(leader!.score - second!.score).toBeGreaterThan(0.01);

		const r = smaa(scenario, { samples: 300, seed: 3, weightUncertainty: 0 });
		expect(r.decomposition!.parametersFixed).toEqual(
			Object.fromEntries(MODEL_IDS.map((id) => [id, id === 'own-scheme' ? 1 : 0]))
		);
		expect(r.probabilityFirst['own-scheme']).toBeGreaterThan(0);
		expect(r.probabilityFirst['own-scheme']).toBeLessThan(1);
		expect(r.decomposition!.judgementsFixed).toEqual(r.probabilityFirst);
		expect(r.decomposition!.weightsFixed).toEqual(r.probabilityFirst);
	});
});

describe('smaa without a fixed value scale', () => {
	it('names the criterion whose scale is missing', async () => {
		vi.resetModules();
		vi.doMock('./scales', async (importOriginal) => {
			const scales = await importOriginal<typeof import('./scales')>();
			return {
				...scales,
				scaleOf: (id: string, horizon?: number) =>
					id === 'public-cost' ? undefined : scales.scaleOf(id, horizon)
			};
		});
		try {
			const fresh = await import('./smaa');
			const { DEFAULT_SCENARIO } = await import('./scenario');
			const { InvariantError } = await import('../errors');
			const run = () => fresh.smaa(DEFAULT_SCENARIO, { samples: 1 });
			expect(run).toThrow(InvariantError);
			expect(run).toThrow("smaa: no fixed scale for 'public-cost'");
		} finally {
			vi.doUnmock('./scales');
			vi.resetModules();
		}
	});
});

describe('smaa weight draws', () => {
	it('draws weights only when λ > 0, and not in the pass with the weights held fixed', async () => {
		// One uniformSimplex call per sample of each pass that draws weights. With λ = 0 the
		// weights are exactly the scenario's, so none is drawn. With λ = 0.3, 10 samples:
		//   decomposition off: one pass, 10 calls;
		//   decomposition on: the full pass, judgements fixed and parameters fixed draw weights,
		//   the weights-fixed pass does not: 3 × 10 = 30 calls.
		vi.resetModules();
		const calls = { n: 0 };
		vi.doMock('./random', async (importOriginal) => {
			const random = await importOriginal<typeof import('./random')>();
			return {
				...random,
				uniformSimplex: (...args: Parameters<typeof random.uniformSimplex>) => {
					calls.n++;
					random.uniformSimplex(...args);
				}
			};
		});
		try {
			const fresh = await import('./smaa');
			const { DEFAULT_SCENARIO } = await import('./scenario');
			const count = (options: Partial<SmaaOptions>) => {
				calls.n = 0;
				fresh.smaa(DEFAULT_SCENARIO, { samples: 10, seed: 5, ...options });
				return calls.n;
			};
			expect(count({ weightUncertainty: 0 })).toBe(0);
			expect(count({ weightUncertainty: 0, decomposition: false })).toBe(0);
			expect(count({ weightUncertainty: 0.3, decomposition: false })).toBe(10);
			expect(count({ weightUncertainty: 0.3 })).toBe(30);
		} finally {
			vi.doUnmock('./random');
			vi.resetModules();
		}
	});
});

describe('smaa progress with the decomposition', () => {
	it('counts on through the three extra passes', () => {
		// 1500 samples: each pass reports after 1000 and after 1500; the passes start at 0,
		// 1 × 1500, 2 × 1500 and 3 × 1500 of a total of 4 × 1500 = 6000.
		const calls: [number, number][] = [];
		smaa(DEFAULT_SCENARIO, { samples: 1500, seed: 1 }, (done, total) => calls.push([done, total]));
		expect(calls).toEqual(
			[1000, 1500, 2500, 3000, 4000, 4500, 5500, 6000].map((done) => [done, 6000])
		);
	});
});

describe('smaa progress when the sample count is a multiple of the chunk', () => {
	it('reports each chunk once, with no empty chunk at the end of a pass', () => {
		// Progress is reported after every 1000 samples (PROGRESS_EVERY). 2000 samples = exactly two
		// chunks per pass, [0, 1000) and [1000, 2000): no third, empty chunk [2000, 2000) may be
		// reported. With the decomposition there are four passes of 2000, total 4 × 2000 = 8000:
		//   the full analysis,       offset 0:    0 + 1000 = 1000,    0 + 2000 = 2000
		//   judgements fixed,        offset 2000: 2000 + 1000 = 3000, 2000 + 2000 = 4000
		//   parameters fixed,        offset 4000: 4000 + 1000 = 5000, 4000 + 2000 = 6000
		//   weights fixed,           offset 6000: 6000 + 1000 = 7000, 6000 + 2000 = 8000
		// Eight reports, each of 8000; 2000, 4000, 6000 and 8000 once each, not twice.
		const calls: [number, number][] = [];
		smaa(DEFAULT_SCENARIO, { samples: 2000, seed: 3 }, (done, total) => calls.push([done, total]));
		expect(calls).toEqual([
			[1000, 8000],
			[2000, 8000],
			[3000, 8000],
			[4000, 8000],
			[5000, 8000],
			[6000, 8000],
			[7000, 8000],
			[8000, 8000]
		]);
	});
});

describe('smaa confidence with exact weights and ties', () => {
	it('equals the first-rank acceptability, ties going to the earlier model in both', () => {
		// All weight on time to start, λ = 0: every sample's weights are exactly w0 (1 and 0s), so
		// each model's central weights are w0 too (the mean of equal vectors of 1s and 0s is exact)
		// and re-scoring a sample with them gives that sample's ranking again: confidence = first-rank
		// acceptability. Time to start is a whole number of years, so models often tie for first;
		// the tie must go to the earlier model in the re-scoring as in the ranking.
		const scenario: Scenario = {
			version: 2,
			values: {},
			weights: Object.fromEntries(criteria.map((c) => [c.id, c.id === 'time-to-start' ? 1 : 0]))
		};
		const r = smaa(scenario, { samples: 400, seed: 8, weightUncertainty: 0, decomposition: false });
		for (const id of MODEL_IDS)
			expect(r.confidence[id]).toBe(r.probabilityFirst[id] === 0 ? null : r.probabilityFirst[id]);
	});
});
