// @vitest-environment node
/**
 * Costs by hand from the study. Every expected value below is worked out in the comments from
 * the study's figures (§4.1, §4.2) and the data's stated assumptions, not copied from the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyCost, employerCostsOn, intakeSchedule, publicCost } from './costs';
import { Decimal } from './money';
import { DEFAULT_SCENARIO, resolveValues } from './scenario';
import { MODEL_SPECS } from './spec';
import { scenarioArb } from './test-arbitraries';

const spec = (id: string) => MODEL_SPECS.find((s) => s.id === id)!;
/** The study's values; a function, so that each test makes its own engine calls. */
const defaults = () => resolveValues(DEFAULT_SCENARIO);
const d = (x: string | number) => new Decimal(x);

describe('employer costs on a salary', () => {
	it('counts holiday pay net of the holiday month it replaces, then pension and contribution (zone I)', () => {
		// Holiday pay 540 000 × 10.2 % = 55 080 replaces the holiday month's pay 540 000 / 12 = 45 000
		// (ferietrekk): net 10 080 (≈ 1.9 %). Pension 540 000 × 2 % = 10 800.
		// Contribution (540 000 + 10 080 + 10 800) × 14.1 % = 560 880 × 0.141 = 79 084.08.
		const c = employerCostsOn(d(540000), defaults());
		expect(c.holidayPay.toFixed(2)).toBe('10080.00');
		expect(c.pension.toFixed(2)).toBe('10800.00');
		expect(c.employerContribution.toFixed(2)).toBe('79084.08');
		// 10 080 + 10 800 + 79 084.08 = 99 964.08
		expect(c.total.toFixed(2)).toBe('99964.08');
	});

	it('keeps the gross-up (10.2 % on top of twelve full months) as the stated alternative', () => {
		// No month deducted: 540 000 × 10.2 % = 55 080; (540 000 + 55 080 + 10 800) × 14.1 % = 85 429.08
		const gross = resolveValues({
			...DEFAULT_SCENARIO,
			values: { 'shared.holidayMonthsDeducted': 0 }
		});
		const c = employerCostsOn(d(540000), gross);
		expect(c.holidayPay.toFixed(2)).toBe('55080.00');
		expect(c.employerContribution.toFixed(2)).toBe('85429.08');
		expect(c.total.toFixed(2)).toBe('151309.08');
	});
});

describe('cost to a member company hosting one trainee (Trainee Innlandet, §4.1)', () => {
	const cost = () => companyCost(spec('trainee-innlandet'), defaults());

	it('bills the service fee per tertial, three times a year', () => {
		// 3 × 29 013 = 87 039 a year, two years = 174 078
		expect(cost().byYear[0]!.traineeFees.toFixed(2)).toBe('87039.00');
		expect(cost().byComponent.traineeFees.toFixed(2)).toBe('174078.00');
	});

	it('totals year by year', () => {
		// Year 1: 20 000 + 87 039 + 540 000 + 10 080 + 10 800 + 79 084.08 = 747 003.08
		// Year 2: holiday pay 61 200 − 50 000 = 11 200; pension 12 000;
		//   contribution 0.141 × (600 000 + 11 200 + 12 000 = 623 200) = 87 871.20;
		//   20 000 + 87 039 + 600 000 + 11 200 + 12 000 + 87 871.20 = 818 110.20
		expect(cost().byYear.map((y) => y.total.toFixed(2))).toEqual(['747003.08', '818110.20']);
		// 747 003.08 + 818 110.20 = 1 565 113.28
		expect(cost().total.toFixed(2)).toBe('1565113.28');
		expect(cost().byComponent.membership.toFixed(2)).toBe('40000.00');
		expect(cost().byComponent.salary.toFixed(2)).toBe('1140000.00');
	});

	it('discounts year 2 at 4 % and leaves year 0 undiscounted (R-109)', () => {
		// 747 003.08 + 818 110.20 / 1.04 = 747 003.08 + 786 644.423076… = 1 533 647.503076…
		expect(cost().presentValue.toFixed(4)).toBe('1533647.5031');
	});

	it('repeats the year-2 salary in a third programme year', () => {
		const three = companyCost(
			spec('trainee-innlandet'),
			resolveValues({ ...DEFAULT_SCENARIO, values: { 'shared.programmeYears': 3 } })
		);
		expect(three.byYear.map((y) => y.salary.toFixed(0))).toEqual(['540000', '600000', '600000']);
	});
});

describe('cost to a member company (Fjelltrainee, §4.2)', () => {
	it('charges 9 500 membership and 7 500 surcharge a year, salary as assumed', () => {
		const cost = companyCost(spec('fjelltrainee'), defaults());
		// Fees: (9 500 + 7 500) × 2 years = 34 000
		expect(cost.byComponent.membership.plus(cost.byComponent.traineeFees).toFixed(2)).toBe(
			'34000.00'
		);
		// Year 1: 17 000 + 540 000 × (1 + 0.102 − 1/12 + 0.02) × 1.141 = 17 000 + 639 964.08 = 656 964.08
		expect(cost.byYear[0]!.total.toFixed(2)).toBe('656964.08');
	});
});

describe('zero alternative', () => {
	it('costs a hosting company what Trainee Innlandet costs, and the region nothing', () => {
		const sq = spec('status-quo');
		expect(companyCost(sq, defaults()).total.toFixed(2)).toBe('1565113.28');
		const pub = publicCost(sq, defaults(), intakeSchedule(sq, defaults()));
		expect(pub.public.total.toFixed(2)).toBe('0.00');
	});
});

describe('cost to the region and the county', () => {
	it('Trainee Innlandet pilot: half of 640 000 a year for three pilot years', () => {
		// Budget: 0.5 × 1 000 000 + 100 000 + 0 + 20 000 + 20 000 = 640 000; TI bears 50 % → 320 000
		const s = spec('trainee-innlandet');
		const pub = publicCost(s, defaults(), intakeSchedule(s, defaults()));
		expect(pub.byYear.map((y) => y.region.toFixed(0))).toEqual([
			'320000',
			'320000',
			'320000',
			'0',
			'0'
		]);
		expect(pub.byYear[0]!.operator.toFixed(0)).toBe('320000');
		// PV = 320 000 × (1 + 1/1.04 + 1/1.04²) = 320 000 × 2.886094674556… = 923 550.2958…
		expect(pub.region.presentValue.toFixed(2)).toBe('923550.30');
		expect(pub.county.total.toFixed(0)).toBe('0');
	});

	it('consortium: Sør-Østerdal counts its share of the joint budget, county grant included', () => {
		// Joint budget: 0.6 × 1 000 000 + 90 000 + 45 000 + 90 000 + 90 000 = 915 000; year 0 adds 150 000.
		// Sør-Østerdal's share 0.3333: 1 065 000 × 0.3333 = 354 964.50 (year 0); 915 000 × 0.3333 = 304 969.50.
		// The county's 400 000 a year pays for all three regions: Sør-Østerdal's share 400 000 × 0.3333 = 133 320.
		// Fees from year 1 (first intake): 8 × 9 500 = 76 000 plus trainees in programme × 7 500:
		//   year 1: 3 × 7 500 = 22 500 → 98 500; years 2–4: 6 × 7 500 = 45 000 → 121 000.
		// Public need: 354 964.50; 304 969.50 − 98 500 = 206 469.50; 304 969.50 − 121 000 = 183 969.50 (×3).
		// Region = need − 133 320: 221 644.50; 73 149.50; 50 649.50 (×3).
		const s = spec('naeringshage-consortium');
		const pub = publicCost(s, defaults(), intakeSchedule(s, defaults()));
		expect(pub.byYear.map((y) => y.county.toFixed(2))).toEqual(Array(5).fill('133320.00'));
		expect(pub.byYear.map((y) => y.region.toFixed(2))).toEqual([
			'221644.50',
			'73149.50',
			'50649.50',
			'50649.50',
			'50649.50'
		]);
		// Partners carry the rest of the joint budget: 1 065 000 − 354 964.50 = 710 035.50
		expect(pub.byYear[0]!.partners.toFixed(2)).toBe('710035.50');
		// County PV = 133 320 × (1 + 1/1.04 + 1/1.04² + 1/1.04³ + 1/1.04⁴) = 133 320 × 4.629895224… = 617 257.63
		expect(pub.county.presentValue.toFixed(2)).toBe('617257.63');
		// Public PV = 354 964.50 + 206 469.50/1.04 + 183 969.50 × (1/1.04² + 1/1.04³ + 1/1.04⁴)
		//           = 354 964.50 + 198 528.37 + 183 969.50 × 2.628153… (= 483 501.58) ≈ 1 044 389.12
		expect(pub.public.presentValue.toFixed(2)).toBe('1044389.12');
	});

	it(
		'moving money between the county and the region never changes the public total',
		{ timeout: 120_000 },
		() => {
			// Region + county = max(0, share of the net budget − fees), which holds no county grant:
			// any grant from 0 to far beyond the budget leaves the present value where it is.
			const total = (id: string, values: Record<string, number>, grant: number) => {
				const s = spec(id);
				const v = resolveValues({
					...DEFAULT_SCENARIO,
					values: { ...values, [`${id}.countyGrantPerYear`]: grant }
				});
				const pub = publicCost(s, v, intakeSchedule(s, v));
				return pub.region.presentValue.plus(pub.county.presentValue);
			};
			const withBudget = MODEL_SPECS.filter((s) => s.budget).map((s) => s.id);
			fc.assert(
				fc.property(
					scenarioArb,
					fc.constantFrom(...withBudget),
					fc.integer({ min: 0, max: 5_000_000 }),
					fc.integer({ min: 0, max: 5_000_000 }),
					(scenario, id, a, b) => {
						const left = total(id, scenario.values, a);
						const right = total(id, scenario.values, b);
						// Equal up to the 34th significant digit of the decimal divisions in the PV.
						expect(left.minus(right).abs().toNumber()).toBeLessThan(1e-12);
					}
				),
				{ seed: 20240906, numRuns: 200 }
			);
		}
	);

	it('Trainee Innlandet pilot: cohorts start only in the years the pilot is paid for', () => {
		// pilotYears 3 → budget in years 0, 1, 2; first intake year 1 (startDelayYears). Cohorts of 3
		// start in years 1 and 2 only; each stays two years: in programme 0, 3, 6, 3, 0.
		const s = spec('trainee-innlandet');
		const intake = intakeSchedule(s, defaults());
		expect(intake.started.map((x) => x.toNumber())).toEqual([0, 3, 3, 0, 0]);
		expect(intake.inProgramme.map((x) => x.toNumber())).toEqual([0, 3, 6, 3, 0]);
		// The 5 new members pay while a cohort starts or is in programme: years 1–3.
		expect(intake.members.map((x) => x.toNumber())).toEqual([0, 5, 5, 5, 0]);
		// A scheme whose budget runs throughout takes a cohort every year from its first intake.
		const own = intakeSchedule(spec('own-scheme'), defaults());
		expect(own.started.map((x) => x.toNumber())).toEqual([0, 0, 4, 4, 4]);
	});

	it('Fjelltrainee: the hiring surcharge is per trainee in programme per year, in unit and formula (§4.2)', () => {
		// Intake 2 a year from year 2; 4 new members × 9 500 = 38 000 a year from then on.
		// Year 2: 2 trainees in programme × 7 500 = 15 000 → 53 000; year 3: 4 × 7 500 = 30 000 → 68 000.
		const s = spec('fjelltrainee');
		const pub = publicCost(s, defaults(), intakeSchedule(s, defaults()));
		expect(pub.byYear.map((y) => y.companyFees.toFixed(0))).toEqual([
			'0',
			'0',
			'53000',
			'68000',
			'68000'
		]);
	});

	it('every year, the parts add up to the budget plus any surplus', () => {
		for (const s of MODEL_SPECS) {
			const pub = publicCost(s, defaults(), intakeSchedule(s, defaults()));
			for (const y of pub.byYear) {
				const parts = y.operator.plus(y.county).plus(y.partners).plus(y.region).plus(y.memberFees);
				expect(parts.toFixed(2), `${s.id} year ${y.year}`).toBe(
					y.budget.plus(y.surplus).toFixed(2)
				);
			}
		}
	});
});
