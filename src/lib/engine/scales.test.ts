// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { DEFAULT_HORIZON, PRECOMPUTED_SCALES, deriveScales, valueScales } from './scales';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { intervalScale } from './scoring';

const SALARY = 'own-scheme.salaryYear1';
const withValues = (values: Record<string, number>): Scenario => ({ ...DEFAULT_SCENARIO, values });
const value = (s: Scenario, model: string, criterion: string) =>
	evaluate(s).models.find((m) => m.id === model)!.values[criterion]!;

describe('fixed value scales', () => {
	it('are stated for every computed criterion, best and worst ends from the plausible range', () => {
		const scales = valueScales();
		expect(scales.map((s) => s.criterion)).toEqual([
			'company-cost',
			'public-cost',
			'graduates-retained',
			'time-to-start'
		]);
		for (const s of scales) expect(s.low).toBeLessThan(s.high);
		// Costs and time: lower is better, so the best end is the low one.
		expect(scales[0]!.best).toBe(scales[0]!.low);
		expect(scales[2]!.best).toBe(scales[2]!.high);
		expect(evaluate(DEFAULT_SCENARIO).scales).toEqual(scales);
	});

	it('move a model’s own score with its own cost, and no other model’s', () => {
		// By hand: year-1 salary +100 000 kr raises the own scheme's company cost in programme
		// year 0 (undiscounted) by 100 000 × (1 + (0.102 − 1/12) net holiday pay + 0.02 pension)
		// × (1 + 0.141 employer's contribution) = 100 000 × 1.0386667 × 1.141 = 118 511.87 kr.
		// On a fixed scale its value falls by that / (worst − best); every other model's stays.
		const before = evaluate(DEFAULT_SCENARIO);
		const after = evaluate(withValues({ [SALARY]: 640_000 }));
		const s = valueScales()[0]!;
		for (const m of before.models) {
			const a = after.models.find((x) => x.id === m.id)!;
			if (m.id === 'own-scheme')
				expect(a.values['company-cost']! - m.values['company-cost']!).toBeCloseTo(
					-(100_000 * (1 + (0.102 - 1 / 12) + 0.02) * 1.141) / (s.worst - s.best),
					9
				);
			else expect(a.values['company-cost']).toBe(m.values['company-cost']);
		}
		expect(value(withValues({ [SALARY]: 640_000 }), 'own-scheme', 'company-cost')).toBeLessThan(
			value(DEFAULT_SCENARIO, 'own-scheme', 'company-cost')
		);
	});

	it('differ from the old best-of-six rescaling, which moved the others instead', () => {
		// The old scale: best of six = 1, worst = 0. Raising the dearest model's cost left its own
		// value at 0 and moved every other model's value. Costs 100, 150, 200 → 1, 0.5, 0; the
		// dearest raised to 300 → 1, 0.75, 0: the middle model moved, the dearest did not.
		const out = new Float64Array(3);
		intervalScale(Float64Array.of(100, 150, 200), false, out);
		expect(Array.from(out)).toEqual([1, 0.5, 0]);
		intervalScale(Float64Array.of(100, 150, 300), false, out);
		expect(Array.from(out)).toEqual([1, 0.75, 0]);
	});

	it('do not depend on the scenario’s other values, only on its horizon', () => {
		expect(evaluate(withValues({ [SALARY]: 900_000 })).scales).toEqual(valueScales());
		expect(evaluate(withValues({ 'shared.horizonYears': 8 })).scales).not.toEqual(valueScales());
	});
});

describe('the precomputed scales (scales.default.json, `npm run scales`)', () => {
	it('are for the study’s analysis period and equal what the engine derives now, bit for bit', () => {
		expect(PRECOMPUTED_SCALES).not.toBeNull();
		expect(PRECOMPUTED_SCALES).toEqual(deriveScales(DEFAULT_HORIZON));
		expect(valueScales()).toBe(PRECOMPUTED_SCALES);
	});
});
