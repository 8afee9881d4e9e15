/**
 * A table cell as a reader sees it (`text`, formatted through `Intl` in the user's language)
 * with, for a figure, the number behind it (`number`) and how it was shown, so that a CSV file
 * can write the same figure as a number a spreadsheet reads (`present/csv.ts`). One helper per
 * kind of figure makes the text and the number together, so the two cannot drift apart.
 *
 * Pure; imports only `format.ts` (the page's charts use it without the outputs' catalogue).
 */
import {
	formatCount,
	formatNok,
	formatNumber,
	formatScore,
	formatShare,
	ONE_DECIMAL,
	SCORE_DIGITS,
	WHOLE,
	type FractionDigits,
	type Numeric
} from '../format';
import type { Locale } from '../i18n';

/** What a cell shows where there is no value (no graduates, no SMAA). */
export const NONE = '–';

/**
 * How a figure is shown: `nok` in whole kroner (half to even), `share` as a percentage of a
 * 0–1 value, `number` as a plain number with `digits`.
 */
export type NumberKind = 'nok' | 'share' | 'number';

export interface CellNumber {
	readonly value: Numeric;
	readonly kind: NumberKind;
	/** The decimals shown (for `share`, of the percentage); money is always whole kroner. */
	readonly digits: FractionDigits;
}

export interface Cell {
	readonly text: string;
	/** The figure behind the text; absent for words and for `–`. */
	readonly number?: CellNumber;
}

/** Words, or a figure kept as text (a range, a value with its unit). */
export function textCell(text: string): Cell {
	return { text };
}

/** Whole kroner, `540 000 kr`; `–` for no value. */
export function nokCell(value: Numeric | null, locale: Locale): Cell {
	if (value === null) return { text: NONE };
	return { text: formatNok(value, locale), number: { value, kind: 'nok', digits: WHOLE } };
}

/** A 0–1 share as a percentage, `14,1 %`; `–` for no value. */
export function shareCell(
	value: number | null,
	locale: Locale,
	digits: FractionDigits = ONE_DECIMAL
): Cell {
	if (value === null) return { text: NONE };
	return { text: formatShare(value, locale, digits), number: { value, kind: 'share', digits } };
}

/** A score on the 0–1 scale with three decimals, `0,731`. */
export function scoreCell(value: number, locale: Locale): Cell {
	return {
		text: formatScore(value, locale),
		number: { value, kind: 'number', digits: SCORE_DIGITS }
	};
}

/** A count with at most one decimal, `2 000`. */
export function countCell(value: Numeric, locale: Locale): Cell {
	return {
		text: formatCount(value, locale),
		number: { value, kind: 'number', digits: ONE_DECIMAL }
	};
}

/** A plain number with the decimals `digits` allows. */
export function numberCell(value: Numeric, locale: Locale, digits: FractionDigits): Cell {
	return { text: formatNumber(value, locale, digits), number: { value, kind: 'number', digits } };
}

/** A whole number written as digits without grouping (a rank: `1`). */
export function integerCell(value: number): Cell {
	return { text: String(value), number: { value, kind: 'number', digits: WHOLE } };
}

/** The text of a cell that may be plain text. */
export function cellText(cell: string | Cell): string {
	return typeof cell === 'string' ? cell : cell.text;
}
