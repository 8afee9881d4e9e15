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

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		// `signDisplay: 'negative'` keeps a rounded −0 from showing its sign.
		formatter = new Intl.NumberFormat(INTL_LOCALE[locale], { signDisplay: 'negative', ...options });
		formatters.set(key, formatter);
	}
	return formatter;
}

const NOK: Intl.NumberFormatOptions = {
	style: 'currency',
	currency: 'NOK',
	minimumFractionDigits: 0,
	maximumFractionDigits: 0
};
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };
const COUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
const WHOLE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

/** Whole kroner: `540 000 kr` (nb), `NOK 540,000` (en). */
export function formatNok(value: Numeric, locale: Locale = 'nb'): string {
	return numberFormat(locale, NOK).format(toIntlNumeric(value));
}

/** A share (0–1) as a percentage with at most one decimal: `14,1 %` (nb), `14.1%` (en). */
export function formatShare(value: Numeric, locale: Locale = 'nb'): string {
	return numberFormat(locale, PERCENT).format(toIntlNumeric(value));
}

/** A count, with at most one decimal: `2 000` (nb), `2,000` (en). */
export function formatCount(value: Numeric, locale: Locale = 'nb'): string {
	return numberFormat(locale, COUNT).format(toIntlNumeric(value));
}

/** A number of years with its unit word: `2 år`, `1 year`, `2 years`. */
export function formatYears(value: Numeric, locale: Locale = 'nb'): string {
	const numeral = numberFormat(locale, WHOLE).format(toIntlNumeric(value));
	const plural = new Intl.PluralRules(INTL_LOCALE[locale]).select(Number(toIntlNumeric(value)));
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
			return COUNT;
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
	const plural = new Intl.PluralRules(INTL_LOCALE[locale]).select(Number(input));
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
