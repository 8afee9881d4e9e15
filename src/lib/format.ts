/**
 * Number formatting, only through `Intl` (never by hand): `nb-NO` for the Norwegian UI and
 * `en-GB` for the English one. Norwegian output uses the characters CLDR prescribes: U+00A0
 * (no-break space) between thousands and before `kr` and `%`, a decimal comma and U+2212 (true
 * minus sign).
 *
 * Money never passes through a float here: strings and decimals (anything whose `toString()` is
 * a plain decimal numeral, such as a decimal.js `Decimal`) go to `Intl.NumberFormat#format` as
 * numeric strings, which it formats exactly. Plain numbers (the JSON data) are passed as they are.
 */
import { INTL_LOCALE, translate, type Locale, type MessageKey } from './i18n';
import type { Unit } from './data/schema';

/** A decimal value type such as decimal.js's `Decimal`: formatted from its string form. */
export interface DecimalLike {
	toString(): string;
}
export type Numeric = number | string | DecimalLike;

type IntlNumeric = number | `${number}`;

const NUMERAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value as `Intl` takes it: a finite number, or a validated numeric string. */
export function toIntlNumeric(value: Numeric): IntlNumeric {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new RangeError(`format: not a finite number: ${value}`);
		return value;
	}
	const text = (typeof value === 'string' ? value : value.toString()).trim();
	if (!NUMERAL.test(text)) throw new RangeError(`format: not a number: '${text}'`);
	return text as `${number}`;
}

const formatters = new Map<string, Intl.NumberFormat>();
/**
 * The same formatters by the options object itself: the options are module constants (or merged
 * once, `merged`), so most calls skip writing the key. Making an `Intl.NumberFormat` and keying
 * it by JSON on every call was the page's largest single cost at load (a CPU profile: 75 ms).
 */
const byOptions = new WeakMap<
	Intl.NumberFormatOptions,
	Partial<Record<Locale, Intl.NumberFormat>>
>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	let perLocale = byOptions.get(options);
	const known = perLocale?.[locale];
	if (known) return known;
	const key = `${locale}|${JSON.stringify(options)}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		// `signDisplay: 'negative'` keeps a rounded −0 from showing its sign (differences
		// override it with 'exceptZero').
		formatter = new Intl.NumberFormat(INTL_LOCALE[locale], { signDisplay: 'negative', ...options });
		formatters.set(key, formatter);
	}
	if (!perLocale) byOptions.set(options, (perLocale = {}));
	perLocale[locale] = formatter;
	return formatter;
}

const mergedOptions = new WeakMap<object, WeakMap<object, Intl.NumberFormatOptions>>();

/** `{ ...a, ...b }`, made once per pair of option objects (so `numberFormat` finds it by identity). */
function merged(
	a: Intl.NumberFormatOptions,
	b: Intl.NumberFormatOptions
): Intl.NumberFormatOptions {
	let withA = mergedOptions.get(a);
	if (!withA) mergedOptions.set(a, (withA = new WeakMap()));
	let both = withA.get(b);
	if (!both) withA.set(b, (both = { ...a, ...b }));
	return both;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The plural category of a number (`one`, `other`), with one `Intl.PluralRules` per language:
 * making one is as dear as making a number format (it loads the locale's rules).
 */
export function pluralOf(value: number, locale: Locale): Intl.LDMLPluralRule {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale])));
	return rules.select(value);
}

/** How many decimals a number shows, in `Intl`'s own terms. */
export type FractionDigits = Pick<
	Intl.NumberFormatOptions,
	'minimumFractionDigits' | 'maximumFractionDigits'
>;

/** At most one decimal: counts, shares, parameter values. */
export const ONE_DECIMAL: FractionDigits = { maximumFractionDigits: 1 };
/** Whole numbers. */
export const WHOLE: FractionDigits = { maximumFractionDigits: 0 };
/** Scores on the 0–1 scale: always three decimals, so that they line up and compare. */
export const SCORE_DIGITS: FractionDigits = { minimumFractionDigits: 3, maximumFractionDigits: 3 };

/** Whole kroner, rounded half-to-even like the engine's decimals (`money.ts`). */
const NOK: Intl.NumberFormatOptions = {
	style: 'currency',
	currency: 'NOK',
	minimumFractionDigits: 0,
	maximumFractionDigits: 0,
	roundingMode: 'halfEven'
};
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', ...ONE_DECIMAL };
/** A difference: `+` before a gain, `−` before a loss, no sign on zero (after rounding). */
const SIGNED: Intl.NumberFormatOptions = { signDisplay: 'exceptZero' };
/** Kroner to two significant digits, and millions in words. */
const NOK_ROUNDED: Intl.NumberFormatOptions = { ...NOK, maximumSignificantDigits: 2 };
const NOK_MILLIONS: Intl.NumberFormatOptions = {
	...NOK_ROUNDED,
	notation: 'compact',
	compactDisplay: 'short'
};

function format(value: Numeric, locale: Locale, options: Intl.NumberFormatOptions): string {
	return numberFormat(locale, options).format(toIntlNumeric(value));
}

/**
 * Make the formatters the first screen uses (kroner, shares, plurals). The first `Intl` object a
 * page makes loads the locale's data, its costliest step: the page does this in a task of its
 * own, so that it does not lengthen the task that builds the answer (issue 11).
 */
export function warmUp(locale: Locale): void {
	numberFormat(locale, NOK);
	numberFormat(locale, PERCENT);
	pluralOf(1, locale);
}

/** Whole kroner: `540 000 kr` (nb), `NOK 540,000` (en); half a krone rounds to even. */
export function formatNok(value: Numeric, locale: Locale = 'nb'): string {
	return format(value, locale, NOK);
}

/**
 * An amount rounded for reading, not for accounts, to two significant digits: millions in words
 * (`2,4 mill. kr`, `NOK 2.4m`, `12 mill. kr`), smaller amounts in full (`590 000 kr`).
 * For the ends of a scale, where the exact krone is noise.
 */
export function formatNokRounded(value: Numeric, locale: Locale = 'nb'): string {
	const input = toIntlNumeric(value);
	// From 995 000 two significant digits would read 1 000 000: say 1 mill. instead.
	const millions = Math.abs(Number(input)) >= 995_000;
	return format(input, locale, millions ? NOK_MILLIONS : NOK_ROUNDED);
}

/** A difference in whole kroner with its sign: `+5 808 kr`, `−2 961 kr`, `0 kr`. */
export function formatSignedNok(value: Numeric, locale: Locale = 'nb'): string {
	return format(value, locale, merged(NOK, SIGNED));
}

/**
 * A share (0–1) as a percentage with at most one decimal: `14,1 %` (nb), `14.1%` (en). Tables
 * pass `{ minimumFractionDigits: 1, maximumFractionDigits: 1 }` so that a column lines up.
 */
export function formatShare(
	value: Numeric,
	locale: Locale = 'nb',
	digits: FractionDigits = ONE_DECIMAL
): string {
	return format(value, locale, merged(PERCENT, digits));
}

/** A count, with at most one decimal: `2 000` (nb), `2,000` (en). */
export function formatCount(value: Numeric, locale: Locale = 'nb'): string {
	return format(value, locale, ONE_DECIMAL);
}

/** A score on the 0–1 scale with three decimals: `0,731` (nb), `0.731` (en). */
export function formatScore(value: Numeric, locale: Locale = 'nb'): string {
	return format(value, locale, SCORE_DIGITS);
}

/** A plain number with as many decimals as `digits` allows: `0,035`, `10 000`. */
export function formatNumber(value: Numeric, locale: Locale, digits: FractionDigits): string {
	return format(value, locale, digits);
}

/** A plain number as a difference with its sign: `+0,012`, `−1`, `0`. */
export function formatSignedNumber(value: Numeric, locale: Locale, digits: FractionDigits): string {
	return format(value, locale, merged(digits, SIGNED));
}

/** A number of years with its unit word: `2 år`, `1 year`, `2 years`. */
export function formatYears(value: Numeric, locale: Locale = 'nb'): string {
	const numeral = format(value, locale, WHOLE);
	const plural = pluralOf(Number(toIntlNumeric(value)), locale);
	return translate(locale, plural === 'one' ? 'unit.years.one' : 'unit.years.other', {
		value: numeral
	});
}

/** The `Intl` options for the number part of a value in `unit`. */
function optionsFor(unit: Unit): Intl.NumberFormatOptions {
	switch (unit) {
		case 'nok':
		case 'nok-per-year':
		case 'nok-per-company-per-year':
		case 'nok-per-trainee-per-year':
		case 'nok-per-trainee-per-tertial':
			return NOK;
		case 'share':
		case 'position-share':
		case 'rate-per-year':
			return PERCENT;
		case 'years':
			return WHOLE;
		case 'count':
		case 'count-per-year':
			return ONE_DECIMAL;
	}
}

function phrase(unit: Unit, numeral: string, locale: Locale, plural: 'one' | 'other'): string {
	const key: MessageKey =
		unit === 'years' ? (plural === 'one' ? 'unit.years.one' : 'unit.years.other') : `unit.${unit}`;
	return translate(locale, key, { value: numeral });
}

/**
 * A value in any data unit, with the unit in words from the message catalogue:
 * `29 013 kr per trainee per tertial`, `20 000 kr per år`, `50 % av en stilling`, `2 år`.
 */
export function formatByUnit(value: Numeric, unit: Unit, locale: Locale = 'nb'): string {
	const input = toIntlNumeric(value);
	const numeral = numberFormat(locale, optionsFor(unit)).format(input);
	const plural = pluralOf(Number(input), locale);
	return phrase(unit, numeral, locale, plural === 'one' ? 'one' : 'other');
}

/**
 * A range in any data unit, `57–60` or `540 000–600 000 kr per år`, as `Intl` writes ranges.
 * Equal ends give a single value.
 */
export function formatRangeByUnit(
	low: Numeric,
	high: Numeric,
	unit: Unit,
	locale: Locale = 'nb'
): string {
	const start = toIntlNumeric(low);
	const end = toIntlNumeric(high);
	if (String(start) === String(end)) return formatByUnit(low, unit, locale);
	const numeral = numberFormat(locale, optionsFor(unit)).formatRange(start, end);
	return phrase(unit, numeral, locale, 'other');
}

const listFormats = new Map<Locale, Intl.ListFormat>();
/**
 * Lists already written, by locale and items: `Intl.ListFormat#format` takes tens of
 * microseconds, and a slider step writes the same few lists of criteria over and over (a third
 * of a millisecond a step, issue 11). Emptied when it grows past `LISTS_KEPT`.
 */
const lists = new Map<string, string>();
const LISTS_KEPT = 2000;

/** `a, b og c` (nb), `a, b and c` (en). */
export function formatList(items: readonly string[], locale: Locale = 'nb'): string {
	// U+0000 never occurs in a name: the key is unambiguous.
	const key = `${locale}\u0000${items.join('\u0000')}`;
	const known = lists.get(key);
	if (known !== undefined) return known;
	let f = listFormats.get(locale);
	if (!f) {
		f = new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' });
		listFormats.set(locale, f);
	}
	const text = f.format(items);
	if (lists.size >= LISTS_KEPT) lists.clear();
	lists.set(key, text);
	return text;
}
