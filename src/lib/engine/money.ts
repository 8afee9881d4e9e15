/**
 * Money arithmetic. Every amount of money in the engine is a `Decimal` from this clone, from the
 * parsed input to the formatted output; floats appear only in the Monte Carlo kernel (`kernel.ts`).
 *
 * Rounding is chosen once, here: banker's rounding (half-even) with 34 significant digits, and
 * the only place amounts are rounded to whole øre is `allocate`, which then preserves the sum.
 */
import DecimalJs from 'decimal.js';

export const Decimal = DecimalJs.clone({
	precision: 34,
	rounding: DecimalJs.ROUND_HALF_EVEN,
	toExpNeg: -30,
	toExpPos: 30
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** Sum of a list of decimals. */
export function sum(values: readonly Decimal[]): Decimal {
	let total = ZERO;
	for (const v of values) total = total.plus(v);
	return total;
}

export function max(a: Decimal, b: Decimal): Decimal {
	return a.greaterThan(b) ? a : b;
}

export function min(a: Decimal, b: Decimal): Decimal {
	return a.lessThan(b) ? a : b;
}

/** The number of tertials (four-month billing periods) in a year. */
export const TERTIALS_PER_YEAR = 3;

/**
 * Split `amount` among parties in proportion to `ratios`, in whole øre, so that the parts add up
 * to `amount` rounded to øre. Remainders go to the largest fractional parts first (ties to the
 * earlier party), as in dinero.js's `allocate`. Ratios must be non-negative with a positive sum.
 */
export function allocate(amount: Decimal, ratios: readonly Decimal[]): Decimal[] {
	if (ratios.length === 0) throw new RangeError('allocate: no ratios');
	const total = sum(ratios);
	if (ratios.some((r) => r.isNegative()) || !total.greaterThan(0))
		throw new RangeError('allocate: ratios must be non-negative with a positive sum');
	const ore = amount.times(100).toDecimalPlaces(0);
	const exact = ratios.map((r) => ore.times(r).dividedBy(total));
	const floors = exact.map((e) => e.floor());
	let remainder = ore.minus(sum(floors)).toNumber();
	// Largest fraction first; Array.prototype.sort is stable (ES2019), so equal fractions keep
	// party order: the earlier party first.
	const order = exact
		.map((e, i) => ({ i, frac: e.minus(floors[i]!) }))
		.sort((a, b) => b.frac.comparedTo(a.frac));
	// Stryker disable next-line MethodExpression: `floors` is not used after this; a copy or not, the parts are the same
	const parts = floors.slice();
	for (let k = 0; remainder > 0; k = (k + 1) % parts.length, remainder--) {
		const i = order[k]!.i;
		parts[i] = parts[i]!.plus(1);
	}
	return parts.map((p) => p.dividedBy(100));
}

/** Present value of a series whose first element is year 0. */
export function presentValue(series: readonly Decimal[], rate: Decimal): Decimal {
	let pv = ZERO;
	let factor = ONE;
	const growth = ONE.plus(rate);
	for (const amount of series) {
		pv = pv.plus(amount.dividedBy(factor));
		factor = factor.times(growth);
	}
	return pv;
}
