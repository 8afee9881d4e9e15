/**
 * Tables as CSV files that Norwegian Excel opens as they are, whatever the page's language:
 *
 * - UTF-8 with a byte-order mark (without it Excel reads the file as Windows-1252: «Sør» breaks);
 * - `;` between fields (Excel's list separator where the decimal mark is a comma), CRLF after
 *   every record;
 * - a field in double quotes when it holds `;`, `"`, CR or LF, a `"` inside doubled (RFC 4180);
 * - a figure as a number Excel reads: no thousands separator, decimal comma, ASCII `-` for a
 *   negative (never `Intl` nb-NO's U+2212 or its no-break spaces, which Excel takes for text),
 *   as many decimals as the page shows (money in whole kroner, half to even);
 * - a percentage as its number (`14,1`) with ` (%)` in the column's header, money with ` (kr)`
 *   (`NOK` in English): a cell holds only the number, so that Excel can sum and sort it;
 * - a text cell that begins with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so that Excel
 *   never runs it as a formula (the figures are numbers and are not touched).
 *
 * Written by hand rather than with a CSV library: the quoting rule is four characters and the
 * number format is the part no library does; see the tests for the exact bytes. Pure; loaded on
 * demand (a download button imports it on the click).
 */
import { toIntlNumeric } from '../format';
import { translate, type Locale } from '../i18n';
import type { Cell, CellNumber } from './cells';

/** The byte-order mark, first in every file. */
export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const LINE_END = '\r\n';
export const CSV_MIME = 'text/csv;charset=utf-8';

/** A CSV table: a header row, then rows of text or cells with their figures. */
export interface CsvTable {
	readonly head: readonly string[];
	readonly rows: readonly (readonly (string | Cell)[])[];
}

const NEEDS_QUOTES = /[;"\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: quoted when it holds the separator, a quote or a line break. */
export function csvField(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Text a spreadsheet must not take for a formula. */
function guarded(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A figure as Excel (nb-NO) reads a number: `-1234,5`. `Intl`'s `en-US` is used as a fixed
 * machine format (ASCII digits and `-`, no grouping), its decimal point then made a comma.
 */
export function csvNumber(n: CellNumber): string {
	const key = `${n.kind}|${JSON.stringify(n.digits)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat('en-US', {
			useGrouping: false,
			signDisplay: 'negative',
			...(n.kind === 'share' ? { style: 'percent' } : {}),
			...n.digits,
			...(n.kind === 'nok' ? { roundingMode: 'halfEven' } : {})
		});
		formats.set(key, format);
	}
	return format.format(toIntlNumeric(n.value)).replace('%', '').replace('.', ',');
}

/** The unit a column's header carries when every figure in it is of one kind. */
function headerUnit(rows: CsvTable['rows'], column: number, locale: Locale): string {
	const kinds = new Set<string>();
	for (const row of rows) {
		const cell = row[column];
		if (cell !== undefined && typeof cell !== 'string' && cell.number) kinds.add(cell.number.kind);
	}
	if (kinds.size !== 1) return '';
	if (kinds.has('share')) return ' (%)';
	if (kinds.has('nok')) return ` (${translate(locale, 'csv.unit.nok')})`;
	return '';
}

function field(cell: string | Cell): string {
	if (typeof cell === 'string') return csvField(guarded(cell));
	return cell.number ? csvNumber(cell.number) : csvField(guarded(cell.text));
}

/** The whole file as text: BOM, header, rows, each record ended by CRLF. */
export function toCsv(table: CsvTable, locale: Locale): string {
	const head = table.head.map((h, c) => csvField(guarded(h + headerUnit(table.rows, c, locale))));
	const lines = [head, ...table.rows.map((row) => row.map(field))];
	return BOM + lines.map((l) => l.join(SEPARATOR) + LINE_END).join('');
}

/** A table of the one table model (`present/tables.ts`): its text with its figures beside it. */
export function cellsOf(table: {
	head: string[];
	rows: string[][];
	numbers: (CellNumber | null)[][];
}): CsvTable {
	return {
		head: table.head,
		rows: table.rows.map((row, r) =>
			row.map((text, c): Cell => {
				const number = table.numbers[r]?.[c];
				return number ? { text, number } : { text };
			})
		)
	};
}

/** `traineevalg-<scenario>-<table>.csv`, or `traineevalg-<table>.csv` for an unnamed scenario. */
export function csvFileName(slug: string, table: string): string {
	return slug ? `traineevalg-${slug}-${table}.csv` : `traineevalg-${table}.csv`;
}
