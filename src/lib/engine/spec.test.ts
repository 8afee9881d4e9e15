// @vitest-environment node
/**
 * What the spec table decides, checked through the costs it leads to: whether a scheme's member
 * fees pay into its budget, the share an existing operator bears, and which parameters the
 * engine reads (and so which ones the Monte Carlo analysis draws).
 */
import { describe, expect, it } from 'vitest';
import { parameters } from '../data';
import { intakeSchedule, publicCost } from './costs';
import { DEFAULT_SCENARIO, resolveValues } from './scenario';
import { MODEL_SPECS, requiredParameterIds } from './spec';

const spec = (id: string) => MODEL_SPECS.find((s) => s.id === id)!;
const regionByYear = (id: string, values: Record<string, number> = {}) => {
	const v = resolveValues({ ...DEFAULT_SCENARIO, values });
	const s = spec(id);
	return publicCost(s, v, intakeSchedule(s, v)).byYear;
};

describe('the spec table, through the public cost', () => {
	it('fagskole scheme: member fees pay into its budget', () => {
		// Budget: 0.5 × 1 000 000 + 120 000 + 50 000 = 670 000 from year 0; gatherings 80 000 and
		// travel 20 000 only from the first intake (year 3), then 770 000. Year 0 adds the
		// establishment, 250 000. County grant 100 000 a year. Intake from year 3: 3 trainees a year,
		// 10 new members paying 9 500, and 20 000 per trainee in the programme.
		// Year 0: 670 000 + 250 000 − 100 000 = 820 000; years 1–2: 670 000 − 100 000 = 570 000;
		// year 3: fees 95 000 + 3 × 20 000 = 155 000 → 770 000 − 100 000 − 155 000 = 515 000;
		// year 4: 95 000 + 6 × 20 000 = 215 000 → 455 000.
		const years = regionByYear('fagskole-scheme');
		expect(years.map((y) => y.region.toFixed(0))).toEqual([
			'820000',
			'570000',
			'570000',
			'515000',
			'455000'
		]);
		expect(years[3]!.memberFees.toFixed(0)).toBe('155000');
	});

	it('Fjelltrainee: the operator bears its share, fees go to the operator, not the budget', () => {
		// Without the county grant and with the operator bearing 30 %:
		// budget 0.2 × 1 000 000 + 30 000 + 0 = 230 000 from year 0; gatherings 40 000 and travel
		// 80 000 from the first intake (year 2) on: 350 000. Year 0 also 50 000 establishment.
		// Year 0: 280 000 × 0.7 = 196 000; year 1: 230 000 × 0.7 = 161 000; later 350 000 × 0.7 =
		// 245 000, fees or not (intake from year 2: 4 × 9 500 + 2 × 7 500 = 53 000 a year that the
		// region does not get).
		const years = regionByYear('fjelltrainee', {
			'fjelltrainee.countyGrantPerYear': 0,
			'fjelltrainee.operatorFundedShare': 0.3
		});
		expect(years.map((y) => y.region.toFixed(0))).toEqual([
			'196000',
			'161000',
			'245000',
			'245000',
			'245000'
		]);
		// 280 000 × 0.3 = 84 000
		expect(years[0]!.operator.toFixed(0)).toBe('84000');
		expect(years[2]!.memberFees.toFixed(0)).toBe('0');
		expect(years[2]!.companyFees.toFixed(0)).toBe('53000');
	});
});

describe('requiredParameterIds', () => {
	it('names every parameter in the data but the two no model reads, and nothing else', () => {
		// The zero alternative's existing trainees (context for the page) and Fjelltrainee's grant
		// from Trøndelag (not Innlandet's money) inform the reader but enter no formula.
		const unread = [
			'status-quo.existingTraineesPerYear',
			'fjelltrainee.countyGrantTroendelagPerYear'
		];
		const ids = requiredParameterIds();
		expect(ids.every((id) => typeof id === 'string')).toBe(true);
		expect([...ids].sort()).toEqual(
			parameters
				.map((p) => p.id)
				.filter((id) => !unread.includes(id))
				.sort()
		);
	});
});
