// @vitest-environment node
/** Money arithmetic at its edges: the Decimal settings, øre rounding, the remainder rule. */
import { describe, expect, it } from 'vitest';
import { valueOf } from './costs';
import { Decimal, ONE, ZERO, allocate, max, min, presentValue, sum } from './money';
import { UnknownIdError } from '../errors';

const d = (x: number | string) => new Decimal(x);
const fixed = (xs: Decimal[]) => xs.map((x) => x.toFixed(2));

describe('Decimal settings', () => {
	it('keeps 34 significant digits', () => {
		expect(ONE.dividedBy(3).toString()).toBe(`0.${'3'.repeat(34)}`);
	});
	it('rounds half to even', () => {
		expect(d('2.5').toDecimalPlaces(0).toString()).toBe('2');
		expect(d('3.5').toDecimalPlaces(0).toString()).toBe('4');
		expect(d('0.125').toDecimalPlaces(2).toString()).toBe('0.12');
	});
	it('writes small and large amounts without exponents', () => {
		expect(d('1e-7').toString()).toBe('0.0000001');
		expect(d('1e21').toString()).toBe('1000000000000000000000');
	});
});

describe('sum, min and max', () => {
	it('work whichever side the larger value is on', () => {
		expect(sum([]).toString()).toBe('0');
		expect(sum([d(1), d('2.5'), d(-1)]).toString()).toBe('2.5');
		expect(max(d(1), d(2)).toString()).toBe('2');
		expect(max(d(2), d(1)).toString()).toBe('2');
		expect(min(d(1), d(2)).toString()).toBe('1');
		expect(min(d(2), d(1)).toString()).toBe('1');
		expect(ZERO.toString()).toBe('0');
	});
});

describe('allocate', () => {
	it('refuses an empty list of ratios', () => {
		expect(() => allocate(d(1), [])).toThrow('allocate: no ratios');
		expect(() => allocate(d(1), [d(0)])).toThrow(
			'allocate: ratios must be non-negative with a positive sum'
		);
	});

	it('rounds the amount to whole øre, half to even, before splitting', () => {
		// 0.125 NOK = 12.5 øre → 12 øre; 0.375 NOK = 37.5 øre → 38 øre
		expect(fixed(allocate(d('0.125'), [d(1)]))).toEqual(['0.12']);
		expect(fixed(allocate(d('0.375'), [d(1)]))).toEqual(['0.38']);
	});

	it('hands the øre left over to the largest fractional parts first', () => {
		// 1 øre as 1:2: exact 1/3 and 2/3 øre, floors 0 and 0; the øre goes to the 2/3.
		expect(fixed(allocate(d('0.01'), [d(1), d(2)]))).toEqual(['0.00', '0.01']);
		// 2 øre in three equal parts: 2/3 each, floors 0; equal fractions → the first two.
		expect(fixed(allocate(d('0.02'), [d(1), d(1), d(1)]))).toEqual(['0.01', '0.01', '0.00']);
		// 5 øre as 1:1:2: exact 1.25, 1.25, 2.5 → floors 1, 1, 2 (4); the last øre to the 0.5.
		expect(fixed(allocate(d('0.05'), [d(1), d(1), d(2)]))).toEqual(['0.01', '0.01', '0.03']);
	});

	it('leaves a zero ratio nothing', () => {
		expect(fixed(allocate(d(10), [d(0), d(1)]))).toEqual(['0.00', '10.00']);
	});
});

describe('presentValue', () => {
	it('discounts each later year once more', () => {
		// 100 + 110/1.1 + 121/1.1² = 100 + 100 + 100 = 300
		expect(presentValue([d(100), d(110), d(121)], d('0.1')).toFixed(10)).toBe('300.0000000000');
		expect(presentValue([], d('0.1')).toString()).toBe('0');
	});
});

describe('valueOf', () => {
	it('names a parameter that has no value', () => {
		expect(() => valueOf(new Map(), 'shared.nothing')).toThrow(UnknownIdError);
		expect(() => valueOf(new Map(), 'shared.nothing')).toThrow(
			"engine: unknown parameter 'shared.nothing'"
		);
		expect(valueOf(new Map([['a', d(0)]]), 'a').toString()).toBe('0');
	});
});
