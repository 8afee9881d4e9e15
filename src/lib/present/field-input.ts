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

/** The value typed in a parameter's field (in the field's units: percent for shares). */
export function parseParameterInput(text: string, unit: Unit, locale: Locale): number {
	return fromFieldNumber(parseLocaleNumber(normaliseTyped(text, locale)), unit);
}

/** The points typed in a criterion's weight field. */
export function parseWeightInput(text: string, locale: Locale): number {
	return parseLocaleNumber(normaliseTyped(text, locale));
}
