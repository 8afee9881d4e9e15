/**
 * Words and numbers the scenario bar shows: counts of changes with their plural, a saved
 * scenario's name or the default one, the time it was saved, and the comparison's values and
 * signed differences (`+5 808 kr`, `−1`) by kind, formatted by `$lib/format`. Only through
 * `Intl` and the message catalogue. Pure.
 */
import {
	formatCount,
	formatNok,
	formatNumber,
	formatSignedNok,
	formatSignedNumber,
	ONE_DECIMAL,
	pluralOf,
	SCORE_DIGITS,
	WHOLE,
	type FractionDigits,
	type Numeric
} from '../format';
import { INTL_LOCALE, translate, type Locale } from '../i18n';

/** `Ingen endringer fra forstudien`, `1 endring fra forstudien`, `3 endringer`, … */
export function changesText(count: number, locale: Locale, form: 'fromStudy' | 'count'): string {
	if (count === 0) return translate(locale, `scenarios.${form}.none`);
	const plural = pluralOf(count, locale);
	return translate(locale, `scenarios.${form}.${plural === 'one' ? 'one' : 'other'}`, {
		count: formatCount(count, locale)
	});
}

/** The scenario's name, or `Uten navn` when it has none. */
/**
 * A scenario's name as part of a file name: its letters (Norwegian ones too) and digits, lower
 * case, anything else a hyphen, at most 60 characters; '' when it has no name.
 */
export function scenarioSlug(name: string | undefined): string {
	return (name ?? '')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

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

const DIGITS: Record<Exclude<SignedKind, 'nok'>, FractionDigits> = {
	count: ONE_DECIMAL,
	score: SCORE_DIGITS,
	whole: WHOLE
};

/** A value (a decimal's string form is formatted exactly): `0,731`, `3`, `1 234 567 kr`. */
export function formatPlain(value: Numeric, kind: SignedKind, locale: Locale): string {
	return kind === 'nok' ? formatNok(value, locale) : formatNumber(value, locale, DIGITS[kind]);
}

/** A difference with its sign: `+5 808 kr`, `−1`, `+0,012`; zero (after rounding) unsigned. */
export function formatSigned(value: Numeric, kind: SignedKind, locale: Locale): string {
	return kind === 'nok'
		? formatSignedNok(value, locale)
		: formatSignedNumber(value, locale, DIGITS[kind]);
}
