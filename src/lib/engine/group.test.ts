// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { criteria, MODEL_IDS, presets } from '../data';
import { evaluate } from './evaluate';
import {
	checkMembers,
	groupSmaa,
	memberScenario,
	MEMBER_STREAM,
	type GroupMember,
	type GroupResult
} from './group';
import { Rng } from './random';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { smaa } from './smaa';
import { errorOf } from './test-helpers';

/**
 * Weights on the given criteria only (points), every other criterion 0 — a member's weights
 * are read over the default preset like a scenario's, so the others must be given as 0.
 */
function only(points: Record<string, number>): Record<string, number> {
	return Object.fromEntries(criteria.map((c) => [c.id, points[c.id] ?? 0]));
}

const FEW = { samples: 200 };

/*
 * The judged scores used below (data/criteria.json: score [low, high]), models in data order
 * own-scheme, fagskole-scheme, trainee-innlandet, fjelltrainee, naeringshage-consortium,
 * status-quo:
 *   competence-fit     3 [2,4]  5 [4,5]  2 [2,4]  2 [2,3]  2 [1,4]  1 [1,1]
 *   competition        1 [1,1]  4 [4,5]  5 [5,5]  4 [2,5]  4 [3,5]  5 [5,5]
 *   ownership          1 [1,2]  1 [1,3]  5 [4,5]  2 [1,3]  3 [2,4]  5 [5,5]
 *   process-under-way  1 [1,2]  2 [1,3]  3 [2,4]  2 [1,3]  5 [4,5]  1 [1,1]
 * A member who weighs one judged criterion only ranks the models by its scores, ties to the
 * earlier model in data order.
 */
describe('each member’s ranking and the shares first, counted by hand', () => {
	const fit: GroupMember = { name: 'A', weights: only({ 'competence-fit': 100 }) };
	const process: GroupMember = { name: 'B', weights: only({ 'process-under-way': 100 }) };
	const competition: GroupMember = { weights: only({ competition: 50 }) };
	const ownership: GroupMember = { name: 'E', weights: only({ ownership: 1 }) };

	it('ranks each member’s models by the one criterion they weigh', () => {
		const g = groupSmaa(DEFAULT_SCENARIO, [fit, process, competition, fit, ownership], FEW);
		// fit: fagskole 5, own 3, TI = fjell = consortium 2 (data order), status quo 1
		expect(g.members[0]).toMatchObject({
			name: 'A',
			ranking: [
				'fagskole-scheme',
				'own-scheme',
				'trainee-innlandet',
				'fjelltrainee',
				'naeringshage-consortium',
				'status-quo'
			]
		});
		// process: consortium 5, TI 3, fagskole = fjell 2, own = status quo 1
		expect(g.members[1]!.ranking).toEqual([
			'naeringshage-consortium',
			'trainee-innlandet',
			'fagskole-scheme',
			'fjelltrainee',
			'own-scheme',
			'status-quo'
		]);
		// competition: TI = status quo 5, fagskole = fjell = consortium 4, own 1
		expect(g.members[2]!.ranking).toEqual([
			'trainee-innlandet',
			'status-quo',
			'fagskole-scheme',
			'fjelltrainee',
			'naeringshage-consortium',
			'own-scheme'
		]);
		expect('name' in g.members[2]!).toBe(false);
		// ownership: TI = status quo 5, consortium 3, fjell 2, own = fagskole 1
		expect(g.members[4]!.ranking).toEqual([
			'trainee-innlandet',
			'status-quo',
			'naeringshage-consortium',
			'fjelltrainee',
			'own-scheme',
			'fagskole-scheme'
		]);
		// First places: fagskole (A, D), consortium (B), TI (C, E): 2/5, 1/5, 2/5.
		expect(g.shareFirst).toEqual({
			'own-scheme': 0,
			'fagskole-scheme': 0.4,
			'trainee-innlandet': 0.4,
			fjelltrainee: 0,
			'naeringshage-consortium': 0.2,
			'status-quo': 0
		});
		expect(g.majority).toBeNull();
		// Each member's normalised weights: the one criterion has it all.
		expect(g.members[3]!.weights['competence-fit']).toBe(1);
		expect(g.members[4]!.weights.ownership).toBe(1);
		expect(g.members[4]!.weights['competence-fit']).toBe(0);
	});

	it('names a majority only above half of the members', () => {
		// fagskole first for 2 of 3 members (2/3 > 1/2)
		const twoOfThree = groupSmaa(DEFAULT_SCENARIO, [fit, process, fit], FEW);
		expect(twoOfThree.shareFirst['fagskole-scheme']).toBeCloseTo(2 / 3, 15);
		expect(twoOfThree.majority).toBe('fagskole-scheme');
		// 2 of 4 is exactly half: no majority
		const half = groupSmaa(DEFAULT_SCENARIO, [fit, process, fit, competition], FEW);
		expect(half.shareFirst['fagskole-scheme']).toBe(0.5);
		expect(half.majority).toBeNull();
		// one member is all of them
		expect(groupSmaa(DEFAULT_SCENARIO, [process], FEW).majority).toBe('naeringshage-consortium');
	});

	it('uses each member’s own judgements, cell by cell over the base scenario’s', () => {
		// Base: own-scheme's fit judged 1. Member: fagskole's fit judged 1. Fit is then
		// own 1, fagskole 1, TI = fjell = consortium 2, status quo 1 → TI, fjell, consortium,
		// own, fagskole, status quo.
		const base: Scenario = {
			...DEFAULT_SCENARIO,
			judgements: { 'competence-fit': { 'own-scheme': { score: 1, low: 1 } } }
		};
		const member: GroupMember = {
			weights: only({ 'competence-fit': 100 }),
			judgements: { 'competence-fit': { 'fagskole-scheme': { score: 1, low: 1, high: 1 } } }
		};
		const g = groupSmaa(base, [member, fit], FEW);
		expect(g.members[0]!.ranking).toEqual([
			'trainee-innlandet',
			'fjelltrainee',
			'naeringshage-consortium',
			'own-scheme',
			'fagskole-scheme',
			'status-quo'
		]);
		// Member A gave no judgements: the base's (own 1) → fagskole 5 first, own-scheme now
		// tied at 1 with status quo, ahead of it in data order but behind the 2s.
		expect(g.members[1]!.ranking).toEqual([
			'fagskole-scheme',
			'trainee-innlandet',
			'fjelltrainee',
			'naeringshage-consortium',
			'own-scheme',
			'status-quo'
		]);
		expect(memberScenario(base, member).judgements).toEqual({
			'competence-fit': {
				'own-scheme': { score: 1, low: 1 },
				'fagskole-scheme': { score: 1, low: 1, high: 1 }
			}
		});
	});

	it('gives a member without judgements the base scenario as it is, with their weights', () => {
		const base: Scenario = {
			...DEFAULT_SCENARIO,
			name: 'Møte',
			values: { 'shared.horizonYears': 5 }
		};
		expect(memberScenario(base, fit)).toEqual({
			version: 2,
			name: 'Møte',
			values: { 'shared.horizonYears': 5 },
			weights: fit.weights
		});
		expect(base).toEqual({
			...DEFAULT_SCENARIO,
			name: 'Møte',
			values: { 'shared.horizonYears': 5 }
		});
	});

	it('ranks as the decimal engine does, for weights on every criterion', () => {
		const members = presets.map((p) => ({ weights: p.weights }));
		const g = groupSmaa(DEFAULT_SCENARIO, members, FEW);
		members.forEach((m, i) =>
			expect(g.members[i]!.ranking).toEqual(evaluate(memberScenario(DEFAULT_SCENARIO, m)).ranking)
		);
	});
});

describe('mean weights and where the members disagree, worked by hand', () => {
	// A: fit 100, ownership 20 → normalised fit 100/120 = 5/6, ownership 1/6.
	// B: process 100 → process 1.
	const a: GroupMember = { weights: only({ 'competence-fit': 100, ownership: 20 }) };
	const b: GroupMember = { weights: only({ 'process-under-way': 100 }) };
	// Computed in each test: Stryker activates a mutant only while a test runs.
	const group = () => groupSmaa(DEFAULT_SCENARIO, [a, b], FEW);

	it('averages the normalised weights', () => {
		const g = group();
		// fit (5/6 + 0)/2 = 5/12; ownership (1/6 + 0)/2 = 1/12; process (0 + 1)/2 = 1/2
		expect(g.meanWeights['competence-fit']).toBeCloseTo(5 / 12, 15);
		expect(g.meanWeights.ownership).toBeCloseTo(1 / 12, 15);
		expect(g.meanWeights['process-under-way']).toBe(0.5);
		expect(g.meanWeights['company-cost']).toBe(0);
		expect(Object.keys(g.meanWeights)).toEqual(criteria.map((c) => c.id));
	});

	it('ranks under the mean weights', () => {
		const g = group();
		// values (s − 1)/4; score = 5/12·fit + 1/12·ownership + 1/2·process:
		// own       5/12·0.5  + 0          + 0        = 0.208
		// fagskole  5/12·1    + 0          + 1/2·0.25 = 0.542
		// TI        5/12·0.25 + 1/12·1     + 1/2·0.5  = 0.438
		// fjell     5/12·0.25 + 1/12·0.25  + 1/2·0.25 = 0.250
		// consort.  5/12·0.25 + 1/12·0.5   + 1/2·1    = 0.646
		// status q. 0         + 1/12·1     + 0        = 0.083
		expect(g.meanRanking).toEqual([
			'naeringshage-consortium',
			'fagskole-scheme',
			'trainee-innlandet',
			'fjelltrainee',
			'own-scheme',
			'status-quo'
		]);
		// A: fit 5/6, own 1/6 → own 0.417, fagskole 0.833, TI 0.375, fjell 0.25, cons 0.292, sq 0.167
		expect(g.members[0]!.ranking).toEqual([
			'fagskole-scheme',
			'own-scheme',
			'trainee-innlandet',
			'naeringshage-consortium',
			'fjelltrainee',
			'status-quo'
		]);
	});

	it('lists the criteria by spread of weights, most first, equal spreads in data order', () => {
		const g = group();
		// process [0, 1]: mean 1/2, sd 1/2; fit [5/6, 0]: mean 5/12, sd 5/12;
		// ownership [1/6, 0]: mean 1/12, sd 1/12; the other ten [0, 0]: sd 0.
		expect(g.disagreement.map((d) => d.criterion)).toEqual([
			'process-under-way',
			'competence-fit',
			'ownership',
			'company-cost',
			'public-cost',
			'graduates-retained',
			'competition',
			'funding-certainty',
			'candidate-attraction',
			'distance-meeting-places',
			'county-funding-prospect',
			'regional-steering',
			'time-to-start'
		]);
		expect(g.disagreement[0]).toEqual({
			criterion: 'process-under-way',
			mean: 0.5,
			standardDeviation: 0.5,
			min: 0,
			max: 1
		});
		const fitSpread = g.disagreement[1]!;
		expect(fitSpread.mean).toBeCloseTo(5 / 12, 15);
		expect(fitSpread.standardDeviation).toBeCloseTo(5 / 12, 15);
		expect(fitSpread.min).toBe(0);
		expect(fitSpread.max).toBeCloseTo(5 / 6, 15);
		expect(g.disagreement[2]!.standardDeviation).toBeCloseTo(1 / 12, 15);
		expect(g.disagreement[12]).toEqual({
			criterion: 'time-to-start',
			mean: 0,
			standardDeviation: 0,
			min: 0,
			max: 0
		});
	});

	it('uses the population standard deviation (divides by the number of members)', () => {
		// fit [1, 0, 0]: mean 1/3, variance ((2/3)² + 2·(1/3)²)/3 = (6/9)/3 = 2/9, sd √2/3 = 0.4714
		const three = groupSmaa(
			DEFAULT_SCENARIO,
			[{ weights: only({ 'competence-fit': 100 }) }, b, b],
			FEW
		);
		const fitSpread = three.disagreement.find((d) => d.criterion === 'competence-fit')!;
		expect(fitSpread.standardDeviation).toBeCloseTo(Math.SQRT2 / 3, 14);
		expect(fitSpread.mean).toBeCloseTo(1 / 3, 15);
	});
});

function expectConsistent(g: GroupResult): void {
	for (const id of MODEL_IDS) {
		const row = g.rankAcceptability[id];
		expect(row).toHaveLength(6);
		expect(row.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
		expect(g.probabilityFirst[id]).toBe(row[0]);
	}
	for (let r = 0; r < 6; r++)
		expect(MODEL_IDS.reduce((x, id) => x + g.rankAcceptability[id][r]!, 0)).toBeCloseTo(1, 12);
}

describe('the group’s rank probabilities', () => {
	/*
	 * Members whose winner is certain in every draw (judged scores drawn triangular on
	 * [low, high] never reach an end other than the mode, u ∈ (0, 1)):
	 * - fit: fagskole draws in (4, 5], every other model below 4 → fagskole first;
	 * - process: consortium in (4, 5], every other below 4 → consortium first;
	 * - competition: TI and status quo fixed at 5, every other below 5, the tie to TI.
	 * So each sample's first place is its member's winner, and with members fit, fit, process,
	 * competition: fagskole ≈ 2/4, consortium ≈ 1/4, TI ≈ 1/4, the rest 0.
	 */
	const members: GroupMember[] = [
		{ weights: only({ 'competence-fit': 100 }) },
		{ weights: only({ 'competence-fit': 7 }) },
		{ weights: only({ 'process-under-way': 100 }) },
		{ weights: only({ competition: 100 }) }
	];
	const samples = 10_000;
	const seed = 4711;
	const group = () => groupSmaa(DEFAULT_SCENARIO, members, { samples, seed });

	it('draws one member per sample, uniformly: shares near 2/4, 1/4, 1/4', () => {
		const g = group();
		// 4 standard errors at 10 000 draws: 4·√(0.25/10 000) = 0.02
		expect(Math.abs(g.probabilityFirst['fagskole-scheme'] - 0.5)).toBeLessThan(0.02);
		expect(Math.abs(g.probabilityFirst['naeringshage-consortium'] - 0.25)).toBeLessThan(0.02);
		expect(Math.abs(g.probabilityFirst['trainee-innlandet'] - 0.25)).toBeLessThan(0.02);
		expect(g.probabilityFirst['own-scheme']).toBe(0);
		expect(g.probabilityFirst.fjelltrainee).toBe(0);
		expect(g.probabilityFirst['status-quo']).toBe(0);
		// Status quo is second whenever the competition member is drawn (5 against < 5), so
		// its second place is at least TI's first place.
		expect(g.rankAcceptability['status-quo'][1]!).toBeGreaterThanOrEqual(
			g.probabilityFirst['trainee-innlandet']
		);
		expectConsistent(g);
	});

	it('exactly as often as the member stream picks each member (⌊u·n⌋)', () => {
		const g = group();
		const rng = new Rng(seed, MEMBER_STREAM);
		const picked = [0, 0, 0, 0];
		for (let s = 0; s < samples; s++) picked[Math.floor(rng.uniform() * 4)]!++;
		expect(g.probabilityFirst['fagskole-scheme']).toBe((picked[0]! + picked[1]!) / samples);
		expect(g.probabilityFirst['naeringshage-consortium']).toBe(picked[2]! / samples);
		expect(g.probabilityFirst['trainee-innlandet']).toBe(picked[3]! / samples);
		expect(MEMBER_STREAM).toBe(3);
	});

	it('with one member, is smaa for that member’s scenario with the same seed', () => {
		const member: GroupMember = {
			weights: presets.find((p) => p.id === 'study-order')!.weights,
			judgements: { ownership: { 'naeringshage-consortium': { score: 4, low: 2, high: 5 } } }
		};
		const scenario = memberScenario(DEFAULT_SCENARIO, member);
		const opts = { samples: 2000, seed: 99 };
		const single = smaa(scenario, { ...opts, weightUncertainty: 0, decomposition: false });
		const group = groupSmaa(DEFAULT_SCENARIO, [member], opts);
		expect(group.rankAcceptability).toEqual(single.rankAcceptability);
		expect(group.probabilityFirst).toEqual(single.probabilityFirst);
		// with the weights' imprecision too
		const fuzzy = smaa(scenario, { ...opts, weightUncertainty: 0.3, decomposition: false });
		expect(
			groupSmaa(DEFAULT_SCENARIO, [member], { ...opts, weightUncertainty: 0.3 }).rankAcceptability
		).toEqual(fuzzy.rankAcceptability);
	});

	it('with identical members, is smaa for their scenario', () => {
		const member: GroupMember = { weights: {} };
		const opts = { samples: 1500, seed: 5 };
		const single = smaa(DEFAULT_SCENARIO, { ...opts, weightUncertainty: 0, decomposition: false });
		const group = groupSmaa(DEFAULT_SCENARIO, [member, member, member], opts);
		expect(group.rankAcceptability).toEqual(single.rankAcceptability);
		expect(group.shareFirst[evaluate(DEFAULT_SCENARIO).ranking[0]!]).toBe(1);
		expect(group.meanRanking).toEqual(evaluate(DEFAULT_SCENARIO).ranking);
	});

	it('draws the figures on the base scenario’s values', () => {
		// A company-cost-only member over a base where TI's service fee is 0 kr: TI is then far
		// cheaper for a member company than with 29 013 kr a tertial.
		const member: GroupMember = { weights: only({ 'company-cost': 100 }) };
		const dear = groupSmaa(DEFAULT_SCENARIO, [member], { samples: 500, seed: 1 });
		const cheap = groupSmaa(
			{ ...DEFAULT_SCENARIO, values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 0 } },
			[member],
			{ samples: 500, seed: 1 }
		);
		expect(cheap.probabilityFirst['trainee-innlandet']).toBeGreaterThan(
			dear.probabilityFirst['trainee-innlandet']
		);
	});
});

describe('options and progress', () => {
	const member: GroupMember = { weights: {} };

	it('takes samples and seed from the base scenario, weightUncertainty 0 unless given', () => {
		const base: Scenario = {
			...DEFAULT_SCENARIO,
			analysis: { samples: 300, seed: 12, weightUncertainty: 0.5 }
		};
		expect(groupSmaa(base, [member]).options).toEqual({
			samples: 300,
			seed: 12,
			weightUncertainty: 0
		});
		expect(groupSmaa(DEFAULT_SCENARIO, [member], { samples: 1 }).options).toEqual({
			samples: 1,
			seed: 20240806,
			weightUncertainty: 0
		});
		expect(groupSmaa(base, [member], { seed: 3, weightUncertainty: 1 }).options).toEqual({
			samples: 300,
			seed: 3,
			weightUncertainty: 1
		});
	});

	it('refuses impossible options', () => {
		for (const samples of [0, 1.5, -1])
			expect(() => groupSmaa(DEFAULT_SCENARIO, [member], { samples })).toThrow(
				/samples must be a positive integer/
			);
		expect(() => groupSmaa(DEFAULT_SCENARIO, [member], { samples: 1, seed: Number.NaN })).toThrow(
			/seed must be finite/
		);
		for (const weightUncertainty of [-0.01, 1.01, Number.NaN])
			expect(() =>
				groupSmaa(DEFAULT_SCENARIO, [member], { samples: 1, weightUncertainty })
			).toThrow(/weightUncertainty must be in \[0, 1\]/);
	});

	it('reports progress once per 1000 samples, the last at the end', () => {
		const progress = vi.fn();
		groupSmaa(DEFAULT_SCENARIO, [member], { samples: 2000 }, progress);
		expect(progress.mock.calls).toEqual([
			[1000, 2000],
			[2000, 2000]
		]);
	});

	it('reports progress every 1000 samples and at the end', () => {
		const progress = vi.fn();
		groupSmaa(DEFAULT_SCENARIO, [member], { samples: 2500 }, progress);
		expect(progress.mock.calls).toEqual([
			[1000, 2500],
			[2000, 2500],
			[2500, 2500]
		]);
	});
});

describe('checkMembers', () => {
	it('refuses an empty group', () => {
		const e = errorOf(() => groupSmaa(DEFAULT_SCENARIO, []));
		expect(e.code).toBe('invalid-shape');
		expect(e.details).toEqual({ field: 'members', detail: 'no members' });
	});

	it('names the member and the field of a bad weight or judgement', () => {
		const good: GroupMember = { weights: {} };
		const negative = errorOf(() => checkMembers([good, { weights: { ownership: -1 } }]));
		expect(negative.code).toBe('negative-weight');
		expect(negative.details).toEqual({ field: 'members.1.weights.ownership', value: -1 });
		expect(negative.message).toBe('members.1.weights.ownership: weight -1 is negative');
		const zero = errorOf(() => checkMembers([{ weights: only({}) }]));
		expect(zero.code).toBe('all-weights-zero');
		expect(zero.details.field).toBe('members.0.weights');
		const judged = errorOf(() =>
			checkMembers([
				good,
				good,
				{ weights: {}, judgements: { ownership: { 'own-scheme': { score: 6 } } } }
			])
		);
		expect(judged.code).toBe('out-of-range');
		expect(judged.details.field).toBe('members.2.judgements.ownership.own-scheme.score');
		expect(() => checkMembers([good])).not.toThrow();
	});

	it('passes on anything but a ScenarioError as it is', () => {
		const hostile = {
			get weights(): Record<string, number> {
				throw new RangeError('boom');
			}
		};
		expect(() => checkMembers([hostile])).toThrow(new RangeError('boom'));
	});
});
