// @vitest-environment node
/**
 * The PDF itself, rendered in Node as `npm run report` does, read back with poppler's
 * `pdftotext`: the figures worked by hand from the study, Norwegian letters, the audit trail,
 * page numbers, reproducibility, pdfmake's access policies and the command line's exit codes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportMain, type ReportIo } from '../../src/cli/report';
import { evaluate, parseScenario, smaa, type Scenario } from '../../src/lib/engine';
import { buildReport } from '../../src/lib/report';
import { renderPdf } from '../../src/lib/report/render-node';

const DIR = mkdtempSync(join(tmpdir(), 'traineevalg-report-'));
const SMAA = { samples: 500, seed: 7 };

async function pdf(scenario: Scenario, locale: 'nb' | 'en' = 'nb', note?: string) {
	const definition = buildReport(
		{ evaluation: evaluate(scenario), smaa: smaa(scenario, SMAA) },
		{ locale, date: '2026-11-27', note }
	);
	return renderPdf(definition);
}

/** The PDF's text as pdftotext reads it, whitespace (also U+00A0) collapsed to single spaces. */
function textOf(bytes: Buffer, name: string): string {
	const file = join(DIR, name);
	writeFileSync(file, bytes);
	const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	return raw.replace(/[\s\u00a0\u202f]+/g, ' ');
}

function pages(bytes: Buffer, name: string): number {
	const file = join(DIR, name);
	writeFileSync(file, bytes);
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

const STUDY = parseScenario({ version: 1 });
const TWO_CHANGES = parseScenario({
	version: 1,
	name: 'Høyere servicekostnad',
	values: {
		'trainee-innlandet.serviceFeePerTraineePerTertial': 30000,
		'shared.discountRate': 0.03
	}
});

describe('the PDF of the study’s figures', () => {
	let bytes: Buffer;
	let text: string;
	beforeAll(async () => {
		bytes = await pdf(STUDY, 'nb', 'Endring på −5 % drøftes i møtet.');
		text = textOf(bytes, 'study.pdf');
	});

	it('prints Trainee Innlandet’s cost to a member company as worked by hand from §4.1', () => {
		// Holiday pay net of the holiday month (10.2 % − 1/12):
		// Year 1: 20 000 + 3 × 29 013 + 540 000 × (1 + 0.102 − 1/12 + 0.02) × 1.141 = 747 003.08
		// Year 2: 20 000 + 87 039 + 600 000 × 1.0386667 × 1.141 = 818 110.20; total 1 565 113.28
		expect(text).toContain('40 000 kr 174 078 kr 1 140 000 kr 21 280 kr 22 800 kr 166 955 kr');
		// The split: the scheme's own cost 40 000 + 174 078 = 214 078; employment 1 351 035.28.
		expect(text).toContain('214 078 kr 1 351 035 kr 1 565 113 kr');
		expect(text).toContain('1 565 113 kr');
		// 0.141 × (1 140 000 + 21 280 + 22 800) = 166 955.28
		expect(text).toContain('166 955 kr');
		// Present value: 747 003.08 + 818 110.20 / 1.04 = 1 533 647.50
		expect(text).toContain('1 533 648 kr');
	});

	it('sets æ, ø, å and the minus sign in an embedded font', () => {
		expect(text).toContain('Næringshagesamarbeid');
		expect(text).toContain('Sør-Østerdal');
		expect(text).toContain('Scenario: Forstudiens tall');
		expect(text).toContain('Nåverdi');
		expect(text).toContain('Endring på \u22125 % drøftes i møtet.');
		const fonts = execFileSync('pdffonts', [join(DIR, 'study.pdf')], { encoding: 'utf8' });
		expect(fonts).toMatch(/Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
	});

	it('numbers its pages and keeps its sections', () => {
		const n = pages(bytes, 'study.pdf');
		expect(n).toBeGreaterThanOrEqual(3);
		expect(text).toContain(`Side 1 av ${n}`);
		expect(text).toContain(`Side ${n} av ${n}`);
		for (const heading of [
			'Konklusjon',
			'Rangering',
			'Kostnad for en medlemsbedrift',
			'Kostnad for region og fylke',
			'Kandidater som blir i regionen',
			'Sporbarhet: endringer fra forstudien',
			'Kilder',
			'Metode'
		])
			expect(text).toContain(heading);
		expect(text).toContain('Ingen tall er endret fra forstudien.');
		expect(text).toContain('500 trekk med frø 7');
	});

	it('is byte for byte the same for the same inputs', async () => {
		const again = await pdf(STUDY, 'nb', 'Endring på −5 % drøftes i møtet.');
		expect(again.equals(bytes)).toBe(true);
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
	});
});

describe('the PDF of a scenario with two changed values', () => {
	let text: string;
	beforeAll(async () => {
		text = textOf(await pdf(TWO_CHANGES), 'changed.pdf');
	});

	it('has both changes in the audit trail: the study’s value, the new value and the source', () => {
		expect(text).toContain('Scenario: Høyere servicekostnad');
		expect(text).toMatch(
			/Felles: Kalkulasjonsrente \(real\) 4 % per år 3 % per år Rundskriv R-109\/2021/
		);
		expect(text).toMatch(
			/Trainee Innlandet: Servicekostnad per trainee per tertial 29 013 kr per trainee per tertial 30 000 kr per trainee per tertial Forstudien §4\.1/
		);
		expect(text).toContain('Ingen vekter er endret fra verktøyets lesning av forstudien.');
	});

	it('costs the change: 1 565 113.28 + 2 × 3 × (30 000 − 29 013) = 1 571 035.28', () => {
		expect(text).toContain('1 571 035 kr');
		expect(text).not.toContain('1 565 113 kr');
	});
});

describe('the PDF in English', () => {
	it('uses English words and en-GB numbers', async () => {
		const text = textOf(await pdf(STUDY, 'en'), 'english.pdf');
		expect(text).toContain('Traineevalg: meeting summary');
		expect(text).toContain('NOK 1,565,113');
		expect(text).toMatch(/Page 1 of \d/);
		expect(text).toContain('Date: 27 November 2026');
	});
});

describe('pdfmake’s access policies', () => {
	const base = () => ({
		...buildReport(
			{ evaluation: evaluate(STUDY), smaa: smaa(STUDY, SMAA) },
			{ locale: 'nb', date: '2026-11-27' }
		)
	});

	it('refuses to fetch a URL', async () => {
		const doc = { ...base(), images: { logo: 'https://example.invalid/logo.png' } };
		await expect(renderPdf(doc)).rejects.toThrow(/Access to URL denied/);
	});

	it('refuses to read a local file other than the fonts', async () => {
		const doc = {
			...base(),
			content: [{ image: '/etc/hostname' }]
		};
		await expect(renderPdf(doc)).rejects.toThrow(/Access to local file denied/);
	});
});

describe('npm run report', () => {
	async function run(argv: string[], stdin = '') {
		let stdout = '';
		let stderr = '';
		const io: ReportIo = {
			stdout: (t) => void (stdout += t),
			stderr: (t) => void (stderr += t),
			readStdin: async () => stdin,
			readFile: (path) => readFile(path, 'utf8'),
			writeFile: (path, bytes) => writeFile(path, bytes),
			today: () => '2026-11-27'
		};
		const code = await reportMain(argv, io);
		return { code, stdout, stderr };
	}

	it('writes the summary of a scenario file, the same bytes as the builder gives', async () => {
		const scenarioFile = join(DIR, 'scenario.json');
		writeFileSync(scenarioFile, JSON.stringify(TWO_CHANGES));
		const out = join(DIR, 'cli.pdf');
		const r = await run([scenarioFile, '-o', out, '--samples', '500', '--seed', '7']);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		// The status line is in the summary's language (Norwegian by default).
		expect(r.stdout).toMatch(/cli\.pdf \(\d+ sider\)\n$/);
		expect(readFileSync(out).equals(await pdf(TWO_CHANGES))).toBe(true);
	});

	it('reads standard input and takes the date, the note and the language', async () => {
		const out = join(DIR, 'stdin.pdf');
		const r = await run(
			[
				'-',
				'-o',
				out,
				'--lang',
				'en',
				'--date',
				'2025-01-31',
				'--note',
				'For the board',
				'--samples',
				'200'
			],
			JSON.stringify({ version: 1, values: { 'shared.horizonYears': 8 } })
		);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/stdin\.pdf \(\d+ pages\)\n$/);
		const text = textOf(readFileSync(out), 'stdin-read.pdf');
		expect(text).toContain('Date: 31 January 2025');
		expect(text).toContain('For the board');
		expect(text).toContain('Year 8');
	});

	it.each([
		[['--date', '2026-13-01'], "--date: '2026-13-01' is not a date (YYYY-MM-DD)"],
		[['--lang', 'sv'], "--lang: 'sv' is not one of nb, en"],
		[['missing.json'], 'missing.json: file not found'],
		[['--samples', '0'], '--samples: 0 is outside 1–1000000'],
		[['--colour'], '--colour: unknown option (see --help)'],
		[['-', '-o'], '-o: needs a value']
	])('exits 2 with one line naming the problem: %j', async (argv, message) => {
		const r = await run(argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(`error: ${message}\n`);
	});

	it('prints its help in the chosen language, with the defaults filled in', async () => {
		const nb = await run(['--help']);
		expect(nb.code).toBe(0);
		expect(nb.stdout).toMatch(/^Traineevalg – møtesammendrag som PDF\n/);
		expect(nb.stdout).toContain('PDF-filen som skrives (standard: summary.pdf)');
		const en = await run(['-h', '--lang', 'en']);
		expect(en.stdout).toContain(
			'  -o, --output FILE        the PDF to write (default: summary.pdf)'
		);
		expect(en.stdout).toContain('(at most 2000 characters)');
		for (const text of [nb.stdout, en.stdout]) expect(text).not.toMatch(/\{\w+\}/);
	});

	it('exits 2 naming the field of a bad scenario', async () => {
		const r = await run(['-'], '{"version":1,"values":{"shared.discountRate":"x"}}');
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^error: .*values\.shared\.discountRate.*\n$/);
		expect(r.stderr.split('\n')).toHaveLength(2);
	});
});
