// @vitest-environment node
/**
 * SMAA-2 replayed draw by draw. With every parameter range collapsed to its point (the data is
 * mocked for this file), the only sources of uncertainty are the judged scores and the weights,
 * so the whole analysis can be restated here in a few plain lines from smaa.ts's file comment:
 * - judged scores: stream 2; each sample draws the uncertain cells (low < high) in criterion
 *   order, then model order, u → triangular(low, score, high) → (x − 1) / 4;
 * - weights: stream 1; w = (1 − λ)·w0 + λ·u with u uniform on the simplex (one point per sample,
 *   only when λ > 0);
 * - score = Σ_c w_c·v_cm, criteria added in order; rank by score, exact ties to the earlier model;
 * - central weights: mean w over the samples a model wins; confidence: share of the same samples
 *   it wins when every model is scored with those central weights;
 * - decomposition: the same seed again with one source held at the scenario's value.
 * The computed criteria's values come from evaluate() (the decimal engine), the draws from
 * random.ts (pinned by random.test.ts to the published generator). Nothing here is read from
 * smaa.ts's results: a counting, indexing, stream or pass error in smaa.ts makes a figure differ.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../data', async (importOriginal) => {
	const data = await importOriginal<typeof import('../data')>();
	return {
		...data,
		parameters: data.parameters.map((p) => ({ ...p, range: [p.default, p.default] }))
	};
});

import { criteria, MODEL_IDS, type ModelId } from '../data';
import { evaluate } from './evaluate';
import { Rng, triangularInverse, uniformSimplex } from './random';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { smaa } from './smaa';

interface Pass {
	/** counts[m][r]: samples in which model m took rank r + 1. */
	counts: number[][];
	/** The values [criterion][model] and the weights of every sample. */
	values: number[][][];
	weights: number[][];
	winner: number[];
}

/** Ranks of `scores`: the number of models ahead, a tie going to the earlier model. */
function ranksOf(scores: number[]): number[] {
	const order = scores.map((_, m) => m).sort((a, b) => scores[b]! - scores[a]! || a - b);
	const ranks: number[] = [];
	order.forEach((m, r) => (ranks[m] = r));
	return ranks;
}

const scoresOf = (v: number[][], w: number[]) =>
	MODEL_IDS.map((_, m) => v.reduce((sum, row, c) => sum + w[c]! * row[m]!, 0));

function replayPass(
	scenario: Scenario,
	samples: number,
	seed: number,
	lambda: number,
	drawJudgements: boolean,
	drawWeights: boolean
): Pass {
	const e = evaluate(scenario);
	const model = (id: ModelId) => e.models.find((x) => x.id === id)!;
	const base = criteria.map((c) => MODEL_IDS.map((id) => model(id).values[c.id]!));
	const cells: { c: number; m: number; low: number; score: number; high: number }[] = [];
	criteria.forEach((crit, c) => {
		const byModel = e.judgements[crit.id];
		if (byModel)
			MODEL_IDS.forEach((id, m) => {
				const j = byModel[id];
				if (j.low < j.high) cells.push({ c, m, ...j });
			});
	});
	const w0 = criteria.map((c) => e.weights[c.id]!);
	const judgementRng = new Rng(seed, 2);
	const weightRng = new Rng(seed, 1);
	const pass: Pass = {
		counts: MODEL_IDS.map(() => MODEL_IDS.map(() => 0)),
		values: [],
		weights: [],
		winner: []
	};
	for (let s = 0; s < samples; s++) {
		const v = base.map((row) => row.slice());
		if (drawJudgements)
			for (const x of cells)
				v[x.c]![x.m] = (triangularInverse(judgementRng.uniform(), x.low, x.score, x.high) - 1) / 4;
		let w = w0;
		if (lambda > 0 && drawWeights) {
			const u = criteria.map(() => 0);
			uniformSimplex(weightRng, u);
			w = w0.map((x, c) => (1 - lambda) * x + lambda * u[c]!);
		}
		const ranks = ranksOf(scoresOf(v, w));
		ranks.forEach((r, m) => pass.counts[m]![r]!++);
		pass.values.push(v);
		pass.weights.push(w);
		pass.winner.push(ranks.indexOf(0));
	}
	return pass;
}

/** smaa's result for the scenario equals the replay in every figure it reports. */
function expectReplayed(scenario: Scenario, samples: number, seed: number, lambda: number): void {
	const r = smaa(scenario, { samples, seed, weightUncertainty: lambda });
	const full = replayPass(scenario, samples, seed, lambda, true, true);

	MODEL_IDS.forEach((id, m) => {
		expect(r.rankAcceptability[id]).toEqual(full.counts[m]!.map((k) => k / samples));
		expect(r.probabilityFirst[id]).toBe(full.counts[m]![0]! / samples);
		const wins = full.winner.flatMap((x, s) => (x === m ? [s] : []));
		if (wins.length === 0) {
			expect(r.centralWeights[id]).toBeNull();
			expect(r.confidence[id]).toBeNull();
			return;
		}
		// Central weights: the mean weights of the samples the model wins.
		const central = criteria.map(
			(_, c) => wins.reduce((sum, s) => sum + full.weights[s]![c]!, 0) / wins.length
		);
		criteria.forEach((c, k) => expect(r.centralWeights[id]![c.id]).toBeCloseTo(central[k]!, 12));
		// Confidence: every sample's drawn values re-scored with the central weights.
		const confident = full.values.filter((v) => ranksOf(scoresOf(v, central))[m] === 0).length;
		expect(r.confidence[id]).toBe(confident / samples);
	});

	// Each source held fixed in turn: the same seed, so the other sources draw the same values.
	const first = (p: Pass) =>
		Object.fromEntries(MODEL_IDS.map((id, m) => [id, p.counts[m]![0]! / samples]));
	expect(r.decomposition!.judgementsFixed).toEqual(
		first(replayPass(scenario, samples, seed, lambda, false, true))
	);
	// Parameters are certain here: holding them changes nothing.
	expect(r.decomposition!.parametersFixed).toEqual(first(full));
	expect(r.decomposition!.weightsFixed).toEqual(
		first(replayPass(scenario, samples, seed, lambda, true, false))
	);
}

describe('smaa, replayed draw by draw (parameters certain)', () => {
	it.each([
		[300, 20240806, 0.3],
		[200, 7, 1],
		[150, -12345, 0]
	])('%d samples, seed %d, λ = %s', (samples, seed, lambda) => {
		expectReplayed(DEFAULT_SCENARIO, samples, seed, lambda);
	});

	it('reads the scenario’s judgements and weights, not only the data’s', () => {
		// Every judged score fixed at the data's, except two: the fagskole scheme's ownership made
		// uncertain (2 on [1, 5]) and the zero alternative's competence fit fixed at 4 instead of 1;
		// weights 1–4 over the criteria. The replay must draw exactly that one cell and score the
		// changed one, with the judgements held fixed too.
		const fixed = Object.fromEntries(
			criteria
				.filter((c) => c.scores)
				.map((c) => [
					c.id,
					Object.fromEntries(
						MODEL_IDS.map((id) => {
							const score = c.scores![id]!.score;
							return [id, { score, low: score, high: score }];
						})
					)
				])
		);
		fixed['ownership']!['fagskole-scheme'] = { score: 2, low: 1, high: 5 };
		fixed['competence-fit']!['status-quo'] = { score: 4, low: 4, high: 4 };
		const scenario: Scenario = {
			...DEFAULT_SCENARIO,
			weights: Object.fromEntries(criteria.map((c, k) => [c.id, 1 + (k % 4)])),
			judgements: fixed
		};
		expectReplayed(scenario, 250, 99, 0.6);
	});
});
