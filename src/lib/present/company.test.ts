/**
 * "Min bedrift" (company.ts). Expected amounts worked by hand from the study and the defaults:
 *   Trainee Innlandet (§4.1): membership 20 000 kr a year per company; fee 29 013 kr a tertial
 *   per trainee × 3 = 87 039 kr a year; pay 540 000 kr in year 1.
 *   Employment cost of 540 000 kr pay in zone I: net holiday pay 10,2 % − 1/12 (the month's pay
 *   deducted) = 1,8667 % → 10 080 kr; pension 2 % → 10 800 kr; employer's contribution 14,1 % of
 *   (540 000 + 10 080 + 10 800) = 0,141 × 560 880 = 79 084,08 kr; in all 639 964,08 kr.
 *   The ordinary hire (zero alternative) pays the same 540 000 kr in year 1 and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/engine';
import { companyView, companyYears } from './company';

const DEFAULT = { version: 2 as const, values: {}, weights: {} };

describe('what a member company pays', () => {
	it('splits one Trainee Innlandet trainee in year 1 into the scheme and employment', () => {
		const rows = companyView(evaluate(DEFAULT), 1, 1);
		const ti = rows.find((r) => r.model === 'trainee-innlandet')!;
		expect(ti.scheme.toString()).toBe('107039'); // 20 000 + 87 039
		expect(ti.employment.toString()).toBe('639964.08');
		expect(ti.total.toString()).toBe('747003.08');
		// The same pay as an ordinary hire: the difference is the scheme's own cost.
		expect(ti.vsHire.toString()).toBe('107039');
		const hire = rows.find((r) => r.model === 'status-quo')!;
		expect(hire.scheme.isZero()).toBe(true);
		expect(hire.vsHire.isZero()).toBe(true);
	});

	it('charges membership once per company and fees per trainee', () => {
		const ti = companyView(evaluate(DEFAULT), 2, 1).find((r) => r.model === 'trainee-innlandet')!;
		// 20 000 + 2 × 87 039 = 194 078; employment 2 × 639 964,08 = 1 279 928,16
		expect(ti.scheme.toString()).toBe('194078');
		expect(ti.employment.toString()).toBe('1279928.16');
		expect(ti.vsHire.toString()).toBe('194078');
	});

	it('follows the host municipality: zone III (6,4 %) lowers the employment cost', () => {
		const e = evaluate({ ...DEFAULT, values: { 'shared.employerContributionRate': 0.064 } });
		const ti = companyView(e, 1, 1).find((r) => r.model === 'trainee-innlandet')!;
		// 540 000 + 10 080 + 10 800 + 0,064 × 560 880 (= 35 896,32) = 596 776,32
		expect(ti.employment.toString()).toBe('596776.32');
	});

	it('offers each programme year and lists the models best first', () => {
		const e = evaluate(DEFAULT);
		expect(companyYears(e)).toEqual([1, 2]);
		expect(companyView(e, 1, 2).map((r) => r.model)).toEqual(e.ranking);
		// Year 2 pay is 600 000 kr for Trainee Innlandet and the ordinary hire alike (§4.1).
		const ti = companyView(e, 1, 2).find((r) => r.model === 'trainee-innlandet')!;
		expect(ti.vsHire.toString()).toBe('107039');
	});

	it('gives the same rows while a weight moves and the order stays, new ones otherwise', () => {
		const e = evaluate(DEFAULT);
		// A small weight step: the same costs, and (checked) the same order.
		const stepped = evaluate({ ...DEFAULT, weights: { 'company-cost': 11 } });
		expect(stepped.ranking).toEqual(e.ranking);
		const rows = companyView(e, 1, 1);
		expect(companyView(stepped, 1, 1)).toBe(rows);
		expect(companyYears(stepped)).toBe(companyYears(e));
		// A weight that turns the order (competence fit far above its 30,9 % tipping point, see
		// the answer's tipping point), with the same costs, lists the models in the new order.
		const turned = evaluate({ ...DEFAULT, weights: { 'competence-fit': 100 } });
		expect(turned.ranking).not.toEqual(e.ranking);
		expect(companyView(turned, 1, 1).map((r) => r.model)).toEqual(turned.ranking);
		// Another count or year of the same costs: rows of their own.
		expect(companyView(stepped, 2, 1)).not.toBe(rows);
		expect(companyView(stepped, 1, 2)).not.toBe(rows);
		// Other costs: new rows, with the new fee (3 × 30 000 + 20 000 = 110 000).
		const fee = evaluate({
			...DEFAULT,
			values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30_000 }
		});
		const ti = companyView(fee, 1, 1).find((r) => r.model === 'trainee-innlandet')!;
		expect(ti.scheme.toString()).toBe('110000');
	});
});
