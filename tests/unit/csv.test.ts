// @vitest-environment node
/**
 * CSV files for Norwegian Excel (`present/csv.ts`): the expected bytes are written out by hand,
 * BOM, separators, quoting and CRLF included.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, parseScenario } from '../../src/lib/engine';
import {
	countCell,
	integerCell,
	nokCell,
	scoreCell,
	shareCell,
	textCell
} from '../../src/lib/present/cells';
import { cellsOf, csvField, csvFileName, csvNumber, toCsv } from '../../src/lib/present/csv';
import {
	compareInputsCsv,
	compareOutcomesCsv,
	judgementsCsv,
	rankingCsv
} from '../../src/lib/present/csv-tables';
import { compareScenarios } from '../../src/lib/present/scenario-diff';
import { companyCostTable } from '../../src/lib/present/tables';

const STUDY = parseScenario({ version: 1 });

describe('toCsv', () => {
	it('writes BOM, semicolons, CRLF, a quoted field and numbers Excel reads', () => {
		const csv = toCsv(
			{
				head: ['Modell', 'Kostnad', 'Andel', 'Poeng', '#'],
				rows: [
					[
						textCell('A; «B» "C"'),
						// −1 234,5 kr: whole kroner half to even → −1 234.
						nokCell('-1234.5', 'nb'),
						// 0,141 → 14,1 %.
						shareCell(0.141, 'nb'),
						scoreCell(0.7305, 'nb'),
						integerCell(2)
					],
					[
						textCell('Linje\nto'),
						nokCell(null, 'nb'),
						shareCell(1, 'nb'),
						scoreCell(-0.5, 'nb'),
						'3'
					]
				]
			},
			'nb'
		);
		expect(csv).toBe(
			'\uFEFF' +
				'Modell;Kostnad (kr);Andel (%);Poeng;#\r\n' +
				'"A; «B» ""C""";-1234;14,1;0,731;2\r\n' +
				'"Linje\nto";–;100;-0,500;3\r\n'
		);
		// The bytes: UTF-8 BOM EF BB BF, then «M».
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x4d]);
	});

	it('names money NOK in English and keeps the Norwegian number format', () => {
		const csv = toCsv({ head: ['Model', 'Cost'], rows: [['A', nokCell('540000', 'en')]] }, 'en');
		expect(csv).toBe('\uFEFFModel;Cost (NOK)\r\nA;540000\r\n');
	});

	it('never lets a text cell start a formula, and quotes only what needs it', () => {
		expect(toCsv({ head: ['x'], rows: [['=SUM(A1)'], ['+47'], ['@x'], ['-']] }, 'nb')).toBe(
			"\uFEFFx\r\n'=SUM(A1)\r\n'+47\r\n'@x\r\n'-\r\n"
		);
		expect(csvField('plain text')).toBe('plain text');
		expect(csvField('a"b')).toBe('"a""b"');
		expect(csvField('a\r\nb')).toBe('"a\r\nb"');
	});

	it('writes every figure with ASCII digits, "-" and a comma only (never U+2212 or a space)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1e12, max: 1e12 }),
				fc.integer({ min: 0, max: 99 }),
				(whole, cents) => {
					const value = `${whole}.${String(cents).padStart(2, '0')}`;
					const n = Number(value);
					for (const cell of [
						nokCell(value, 'nb'),
						countCell(value, 'nb'),
						scoreCell(n / 1e9, 'nb'),
						shareCell(n / 1e9, 'nb')
					]) {
						const out = csvNumber(cell.number!);
						expect(out).toMatch(/^-?\d+(,\d+)?$/);
						expect(out).not.toMatch(/[\u2212\u00a0\u202f .]/);
					}
				}
			)
		);
		// 1 234 567,5 kr → 1234568 (half to even: 1234567,5 → 1234568).
		expect(csvNumber(nokCell('1234567.5', 'nb').number!)).toBe('1234568');
		expect(csvNumber(nokCell('1234566.5', 'nb').number!)).toBe('1234566');
	});

	it('names the file after the scenario and the table', () => {
		expect(csvFileName('dyrere-ti', 'ranking')).toBe('traineevalg-dyrere-ti-ranking.csv');
		expect(csvFileName('', 'ranking')).toBe('traineevalg-ranking.csv');
	});
});

describe('the tables as CSV', () => {
	it("writes Trainee Innlandet's fees from the study as whole numbers", () => {
		const e = evaluate(STUDY);
		const csv = toCsv(cellsOf(companyCostTable(e, 'nb', 'long')), 'nb');
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toMatch(/^Modell;Medlemskap \(kr\);/);
		const ti = lines.find((l) => l.startsWith('Trainee Innlandet;'))!;
		// Two programme years (§4.1): membership 2 × 20 000 = 40 000 kr; trainee fees
		// 2 years × 3 tertials × 29 013 kr = 174 078 kr.
		expect(ti.split(';').slice(1, 3)).toEqual(['40000', '174078']);
	});

	it('writes the ranking: rank, model, score with a decimal comma, – without SMAA', () => {
		const csv = rankingCsv(evaluate(STUDY), null, 'nb');
		const lines = csv.slice(1).split('\r\n');
		// No SMAA: no figure in the probability column, so no unit in its header.
		expect(lines[0]).toBe('Plass;Modell;Poeng;P(første)');
		expect(lines.slice(1, 7).map((l) => l.split(';')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
		for (const l of lines.slice(1, 7)) expect(l).toMatch(/^\d;[^;]+;0,\d{3};–$/);
		expect(lines[7]).toBe('');
	});

	it('writes every judged score as numbers, one row per model and criterion', () => {
		const lines = judgementsCsv(STUDY, 'nb').slice(1).split('\r\n');
		// Six models × nine judged criteria, a header and the empty string after the last CRLF.
		expect(lines).toHaveLength(1 + 6 * 9 + 1);
		// data/criteria.json: Trainee Innlandet on competence fit, 2 (2–4).
		expect(
			lines.find((l) => l.startsWith('Trainee Innlandet;Treffer regionens kompetansebehov;'))
		).toMatch(/;2;2;4;2 \(2–4\);/);
	});

	it('writes the comparison of two scenarios: inputs and results with the difference', () => {
		const b = parseScenario({
			version: 1,
			values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30000 }
		});
		const comparison = compareScenarios(evaluate(STUDY), evaluate(b));
		const inputs = compareInputsCsv(comparison.inputs, 'nb').slice(1).split('\r\n');
		expect(inputs[0]).toBe('Gjelder;Hva;Enhet;A (kr);B (kr);Forstudien (kr)');
		expect(inputs[1]).toBe(
			'Trainee Innlandet;Servicekostnad per trainee per tertial;kr per trainee per tertial;29013;30000;29013'
		);
		const outcomes = compareOutcomesCsv(comparison.outcomes, 'nb').slice(1).split('\r\n');
		const ti = outcomes.filter((l) => l.startsWith('Trainee Innlandet;'));
		expect(ti.map((l) => l.split(';')[1])).toEqual(['A', 'B', 'B − A']);
		// The company's cost goes up by the fee: 2 years × 3 tertials × (30 000 − 29 013) kr =
		// 5 922 kr undiscounted; its present value (year 2 discounted at 4 %) is
		// 3 × 987 + 3 × 987 / 1,04 = 2 961 + 2 847,12 = 5 808,12 → 5808.
		expect(ti[2]!.split(';')[4]).toBe('5808');
	});
});
