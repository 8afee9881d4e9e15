// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, allocate, presentValue, sum } from './money';

const d = (x: number | string) => new Decimal(x);

describe('allocate', () => {
	it('splits 100 kr in three as 33.34 + 33.33 + 33.33', () => {
		expect(allocate(d(100), [d(1), d(1), d(1)]).map((x) => x.toFixed(2))).toEqual([
			'33.34',
			'33.33',
			'33.33'
		]);
	});

	it('splits by ratio: 1 000 kr as 1:3 gives 250 and 750', () => {
		expect(allocate(d(1000), [d(1), d(3)]).map((x) => x.toFixed(2))).toEqual(['250.00', '750.00']);
	});

	it('rejects negative or all-zero ratios', () => {
		expect(() => allocate(d(1), [d(0), d(0)])).toThrow();
		expect(() => allocate(d(1), [d(-1), d(2)])).toThrow();
	});

	it('always preserves the sum (to the øre)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e12 }),
				fc
					.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 })
					.filter((r) => r.some((x) => x > 0)),
				(ore, ratios) => {
					const amount = d(ore).dividedBy(100);
					const parts = allocate(amount, ratios.map(d));
					return sum(parts).equals(amount) && parts.every((p) => !p.isNegative());
				}
			)
		);
	});
});

describe('presentValue', () => {
	it('does not discount year 0: 100 + 104/1.04 = 200', () => {
		expect(presentValue([d(100), d(104)], d(0.04)).toFixed(10)).toBe('200.0000000000');
	});

	it('is never above the undiscounted total for a positive rate', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 50 }),
				fc.double({ min: 0.0001, max: 0.5, noNaN: true }),
				(series, rate) => presentValue(series.map(d), d(rate)).lessThanOrEqualTo(sum(series.map(d)))
			)
		);
	});
});
