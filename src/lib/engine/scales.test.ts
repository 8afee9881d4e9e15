// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { criteria, parameters, UNIT_BOUNDS } from '../data';
import { evaluate } from './evaluate';
import { KERNEL_CRITERIA, MODEL_COUNT, kernelPlan, runKernel } from './kernel';
import { Rng, triangular } from './random';
import {
	DEFAULT_HORIZON,
	deriveScales,
	PRECOMPUTED,
	quantile,
	SCALE_DERIVATION,
	scaleOf,
	valueScales
} from './scales';
import { requiredParameterIds } from './spec';
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

describe('quantile', () => {
	it('interpolates linearly between the sorted neighbours', () => {
		// 0, 10, 20, 30: q = 0.5 → position 3 × 0.5 = 1.5 → 10 × 0.5 + 20 × 0.5 = 15.
		expect(quantile([0, 10, 20, 30], 0.5)).toBe(15);
		// q = 0.025 → position 0.075 → 0 × 0.925 + 10 × 0.075 = 0.75.
		expect(quantile([0, 10, 20, 30], 0.025)).toBeCloseTo(0.75, 12);
		// q = 0.975 → position 2.925 → 20 × 0.075 + 30 × 0.925 = 29.25.
		expect(quantile([0, 10, 20, 30], 0.975)).toBeCloseTo(29.25, 12);
		// The top end and a single value have no upper neighbour: the value itself.
		expect(quantile([0, 10, 20, 30], 1)).toBe(30);
		expect(quantile([5], 0.975)).toBe(5);
	});
});

describe('the derivation of the scales, as the module comment states it', () => {
	it('matches a plain re-derivation: triangular draws of the used, uncertain parameters, central 95 %', () => {
		// Written from the comment in scales.ts, not from its code: 1000 draws with seed 20240826
		// (stream 0); every parameter the engine reads with low < high, except the analysis
		// period, drawn in data order from triangular(low, default, high), whole-number units
		// rounded; per model the 2.5th and 97.5th percentile (linear between neighbours, position
		// (n − 1) × q); a scale runs from the lowest such end of any model to the highest.
		expect(SCALE_DERIVATION).toEqual({ draws: 1000, seed: 20240826, central: 0.95 });
		const used = new Set(requiredParameterIds());
		const x = Float64Array.from(parameters, (p) => p.default);
		const plan = kernelPlan();
		const K = KERNEL_CRITERIA.length;
		const results: number[][] = Array.from({ length: K * MODEL_COUNT }, () => []);
		const out = new Float64Array(K * MODEL_COUNT);
		const rng = new Rng(20240826, 0);
		for (let s = 0; s < 1000; s++) {
			parameters.forEach((p, i) => {
				if (!used.has(p.id) || !(p.range[0] < p.range[1]) || p.id === 'shared.horizonYears') return;
				const v = triangular(rng, p.range[0], p.default, p.range[1]);
				x[i] = UNIT_BOUNDS[p.unit].integer ? Math.round(v) : v;
			});
			runKernel(plan, x, out);
			out.forEach((v, j) => results[j]!.push(v));
		}
		const pct = (xs: number[], q: number) => {
			const s = [...xs].sort((a, b) => a - b);
			const h = (s.length - 1) * q;
			const lo = Math.floor(h);
			return s[lo]! + (h - lo) * (s[lo + 1]! - s[lo]!);
		};
		// Derived afresh: valueScales keeps what it derived once, in a module a test run may reuse.
		const scales = deriveScales(DEFAULT_HORIZON);
		expect(valueScales()).toEqual(scales);
		KERNEL_CRITERIA.forEach((id, k) => {
			const rows = results.slice(k * MODEL_COUNT, (k + 1) * MODEL_COUNT);
			const low = Math.min(...rows.map((r) => pct(r, 0.025)));
			const high = Math.max(...rows.map((r) => pct(r, 0.975)));
			const s = scales[k]!;
			expect(s.criterion).toBe(id);
			expect(s.low).toBeCloseTo(low, 6);
			expect(s.high).toBeCloseTo(high, 6);
			const higher = criteria.find((c) => c.id === id)!.direction === 'higher';
			expect([s.worst, s.best]).toEqual(higher ? [s.low, s.high] : [s.high, s.low]);
		});
	});

	it('holds the analysis period at the scenario’s, and looks a criterion up by id', () => {
		expect(DEFAULT_HORIZON).toBe(parameters.find((p) => p.id === 'shared.horizonYears')!.default);
		// Over 8 years instead of the study's 5 the totals, and so the scales, are others.
		expect(deriveScales(8)).not.toEqual(deriveScales(DEFAULT_HORIZON));
		expect(scaleOf('public-cost')).toEqual(valueScales()[1]);
		expect(scaleOf('time-to-start', 8)).toEqual(valueScales(8)[3]);
		expect(scaleOf('ownership')).toBeUndefined();
		// The same horizon gives the same scales each time (derived once, then reused).
		expect(valueScales(8)).toBe(valueScales(8));
	});
});

describe('the precomputed scales (scales.default.json, `npm run scales`)', () => {
	it('are for the study’s analysis period and equal what the engine derives now, bit for bit', () => {
		expect(PRECOMPUTED.horizonYears).toBe(DEFAULT_HORIZON);
		expect(PRECOMPUTED.scales).toEqual(deriveScales(DEFAULT_HORIZON));
		// The page's first evaluation uses them as they are, without deriving.
		expect(valueScales()).toBe(PRECOMPUTED.scales);
	});
});
