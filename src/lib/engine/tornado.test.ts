// @vitest-environment node
/**
 * The tornado: the leader's margin, whether the leader changes, the base value of a bar and the
 * order of the bars. Engine calls are made inside the tests, so that mutation testing can tell
 * which test reaches which line (see stryker.config.mjs).
 */
import { describe, expect, it } from 'vitest';
import { criteria } from '../data';
import type { Evaluation } from './evaluate';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { leaderMargin, tornado } from './tornado';

/** An evaluation with nothing but these models' scores (all leaderMargin reads). */
const scored = (scores: Record<string, number>): Evaluation =>
	({
		models: Object.entries(scores).map(([id, score]) => ({ id, score }))
	}) as unknown as Evaluation;

/**
 * Only the attributable graduates count: the leader is the model with the most. The consortium's
 * first intake is put at year 1 (the low end of its start delay; the default is 2), so that it has
 * four cohorts in the horizon and leads.
 */
const graduatesOnly: Scenario = {
	...DEFAULT_SCENARIO,
	values: { 'naeringshage-consortium.startDelayYears': 1 },
	weights: Object.fromEntries(criteria.map((c) => [c.id, c.id === 'graduates-retained' ? 1 : 0]))
};

describe('leaderMargin', () => {
	const e = scored({ a: 0.7, b: 0.5, c: 0.6 });

	it('is the leader’s score minus the best other score', () => {
		// a leads: 0.7 − max(0.5, 0.6) = 0.1 (the runner-up c, not the last b: 0.7 − 0.5 = 0.2)
		expect(leaderMargin(e, 'a' as never)).toBeCloseTo(0.1, 12);
	});

	it('is negative for a model that does not lead', () => {
		// b: 0.5 − max(0.7, 0.6) = −0.2; c: 0.6 − 0.7 = −0.1
		expect(leaderMargin(e, 'b' as never)).toBeCloseTo(-0.2, 12);
		expect(leaderMargin(e, 'c' as never)).toBeCloseTo(-0.1, 12);
	});

	it('is 0 in a tie for first', () => {
		expect(leaderMargin(scored({ a: 0.4, b: 0.4 }), 'b' as never)).toBe(0);
	});
});

describe('tornado bars', () => {
	it('flags a bar whose low end hands first place to another model, and no other', () => {
		// Graduates only. Attributable graduates at the defaults (evaluate.test.ts; §4.1, §1.5):
		//   consortium:        intakes in years 1–4: 4 × 3 = 12 × 0.66 × 0.67 × 0.9 = 4.77576
		//   own scheme:        intakes in years 2–4: 3 × 4 = 12 × 0.66 × 0.67 × 0.7 = 3.71448
		//   Trainee Innlandet: paid pilot intakes in years 1–2: 2 × 3 = 6 × 0.66 × 0.67 × 0.9 = 2.38788
		// At the low end of the consortium's retention (0.5): 12 × 0.5 × 0.67 × 0.9 = 3.618, below the
		// own scheme's 3.71448, so the own scheme leads there; at the high end (0.8) 5.7888 keeps the lead.
		const t = tornado(graduatesOnly);
		expect(t.leader).toBe('naeringshage-consortium');
		const bar = t.bars.find((b) => b.parameter === 'naeringshage-consortium.retentionShare')!;
		expect(bar).toMatchObject({
			low: 0.5,
			high: 0.8,
			leaderAtLow: 'own-scheme',
			leaderAtHigh: 'naeringshage-consortium',
			leaderChanges: true
		});
		expect(bar.marginAtLow).toBeLessThan(0);
		expect(bar.marginAtHigh).toBeGreaterThan(t.baseMargin);
		expect(t.baseMargin).toBeGreaterThan(0);
		// Trainee Innlandet's retention (0.5–0.8) moves its 2.38788 at most to 6 × 0.8 × 0.67 × 0.9 =
		// 2.8944: never past the consortium's 4.77576.
		const ti = t.bars.find((b) => b.parameter === 'trainee-innlandet.retentionShare')!;
		expect(ti).toMatchObject({
			leaderAtLow: 'naeringshage-consortium',
			leaderAtHigh: 'naeringshage-consortium',
			leaderChanges: false
		});
	});

	it('flags a bar whose high end hands first place to another model', () => {
		// Graduates only. The own scheme's intake raised from 4 to its high end 8 a year:
		// 3 × 8 = 24 × 0.66 × 0.67 × 0.7 = 7.42896, past the consortium's 4.77576; at the low end
		// (2 a year: 6 × 0.66 × 0.67 × 0.7 = 1.85724) the consortium keeps the lead.
		const bar = tornado(graduatesOnly).bars.find(
			(b) => b.parameter === 'own-scheme.newTraineesPerYear'
		)!;
		expect(bar).toMatchObject({
			leaderAtLow: 'naeringshage-consortium',
			leaderAtHigh: 'own-scheme',
			leaderChanges: true
		});
		expect(bar.marginAtHigh).toBeLessThan(0);
		expect(bar.marginAtLow).toBeGreaterThan(0);
	});

	it('reports as base the scenario’s value, else the study’s default', () => {
		const t = tornado({
			...DEFAULT_SCENARIO,
			values: { 'trainee-innlandet.retentionShare': 0.7 }
		});
		const bar = (id: string) => t.bars.find((b) => b.parameter === id)!;
		expect(bar('trainee-innlandet.retentionShare').base).toBe(0.7);
		// §4.1: three trainees a year in the pilot (the study's default, untouched here)
		expect(bar('trainee-innlandet.newTraineesPerYear').base).toBe(3);
	});

	it('orders bars of equal swing by parameter id', () => {
		// At the defaults, many parameters (e.g. Fjelltrainee's, who is neither first nor second)
		// leave the leader's margin exactly as it is: swing 0. Those come last, by id.
		const t = tornado(DEFAULT_SCENARIO);
		const still = t.bars.filter((b) => b.marginAtHigh === b.marginAtLow);
		expect(still.length).toBeGreaterThan(10);
		expect(t.bars.slice(-still.length)).toEqual(still);
		const ids = still.map((b) => b.parameter);
		expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
		expect(ids).toContain('fjelltrainee.salaryYear1');
		expect(ids).toContain('fjelltrainee.retentionShare');
	});
});
