/**
 * Number formatting for the command line's tables, only through `Intl` ('nb-NO' or 'en-GB').
 * Money goes to `Intl.NumberFormat#format` as the decimal's exact string, never as a float, and is
 * rounded to whole kroner half-to-even, as the engine rounds.
 */
import type { Decimal } from '../lib/engine';
import { CLI_INTL_LOCALE, type CliLocale } from './messages';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: CliLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang}|${JSON.stringify(options)}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(CLI_INTL_LOCALE[lang], { signDisplay: 'negative', ...options });
		cache.set(key, f);
	}
	return f;
}

/** Whole kroner: `1 639 848 kr` (nb), `NOK 1,639,848` (en); `–` for null. */
export function formatNok(value: Decimal | null, lang: CliLocale): string {
	if (value === null) return '–';
	return formatter(lang, {
		style: 'currency',
		currency: 'NOK',
		minimumFractionDigits: 0,
		maximumFractionDigits: 0,
		roundingMode: 'halfEven'
	}).format(value.toFixed() as `${number}`);
}

/** A probability or share as a percentage with one decimal: `45,2 %`; `–` for null. */
export function formatPercent(value: number | null, lang: CliLocale): string {
	if (value === null) return '–';
	return formatter(lang, {
		style: 'percent',
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(value);
}

/** A plain number with exactly `digits` decimals (scores). */
export function formatFixed(value: number, digits: number, lang: CliLocale): string {
	return formatter(lang, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** A number with at most `maxDigits` decimals (counts, parameter values). */
export function formatNumber(value: number | Decimal, lang: CliLocale, maxDigits = 1): string {
	const v = typeof value === 'number' ? value : (value.toFixed() as `${number}`);
	return formatter(lang, { maximumFractionDigits: maxDigits }).format(v);
}
