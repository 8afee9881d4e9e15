// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteria } from '../data';
import { evaluate, type Evaluation } from './evaluate';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { weightStability } from './stability';
import { scenarioArb } from './test-arbitraries';
import { tornado } from './tornado';

const scoreOf = (e: Evaluation, id: string) => e.models.find((m) => m.id === id)!.score;

/** The scenario with criterion k's normalised weight set to t and the others rescaled in proportion. */
function withWeight(s: Scenario, weights: Record<string, number>, k: string, t: number): Scenario {
	const wk = weights[k]!;
	const next = Object.fromEntries(
		criteria.map((c) => [
			c.id,
			c.id === k
				? t
				: wk < 1
					? (weights[c.id]! * (1 - t)) / (1 - wk)
					: (1 - t) / (criteria.length - 1)
		])
	);
	return { ...s, weights: next };
}

describe('weight stability', () => {
	it('in the default scenario, raising the weight on competence fit past the interval hands first place to the fagskole scheme', () => {
		const e = evaluate(DEFAULT_SCENARIO);
		const fit = weightStability(e).intervals.find((i) => i.criterion === 'competence-fit')!;
		expect(fit.weight).toBeCloseTo(0.15, 12);
		expect(fit.high).toBeGreaterThan(fit.weight);
		expect(fit.high).toBeLessThan(1);
		expect(fit.aboveHigh).toBe('fagskole-scheme');
		const past = evaluate(
			withWeight(DEFAULT_SCENARIO, e.weights, 'competence-fit', fit.high + 1e-6)
		);
		expect(past.ranking[0]).toBe('fagskole-scheme');
	});

	it(
		'at each end of every interval the leader really changes, and inside it does not (the successor itself is checked on the default above; two challengers may cross within a step)',
		{ timeout: 120_000 },
		() => {
			fc.assert(
				fc.property(scenarioArb, (s) => {
					const e = evaluate(s);
					const leader = e.ranking[0]!;
					// An exact tie for first has no stability to speak of; skip such degenerate draws.
					fc.pre(scoreOf(e, leader) - scoreOf(e, e.ranking[1]!) > 1e-9);
					for (const i of weightStability(e).intervals) {
						expect(i.low).toBeLessThanOrEqual(i.weight + 1e-9);
						expect(i.high).toBeGreaterThanOrEqual(i.weight - 1e-9);
						// Steps of 1e-6 on intervals wider than 1e-4, so float noise in near-ties cannot decide.
						const eps = 1e-6;
						const wide = i.high - i.low > 1e-4;
						if (i.high < 1 - eps && wide) {
							expect(
								evaluate(withWeight(s, e.weights, i.criterion, i.high + eps)).ranking[0]
							).not.toBe(leader);
							expect(evaluate(withWeight(s, e.weights, i.criterion, i.high - eps)).ranking[0]).toBe(
								leader
							);
						}
						if (i.low > eps && wide) {
							expect(
								evaluate(withWeight(s, e.weights, i.criterion, i.low - eps)).ranking[0]
							).not.toBe(leader);
							expect(evaluate(withWeight(s, e.weights, i.criterion, i.low + eps)).ranking[0]).toBe(
								leader
							);
						}
					}
				}),
				{ numRuns: 40 }
			);
		}
	);
});

describe('tornado', () => {
	it('varies only uncertain parameters, each at both ends of its range', () => {
		const t = tornado(DEFAULT_SCENARIO);
		expect(t.bars.every((b) => b.low < b.high)).toBe(true);
		expect(
			t.bars.find((b) => b.parameter === 'trainee-innlandet.membershipFeePerYear')
		).toBeUndefined();
		expect(t.bars.find((b) => b.parameter === 'trainee-innlandet.retentionShare')).toMatchObject({
			low: 0.5,
			high: 0.8
		});
	});
	it('is sorted by the swing of the leader’s margin', () => {
		const t = tornado(DEFAULT_SCENARIO);
		const swings = t.bars.map((b) => Math.abs(b.marginAtHigh - b.marginAtLow));
		expect(swings).toEqual([...swings].sort((a, b) => b - a));
	});
	it('reports margins that match a direct re-evaluation', () => {
		const t = tornado(DEFAULT_SCENARIO);
		// The widest bar whose high end keeps the leader.
		const bar = t.bars.find((b) => b.leaderAtHigh === t.leader)!;
		const e = evaluate({ ...DEFAULT_SCENARIO, values: { [bar.parameter]: bar.high } });
		// The leader still leads there, so its margin is first place's score minus second's.
		expect(e.ranking[0]).toBe(t.leader);
		expect(bar.marginAtHigh).toBeCloseTo(scoreOf(e, e.ranking[0]!) - scoreOf(e, e.ranking[1]!), 12);
	});
	it('shows the Fjelltrainee salary moving only Fjelltrainee’s company cost', () => {
		const t = tornado(DEFAULT_SCENARIO);
		// Salary year 1 from 480 000 to 615 000: Δ = 135 000 × (1 + 0.102 − 1/12 + 0.02) × 1.141 = 140 220 × 1.141 = 159 991.02 (year 0, undiscounted)
		const bar = t.bars.find((b) => b.parameter === 'fjelltrainee.salaryYear1')!;
		expect(
			bar.companyCostAtHigh['fjelltrainee'].minus(bar.companyCostAtLow['fjelltrainee']).toFixed(2)
		).toBe('159991.02');
		expect(bar.companyCostAtHigh['own-scheme'].equals(bar.companyCostAtLow['own-scheme'])).toBe(
			true
		);
	});
});
