// @vitest-environment node
/**
 * What evaluate() reports besides the ranking, worked by hand on a short undiscounted horizon:
 * costs per outcome, performances, values and weights.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, valueMatrix } from './evaluate';
import { DEFAULT_SCENARIO } from './scenario';
import { scaleOf } from './scales';
import { JUDGED_VALUES } from './scoring';

/** Three years (0, 1, 2), no discounting: present values are plain sums. */
const short = {
	...DEFAULT_SCENARIO,
	values: { 'shared.discountRate': 0, 'shared.horizonYears': 3 }
};
const model = (id: string) => evaluate(short).models.find((m) => m.id === id)!;

describe('costs per outcome (Trainee Innlandet pilot, §4.1)', () => {
	// Trainees: 3 a year from year 1 → years 1 and 2: 6; retained 6 × 0.66 = 3.96 (TI's retention is
	// the 66 % assumption, range 50–80 %); attributable 3.96 × 0.67 × 0.9 = 2.38788.
	// Public: the region pays half of the 640 000 budget, 320 000 a year, for 3 years = 960 000.
	// Company fees: 5 new members × 20 000 from year 1, plus 87 039 (3 × 29 013) per trainee in
	// the programme: year 1: 100 000 + 3 × 87 039 = 361 117; year 2: 100 000 + 6 × 87 039 = 622 234;
	// together 983 351.
	it('divides the public cost by trainees, retained and attributable graduates', () => {
		const m = model('trainee-innlandet');
		expect(m.retention.trainees.toString()).toBe('6');
		expect(m.publicCost.public.presentValue.toFixed(2)).toBe('960000.00');
		// 960 000 / 6 = 160 000; / 3.96 = 242 424.2424…; / 2.38788 = 402 030.2527…
		expect(m.publicCostPer.perTrainee!.toFixed(2)).toBe('160000.00');
		expect(m.publicCostPer.perRetained!.toFixed(2)).toBe('242424.24');
		expect(m.publicCostPer.perAttributable!.toFixed(2)).toBe('402030.25');
	});

	it('adds the member companies’ fees for the cost of the scheme', () => {
		const m = model('trainee-innlandet');
		expect(m.publicCost.companyFees.presentValue.toFixed(2)).toBe('983351.00');
		// (960 000 + 983 351) = 1 943 351; / 6 = 323 891.83; / 3.96 = 490 745.20; / 2.38788 = 813 839.47
		expect(m.schemeCostPer.perTrainee!.toFixed(2)).toBe('323891.83');
		expect(m.schemeCostPer.perRetained!.toFixed(2)).toBe('490745.20');
		expect(m.schemeCostPer.perAttributable!.toFixed(2)).toBe('813839.47');
	});

	it('has no cost per outcome where nothing is achieved', () => {
		const m = model('status-quo');
		expect(m.publicCostPer).toEqual({ perTrainee: null, perRetained: null, perAttributable: null });
		expect(m.schemeCostPer).toEqual({ perTrainee: null, perRetained: null, perAttributable: null });
	});
});

describe('performances, values and weights', () => {
	it('reports computed performances in their units and judged ones as the study’s 1–5', () => {
		const m = model('trainee-innlandet');
		expect(m.performance['time-to-start']).toBe(1);
		expect(m.performance['public-cost']).toBe(960000);
		expect(m.performance['graduates-retained']).toBeCloseTo(2.38788, 12);
		// data/criteria.json: ownership 5, competence fit 2
		expect(m.performance['ownership']).toBe(5);
		expect(m.performance['competence-fit']).toBe(2);
		expect(m.values['competence-fit']).toBe(0.25);
	});

	it('reports the horizon and the normalised weights', () => {
		const e = evaluate(short);
		expect(e.horizonYears).toBe(3);
		// The study's preset sums to 100: competence fit 15 → 0.15, time to start 2.5 → 0.025.
		expect(e.weights['competence-fit']).toBeCloseTo(0.15, 15);
		expect(e.weights['time-to-start']).toBeCloseTo(0.025, 15);
		const m = e.models.find((x) => x.id === 'trainee-innlandet')!;
		// contribution = weight × value: 0.15 × 0.25 = 0.0375
		expect(m.contributions['competence-fit']).toBeCloseTo(0.0375, 15);
		expect(e.models.map((x) => x.rank).sort()).toEqual([1, 2, 3, 4, 5, 6]);
		expect(e.ranking[0]).toBe(e.models.find((x) => x.rank === 1)!.id);
	});

	it('gives judged rows as copies, computed rows on the fixed scales', () => {
		// Company cost on its fixed scale [worst, best] (lower is better, so worst is the high end):
		// the worst end scores 0, the best 1, the midpoint 0.5, a quarter of the span past the
		// best end 1.25 (extended linearly), and a quarter before the worst end −0.25.
		const sc = scaleOf('company-cost')!;
		const span = sc.best - sc.worst;
		const costs = [
			sc.worst,
			sc.best,
			sc.worst + span / 2,
			sc.best + span / 4,
			sc.worst - span / 4,
			sc.worst
		];
		const computed = costs.map((cost) => ({
			'company-cost': cost,
			'public-cost': 0,
			'graduates-retained': 1,
			'time-to-start': 1
		}));
		const rows = valueMatrix(computed);
		const ownership = rows[5]!;
		expect(ownership).toEqual([...JUDGED_VALUES[5]!]);
		ownership[0] = 99;
		expect(JUDGED_VALUES[5]![0]).not.toBe(99);
		const cost = rows[1]!.map((x) => Math.round(x * 1e12) / 1e12 + 0); // + 0: −0 → 0
		expect(cost).toEqual([0, 1, 0.5, 1.25, -0.25, 0]);
		// Equal results score equally (the scale does not depend on the models' spread).
		expect(new Set(rows[2]).size).toBe(1);
	});
});
