/**
 * Formatting the charts and the ranking need beyond `$lib/format`: scores on the 0–1 scale with
 * three decimals, and lists of phrases ("a, b og c"). Intl only.
 */
import { INTL_LOCALE, type Locale } from '$lib/i18n';
import type { Decimal } from '$lib/engine';

const scoreFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

/**
 * A score (0–1) with three decimals: `0,731` (nb), `0.731` (en). Axis ticks take fewer digits
 * (`0,1`, `0,05`): at most `digits`, trailing zeros dropped.
 */
export function formatScore(value: number, locale: Locale = 'nb', digits?: number): string {
	const key = `${locale}|${digits ?? 'fixed'}`;
	let f = scoreFormats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(INTL_LOCALE[locale], {
			minimumFractionDigits: digits === undefined ? 3 : 0,
			maximumFractionDigits: digits ?? 3,
			signDisplay: 'negative'
		});
		scoreFormats.set(key, f);
	}
	return f.format(value);
}

/** `a, b og c` (nb), `a, b and c` (en). */
export function formatList(items: readonly string[], locale: Locale = 'nb'): string {
	let f = listFormats.get(locale);
	if (!f) {
		f = new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' });
		listFormats.set(locale, f);
	}
	return f.format(items);
}

/** A decimal amount as a number for drawing (the formatting edge: Chart.js needs numbers). */
export function toPlot(value: Decimal | null): number | null {
	return value === null ? null : value.toNumber();
}
