// @vitest-environment node
/**
 * Costs by hand from the study. Every expected value below is worked out in the comments from
 * the study's figures (§4.1, §4.2) and the data's stated assumptions, not copied from the code.
 */
import { describe, expect, it } from 'vitest';
import { companyCost, employerCostsOn, intakeSchedule, publicCost } from './costs';
import { Decimal } from './money';
import { DEFAULT_SCENARIO, resolveValues } from './scenario';
import { MODEL_SPECS } from './spec';

const spec = (id: string) => MODEL_SPECS.find((s) => s.id === id)!;
/** The study's values; a function, so that each test makes its own engine calls. */
const defaults = () => resolveValues(DEFAULT_SCENARIO);
const d = (x: string | number) => new Decimal(x);

describe('employer costs on a salary', () => {
	it('adds holiday pay, pension and employer contribution on all three (zone I)', () => {
		// 540 000 × 10.2 % = 55 080; × 2 % = 10 800; (540 000 + 55 080 + 10 800) × 14.1 % = 85 429.08
		const c = employerCostsOn(d(540000), defaults());
		expect(c.holidayPay.toFixed(2)).toBe('55080.00');
		expect(c.pension.toFixed(2)).toBe('10800.00');
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
		// Year 1: 20 000 + 87 039 + 540 000 + 55 080 + 10 800 + 85 429.08 = 798 348.08
		// Year 2: 20 000 + 87 039 + 600 000 + 61 200 + 12 000 + 0.141 × 673 200 (= 94 921.20) = 875 160.20
		expect(cost().byYear.map((y) => y.total.toFixed(2))).toEqual(['798348.08', '875160.20']);
		// 798 348.08 + 875 160.20 = 1 673 508.28
		expect(cost().total.toFixed(2)).toBe('1673508.28');
		expect(cost().byComponent.membership.toFixed(2)).toBe('40000.00');
		expect(cost().byComponent.salary.toFixed(2)).toBe('1140000.00');
	});

	it('discounts year 2 at 4 % and leaves year 0 undiscounted (R-109)', () => {
		// 798 348.08 + 875 160.20 / 1.04 = 798 348.08 + 841 500.192307… = 1 639 848.272307…
		expect(cost().presentValue.toFixed(4)).toBe('1639848.2723');
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
		// Year 1: 17 000 + 540 000 × (1 + 0.102 + 0.02) × 1.141 = 17 000 + 691 309.08 = 708 309.08
		expect(cost.byYear[0]!.total.toFixed(2)).toBe('708309.08');
	});
});

describe('zero alternative', () => {
	it('costs a hosting company what Trainee Innlandet costs, and the region nothing', () => {
		const sq = spec('status-quo');
		expect(companyCost(sq, defaults()).total.toFixed(2)).toBe('1673508.28');
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

	it('consortium: county grant first, the rest split in three, fees then region', () => {
		// Joint budget: 0.6 × 1 000 000 + 90 000 + 45 000 + 90 000 + 90 000 = 915 000; year 0 adds 150 000.
		// County draws 400 000 a year. Left: year 0 665 000, later 515 000.
		// Sør-Østerdal's share 0.3333: 665 000 × 0.3333 = 221 644.50; 515 000 × 0.3333 = 171 649.50.
		// Fees from year 1 (first intake): 8 × 9 500 = 76 000 plus trainees in programme × 7 500:
		//   year 1: 3 × 7 500 = 22 500 → 98 500; years 2–4: 6 × 7 500 = 45 000 → 121 000.
		// Region: 221 644.50; 171 649.50 − 98 500 = 73 149.50; 171 649.50 − 121 000 = 50 649.50 (×3)
		const s = spec('naeringshage-consortium');
		const pub = publicCost(s, defaults(), intakeSchedule(s, defaults()));
		expect(pub.byYear.map((y) => y.county.toFixed(2))).toEqual(Array(5).fill('400000.00'));
		expect(pub.byYear.map((y) => y.region.toFixed(2))).toEqual([
			'221644.50',
			'73149.50',
			'50649.50',
			'50649.50',
			'50649.50'
		]);
		// Partners carry the rest: 665 000 − 221 644.50 = 443 355.50
		expect(pub.byYear[0]!.partners.toFixed(2)).toBe('443355.50');
		// County PV = 400 000 × (1 + 1/1.04 + 1/1.04² + 1/1.04³ + 1/1.04⁴) = 400 000 × 4.629895224… = 1 851 958.09
		expect(pub.county.presentValue.toFixed(2)).toBe('1851958.09');
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
