/**
 * What a user types in a number field, read as a value: Norwegian or English digits, a percent
 * field's number as a share. The page's fields (a parameter's value, a criterion's points) call
 * these and hand the number to the scenario state, which validates it. Pure.
 */
import type { Unit } from '../data';
import type { Locale } from '../i18n';
import { fromFieldNumber, normaliseTyped } from '../assumptions';

/**
 * A number as a Norwegian or English user types it: `540 000`, `540000`, `14,1`, `0.141`,
 * with a true minus sign or a hyphen. Returns NaN for anything else.
 */
export function parseLocaleNumber(text: string): number {
	const cleaned = text
		.trim()
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/\u2212/g, '-')
		.replace(',', '.');
	if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
	return Number(cleaned);
}

/** A currency word before or after the number, and the `,-` Norwegians write after whole kroner. */
const CURRENCY = /^(?:kr\.?|nok)\s*|\s*(?:kr\.?|nok)$|,[-\u2013]$/gi;
/** Dots between groups of three digits: `540.000`, `1.250.000`, `540.000,50` (the study's way). */
const DOTTED_THOUSANDS = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d*)?$/;

/**
 * Text typed in a field, made readable for `parseLocaleNumber`. Money as the study writes it is
 * taken as meant: `kr 540.000`, `540.000,-` and `510.000` are 540 000 and 510 000 in Norwegian
 * (dots group thousands there), never 510. In English a comma groups thousands (`540,000`) and a
 * dot is the decimal point. A number that mixes the two ways (`1.5,0`) is refused (NaN).
 */
export function readTyped(text: string, locale: Locale): string {
	const bare = text.trim().replace(CURRENCY, '').trim();
	if (locale === 'en') return normaliseTyped(bare, locale);
	const compact = bare.replace(/[\s\u00a0\u202f]/g, '');
	if (DOTTED_THOUSANDS.test(compact)) return compact.replace(/\./g, '');
	// Otherwise a dot is a decimal point (`14.1`); a dot and a comma together are refused.
	return /\./.test(compact) && /,/.test(compact) ? 'NaN' : bare;
}

/** The value typed in a parameter's field (in the field's units: percent for shares). */
export function parseParameterInput(text: string, unit: Unit, locale: Locale): number {
	return fromFieldNumber(parseLocaleNumber(readTyped(text, locale)), unit);
}

/** The points typed in a criterion's weight field. */
export function parseWeightInput(text: string, locale: Locale): number {
	return parseLocaleNumber(readTyped(text, locale));
}
