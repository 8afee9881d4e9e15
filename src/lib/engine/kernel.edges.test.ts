// @vitest-environment node
/** The float kernel's own helpers: rounding to øre, the plan's slots and its cache. */
import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../data';
import { allocateOwnShare, compilePlan, kernelPlan, PARAMETER_INDEX } from './kernel';
import { MODEL_SPECS } from './spec';
import { UnknownIdError } from '../errors';

describe('allocateOwnShare rounds the amount to øre half to even, as money.ts does', () => {
	it('rounds 12.5 øre down to 12 and 37.5 øre up to 38', () => {
		// Sør-Østerdal's share 1: all of the amount, rounded: 0.125 NOK → 12 øre; 0.375 → 38 øre.
		expect(allocateOwnShare(0.125, 1)).toBe(0.12);
		expect(allocateOwnShare(0.375, 1)).toBe(0.38);
		expect(allocateOwnShare(0.13, 1)).toBe(0.13);
	});

	it('gives the region the first øre left over when its fraction is the largest', () => {
		// 7 øre in [0.5, 0.25, 0.25]: exact 3.5, 1.75, 1.75 → floors 3, 1, 1 (5); 2 øre left go to
		// the partners (0.75 > 0.5): the region keeps 3 øre.
		expect(allocateOwnShare(0.07, 0.5)).toBe(0.03);
		// 5 øre in [0.6, 0.2, 0.2]: exact 3, 1, 1: nothing left over.
		expect(allocateOwnShare(0.05, 0.6)).toBe(0.03);
		// 4 øre in [0.7, 0.15, 0.15]: exact 2.8, 0.6, 0.6 → floors 2, 0, 0; 2 left: the region's 0.8
		// first, then the first partner: the region gets 3.
		expect(allocateOwnShare(0.04, 0.7)).toBe(0.03);
		// 100 øre in [0, 0.5, 0.5]: the region gets nothing.
		expect(allocateOwnShare(1, 0)).toBe(0);
	});
});

describe('the plan', () => {
	it('names a parameter the data does not have', () => {
		const [first, ...rest] = MODEL_SPECS;
		const broken = { ...first!, company: { ...first!.company, salaryYear1: 'own-scheme.nope' } };
		expect(() => compilePlan([broken, ...rest])).toThrow(UnknownIdError);
		expect(() => compilePlan([broken, ...rest])).toThrow(
			"kernel: unknown parameter 'own-scheme.nope'"
		);
	});

	it('is compiled once and points each model at its own parameters', () => {
		const plan = kernelPlan();
		expect(kernelPlan()).toBe(plan);
		const ti = plan.models[MODEL_IDS.indexOf('trainee-innlandet')]!;
		expect(ti.salaryYear1).toBe(PARAMETER_INDEX.get('trainee-innlandet.salaryYear1'));
		expect(ti.activeYears).toBe(PARAMETER_INDEX.get('trainee-innlandet.pilotYears'));
		expect(ti.regionCostShare).toBe(-1);
		expect(ti).toMatchObject({ hasOutcome: true, hasBudget: true, feesFundBudget: false });
		const sq = plan.models[MODEL_IDS.indexOf('status-quo')]!;
		expect(sq).toMatchObject({ hasOutcome: false, hasBudget: false, newTraineesPerYear: -1 });
		const own = plan.models[MODEL_IDS.indexOf('own-scheme')]!;
		expect(own.feesFundBudget).toBe(true);
	});
});
