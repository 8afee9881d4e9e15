// @vitest-environment node
/**
 * The float kernel is a second statement of the decimal engine's formulas; these tests hold the
 * two together so that they can never drift apart: at the default scenario, at edge cases, and
 * at hundreds of random valid scenarios.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../data';
import { evaluate } from './evaluate';
import {
	allocateOwnShare,
	compilePlan,
	kernelPlan,
	KERNEL_CRITERIA,
	MODEL_COUNT,
	PARAMETER_IDS,
	runKernel,
	scenarioVector
} from './kernel';
import { Decimal, allocate } from './money';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { MODEL_SPECS, requiredParameterIds } from './spec';
import { scenarioArb } from './test-arbitraries';

/** Money may differ by `allocate`'s øre rounding at float edge cases; counts must agree. */
const MONEY_TOLERANCE = 0.05;
const COUNT_TOLERANCE = 1e-9;

interface Gap {
	model: string;
	criterion: string;
	kernel: number;
	decimal: number;
}

/** Every disagreement between kernel and decimal engine beyond the tolerances. */
function disagreements(scenario: Scenario): Gap[] {
	const e = evaluate(scenario);
	const out = new Float64Array(KERNEL_CRITERIA.length * MODEL_COUNT);
	runKernel(kernelPlan(), scenarioVector(scenario), out);
	const gaps: Gap[] = [];
	e.models.forEach((m, i) => {
		const decimal = [
			m.companyCost.presentValue.toNumber(),
			m.publicCost.public.presentValue.toNumber(),
			m.retention.attributable.toNumber(),
			m.retention.yearsToFirstIntake
		];
		KERNEL_CRITERIA.forEach((criterion, k) => {
			const kernel = out[k * MODEL_COUNT + i]!;
			const tolerance = k < 2 ? MONEY_TOLERANCE : COUNT_TOLERANCE;
			if (!(Math.abs(kernel - decimal[k]!) <= tolerance))
				gaps.push({ model: m.id, criterion, kernel, decimal: decimal[k]! });
			// The kernel's output is also what evaluate() scores as the criterion's performance.
			if (!(Math.abs(m.performance[criterion]! - decimal[k]!) <= COUNT_TOLERANCE))
				gaps.push({
					model: m.id,
					criterion: `performance ${criterion}`,
					kernel,
					decimal: decimal[k]!
				});
		});
	});
	return gaps;
}

const withValues = (values: Record<string, number>): Scenario => ({ ...DEFAULT_SCENARIO, values });

describe('the compiled plan', () => {
	it('has a slot for every parameter the engine reads, in data order, models in MODEL_IDS order', () => {
		const plan = compilePlan();
		expect(plan.parameterCount).toBe(PARAMETER_IDS.length);
		for (const id of requiredParameterIds()) expect(PARAMETER_IDS).toContain(id);
		expect(MODEL_SPECS.map((s) => s.id)).toEqual([...MODEL_IDS]);
		// The zero alternative (last) is an ordinary hire: no fee, multiplier 1, no membership slot.
		expect(plan.models.map((m) => m.feeMultiplier)).toEqual([1, 1, 3, 1, 1, 1]);
		expect(plan.models.at(-1)!.membership).toBe(-1);
	});
	it('refuses specs out of data order', () => {
		expect(() => compilePlan([...MODEL_SPECS].reverse())).toThrow(/MODEL_SPECS\[0\]/);
	});
});

describe('kernel = decimal engine', () => {
	it('agrees at the default scenario', () => {
		expect(disagreements(DEFAULT_SCENARIO)).toEqual([]);
	});

	it('reproduces the hand-worked Trainee Innlandet pilot figures', () => {
		// evaluate.test.ts: 2.38788 attributable, first intake in year 1; public PV costs.test.ts:
		// 300 000 + 320 000/1.04 + 320 000/1.04² = 903 550.2959 (gatherings from the first intake)
		const out = new Float64Array(KERNEL_CRITERIA.length * MODEL_COUNT);
		runKernel(kernelPlan(), scenarioVector(DEFAULT_SCENARIO), out);
		const ti = MODEL_IDS.indexOf('trainee-innlandet');
		expect(out[MODEL_COUNT + ti]!).toBeCloseTo(903550.2958579882, 6);
		expect(out[2 * MODEL_COUNT + ti]!).toBeCloseTo(2.38788, 12);
		expect(out[3 * MODEL_COUNT + ti]).toBe(1);
	});

	it.each([
		['horizon of one year', { 'shared.horizonYears': 1 }],
		[
			'three programme years, long horizon',
			{ 'shared.programmeYears': 3, 'shared.horizonYears': 15 }
		],
		['one programme year', { 'shared.programmeYears': 1 }],
		['no discounting', { 'shared.discountRate': 0 }],
		[
			'start after the horizon',
			{ 'own-scheme.startDelayYears': 9, 'fjelltrainee.startDelayYears': 5 }
		],
		[
			'immediate start',
			{ 'trainee-innlandet.startDelayYears': 0, 'own-scheme.startDelayYears': 0 }
		],
		[
			'no trainees',
			{ 'fagskole-scheme.newTraineesPerYear': 0, 'own-scheme.newTraineesPerYear': 0 }
		],
		['pilot longer than the horizon', { 'trainee-innlandet.pilotYears': 12 }],
		['operator pays everything', { 'trainee-innlandet.operatorFundedShare': 1 }],
		['county grant beyond the budget', { 'fjelltrainee.countyGrantPerYear': 5e6 }],
		['fees beyond the budget', { 'own-scheme.membershipFeePerYear': 1e6 }],
		['region pays all of the consortium', { 'naeringshage-consortium.regionCostShare': 1 }],
		['region pays none of the consortium', { 'naeringshage-consortium.regionCostShare': 0 }],
		[
			'consortium split with odd øre, fifteen years',
			{
				'shared.horizonYears': 15,
				'naeringshage-consortium.regionCostShare': 0.2857,
				'naeringshage-consortium.travelPerYear': 90000.07,
				'naeringshage-consortium.countyGrantPerYear': 0
			}
		]
	])('agrees with %s', (_, values) => {
		expect(disagreements(withValues(values))).toEqual([]);
	});

	it('agrees at 300 random valid scenarios', { timeout: 120_000 }, () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				expect(disagreements(s)).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('allocateOwnShare = allocate(…)[0]', () => {
	it('matches the decimal allocation to the øre', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e8, noNaN: true }),
				fc.oneof(
					fc.double({ min: 0, max: 1, noNaN: true }),
					fc.constantFrom(0, 1, 0.5, 0.25, 0.3333, 0.2)
				),
				(amount, own) => {
					const partner = new Decimal(1).minus(own).dividedBy(2);
					const exact = allocate(new Decimal(amount), [new Decimal(own), partner, partner])[0]!;
					expect(Math.abs(allocateOwnShare(amount, own) - exact.toNumber())).toBeLessThanOrEqual(
						0.01
					);
				}
			),
			{ numRuns: 2000 }
		);
	});
	it('hands remaining øre to the largest fractional parts first', () => {
		// 1.00 NOK = 100 øre in [0.5, 0.25, 0.25]: exactly 50 / 25 / 25.
		expect(allocateOwnShare(1, 0.5)).toBe(0.5);
		// 1 øre in [0.5, 0.25, 0.25]: fractions 0.5 / 0.25 / 0.25, so Sør-Østerdal gets it.
		expect(allocateOwnShare(0.01, 0.5)).toBe(0.01);
		// 2 øre in [0.2, 0.4, 0.4]: fractions 0.4 / 0.8 / 0.8, so both go to the partners.
		expect(allocateOwnShare(0.02, 0.2)).toBe(0);
		// 3 øre in [0.6, 0.2, 0.2]: 1.8 / 0.6 / 0.6 → floors 1 / 0 / 0, the 2 left to parties 0, 1.
		expect(allocateOwnShare(0.03, 0.6)).toBe(0.02);
		// (With ratios that are finite decimals, equal non-zero fractions cannot occur: they would
		// have to be thirds. The tie rule therefore never decides between Sør-Østerdal and a partner.)
	});
});
