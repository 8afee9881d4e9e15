/**
 * Words and numbers the scenario bar shows beyond `$lib/format`: counts of changes with their
 * plural, a saved scenario's name or the default one, the time it was saved, and signed
 * differences (`+5 808 kr`, `−1`). Only through `Intl` and the message catalogue. Pure.
 */
import { toIntlNumeric, type Numeric } from '$lib/format';
import { INTL_LOCALE, translate, type Locale } from '$lib/i18n';

/** `Ingen endringer fra forstudien`, `1 endring fra forstudien`, `3 endringer`, … */
export function changesText(count: number, locale: Locale, form: 'fromStudy' | 'count'): string {
	if (count === 0) return translate(locale, `scenarios.${form}.none`);
	const plural = new Intl.PluralRules(INTL_LOCALE[locale]).select(count);
	const numeral = new Intl.NumberFormat(INTL_LOCALE[locale]).format(count);
	return translate(locale, `scenarios.${form}.${plural === 'one' ? 'one' : 'other'}`, {
		count: numeral
	});
}

/** The scenario's name, or `Uten navn` when it has none. */
export function displayName(name: string | undefined, locale: Locale): string {
	const trimmed = name?.trim();
	return trimmed ? trimmed : translate(locale, 'scenarios.untitled');
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A save time as `3. mars 2025, 14:05` (nb) or `3 Mar 2025, 14:05` (en). */
export function formatSavedAt(iso: string, locale: Locale): string {
	let f = dateFormats.get(locale);
	if (!f) {
		f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' });
		dateFormats.set(locale, f);
	}
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : f.format(date);
}

export type SignedKind = 'nok' | 'count' | 'score' | 'whole';

const SIGNED: Record<SignedKind, Intl.NumberFormatOptions> = {
	nok: { style: 'currency', currency: 'NOK', minimumFractionDigits: 0, maximumFractionDigits: 0 },
	count: { maximumFractionDigits: 1 },
	score: { minimumFractionDigits: 3, maximumFractionDigits: 3 },
	whole: { maximumFractionDigits: 0 }
};

const signedFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, kind: SignedKind, signed: boolean): Intl.NumberFormat {
	const key = `${locale}|${kind}|${signed}`;
	let f = signedFormats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(INTL_LOCALE[locale], {
			...SIGNED[kind],
			signDisplay: signed ? 'exceptZero' : 'negative'
		});
		signedFormats.set(key, f);
	}
	return f;
}

/** A value (a decimal's string form is formatted exactly): `0,731`, `3`, `1 234 567 kr`. */
export function formatPlain(value: Numeric, kind: SignedKind, locale: Locale): string {
	return numberFormat(locale, kind, false).format(toIntlNumeric(value));
}

/** A difference with its sign: `+5 808 kr`, `−1`, `+0,012`; zero (after rounding) unsigned. */
export function formatSigned(value: Numeric, kind: SignedKind, locale: Locale): string {
	return numberFormat(locale, kind, true).format(toIntlNumeric(value));
}
