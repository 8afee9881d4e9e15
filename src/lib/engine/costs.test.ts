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

describe('zero alternative: an ordinary hire with no scheme (DFØ ch. 3.1)', () => {
	it('costs a hosting company only the employment any hire has, and the region nothing', () => {
		// Salary as Trainee Innlandet's fixed salary (§4.1): 540 000 in year 1, 600 000 in year 2.
		// Year 1: holiday pay 540 000 × (0.102 − 1/12) = 55 080 − 45 000 = 10 080; pension
		//   540 000 × 0.02 = 10 800; contribution 0.141 × (540 000 + 10 080 + 10 800) = 79 084.08;
		//   540 000 + 10 080 + 10 800 + 79 084.08 = 639 964.08.
		// Year 2: holiday pay 61 200 − 50 000 = 11 200; pension 12 000;
		//   contribution 0.141 × 623 200 = 87 871.20; 600 000 + 11 200 + 12 000 + 87 871.20 = 711 071.20.
		// No membership, no fees: 639 964.08 + 711 071.20 = 1 351 035.28.
		const sq = spec('status-quo');
		const c = companyCost(sq, defaults());
		expect(c.byYear.map((y) => y.total.toFixed(2))).toEqual(['639964.08', '711071.20']);
		expect(c.total.toFixed(2)).toBe('1351035.28');
		expect(c.scheme.total.toFixed(2)).toBe('0.00');
		expect(c.employment.total.toFixed(2)).toBe('1351035.28');
		// PV: 639 964.08 + 711 071.20 / 1.04 = 639 964.08 + 683 722.307692… = 1 323 686.387692…
		expect(c.presentValue.toFixed(2)).toBe('1323686.39');
		// Trainee Innlandet costs the same employment plus its fees: 2 × (20 000 + 87 039) =
		// 214 078 more (1 565 113.28 − 1 351 035.28), no longer the same as the zero alternative.
		const ti = companyCost(spec('trainee-innlandet'), defaults());
		expect(ti.total.minus(c.total).toFixed(2)).toBe('214078.00');
		const pub = publicCost(sq, defaults(), intakeSchedule(sq, defaults()));
		expect(pub.public.total.toFixed(2)).toBe('0.00');
		expect(pub.companyFees.total.toFixed(2)).toBe('0.00');
	});
});

describe("a company's cost split into the scheme's own cost and the employment cost", () => {
	it('Fjelltrainee: membership and surcharge apart from the employment, adding up exactly', () => {
		// Scheme (§4.2): membership 9 500 + hiring surcharge 7 500 = 17 000 a year; two years 34 000;
		//   PV 17 000 + 17 000 / 1.04 = 17 000 + 16 346.153846… = 33 346.153846…
		// Employment at the assumed salaries 540 000 and 570 000:
		//   year 1 = 639 964.08 (as the zero alternative's year 1);
		//   year 2: holiday pay 570 000 × 0.102 − 47 500 = 58 140 − 47 500 = 10 640; pension 11 400;
		//   contribution 0.141 × (570 000 + 10 640 + 11 400 = 592 040) = 83 477.64;
		//   570 000 + 10 640 + 11 400 + 83 477.64 = 675 517.64. Two years: 1 315 481.72.
		//   PV 639 964.08 + 675 517.64 / 1.04 = 639 964.08 + 649 536.192307… = 1 289 500.272307…
		const c = companyCost(spec('fjelltrainee'), defaults());
		expect(c.scheme.total.toFixed(2)).toBe('34000.00');
		expect(c.employment.total.toFixed(2)).toBe('1315481.72');
		expect(c.total.toFixed(2)).toBe('1349481.72');
		expect(c.scheme.presentValue.toFixed(2)).toBe('33346.15');
		expect(c.employment.presentValue.toFixed(2)).toBe('1289500.27');
		expect(c.byYear.map((y) => y.scheme.toFixed(2))).toEqual(['17000.00', '17000.00']);
		// Decimal, exactly: the parts are the whole, undiscounted and in present value.
		expect(c.scheme.total.plus(c.employment.total).eq(c.total)).toBe(true);
		expect(c.scheme.presentValue.plus(c.employment.presentValue).eq(c.presentValue)).toBe(true);
	});

	it('holds scheme + employment = company cost for every model in any scenario', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const v = resolveValues(scenario);
				for (const s of MODEL_SPECS) {
					const c = companyCost(s, v);
					expect(c.scheme.total.plus(c.employment.total).eq(c.total)).toBe(true);
					expect(c.scheme.presentValue.plus(c.employment.presentValue).eq(c.presentValue)).toBe(
						true
					);
				}
			}),
			{ seed: 20240907, numRuns: 50 }
		);
	});
});

describe('cost to the region and the county', () => {
	it('Trainee Innlandet pilot: half of 640 000 a year for three pilot years', () => {
		// Budget: 0.5 × 1 000 000 + 100 000 + 0 = 600 000 from year 0; gatherings 20 000 and travel
		// 20 000 from the first intake (year 1): 640 000. TI bears 50 % → 300 000, then 320 000.
		const s = spec('trainee-innlandet');
		const pub = publicCost(s, defaults(), intakeSchedule(s, defaults()));
		expect(pub.byYear.map((y) => y.region.toFixed(0))).toEqual([
			'300000',
			'320000',
			'320000',
			'0',
			'0'
		]);
		expect(pub.byYear[0]!.operator.toFixed(0)).toBe('300000');
		// PV = 300 000 + 320 000/1.04 + 320 000/1.04² = 300 000 + 307 692.3077 + 295 857.9882 = 903 550.2959
		expect(pub.region.presentValue.toFixed(2)).toBe('903550.30');
		expect(pub.county.total.toFixed(0)).toBe('0');
	});

	it('consortium: Sør-Østerdal counts its share of the joint budget, county grant included', () => {
		// Joint budget: 0.6 × 1 000 000 + 90 000 + 45 000 = 735 000 from year 0; gatherings 90 000 and
		// travel 90 000 from the first intake (year 2, startDelayYears): 915 000. Year 0 adds 150 000.
		// Sør-Østerdal's share 0.3333: 885 000 × 0.3333 = 294 970.50 (year 0); 735 000 × 0.3333 =
		// 244 975.50 (year 1); 915 000 × 0.3333 = 304 969.50 (years 2–4).
		// The county's 400 000 a year pays for all three regions: Sør-Østerdal's share 400 000 × 0.3333 = 133 320.
		// Fees from year 2 (first intake): 8 × 9 500 = 76 000 plus trainees in programme × 7 500:
		//   year 2: 3 × 7 500 = 22 500 → 98 500; years 3–4: 6 × 7 500 = 45 000 → 121 000.
		// Public need: 294 970.50; 244 975.50; 304 969.50 − 98 500 = 206 469.50; 304 969.50 − 121 000 = 183 969.50 (×2).
		// Region = need − 133 320: 161 650.50; 111 655.50; 73 149.50; 50 649.50 (×2).
		const s = spec('naeringshage-consortium');
		const pub = publicCost(s, defaults(), intakeSchedule(s, defaults()));
		expect(pub.byYear.map((y) => y.county.toFixed(2))).toEqual(Array(5).fill('133320.00'));
		expect(pub.byYear.map((y) => y.region.toFixed(2))).toEqual([
			'161650.50',
			'111655.50',
			'73149.50',
			'50649.50',
			'50649.50'
		]);
		// Partners carry the rest of the joint budget: 885 000 − 294 970.50 = 590 029.50
		expect(pub.byYear[0]!.partners.toFixed(2)).toBe('590029.50');
		// County PV = 133 320 × (1 + 1/1.04 + 1/1.04² + 1/1.04³ + 1/1.04⁴) = 133 320 × 4.629895224… = 617 257.63
		expect(pub.county.presentValue.toFixed(2)).toBe('617257.63');
		// Public PV = 294 970.50 + 244 975.50/1.04 + 206 469.50/1.04² + 183 969.50 × (1/1.04³ + 1/1.04⁴)
		//           = 294 970.50 + 235 553.37 + 190 892.66 + 183 969.50 × 1.743800… (= 320 806.11) ≈ 1 042 222.64
		expect(pub.public.presentValue.toFixed(2)).toBe('1042222.64');
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
