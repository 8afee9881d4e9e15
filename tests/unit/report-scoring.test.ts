// @vitest-environment node
/**
 * What the PDF says about how the score comes about and what each model is computed with:
 * the weights, the judged scores with their ranges, each criterion's contribution, and every
 * input of every model with its source, read back from the rendered PDF with pdftotext.
 * The figures are worked by hand from the study and data/criteria.json in the comments.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parseScenario, smaa } from '../../src/lib/engine';
import { buildReport, reportContent } from '../../src/lib/report';
import { renderPdf } from '../../src/lib/report/render-node';
import { tagFor } from '../../src/lib/report/tagging';

const DIR = mkdtempSync(join(tmpdir(), 'traineevalg-scoring-'));
const STUDY = parseScenario({ version: 1 });

async function render(locale: 'nb' | 'en', name: string) {
	const definition = buildReport(
		{ evaluation: evaluate(STUDY), smaa: smaa(STUDY, { samples: 300, seed: 3 }) },
		{ locale, date: '2026-12-03' }
	);
	const file = join(DIR, name);
	writeFileSync(file, await renderPdf(definition));
	const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	// Whitespace (also U+00A0 and U+202F) collapsed to single spaces.
	return { file, text: raw.replace(/[\s\u00a0\u202f]+/g, ' ') };
}

describe('the PDF lists how the score comes about and every input', () => {
	let text: string;
	let file: string;
	beforeAll(async () => {
		({ text, file } = await render('nb', 'study.pdf'));
	});

	it('lists the weights used', () => {
		// The default preset's points (data/criteria.json) add up to
		// 15 + 10 + 2,5 + 15 + 15 + 15 + 10 + 10 + 5 + 2,5 = 100, so competence fit's 15 points
		// are 15,0 % and the public cost's 2,5 points 2,5 %.
		expect(text).toContain('Slik blir poengsummen til');
		expect(text).toMatch(/Treffer regionens kompetansebehov 15,0 %/);
		expect(text).toMatch(/Kostnad for region og fylke 2,5 %/);
		expect(text).toMatch(/Regionen styrer ordningen 0,0 %/);
	});

	it('lists the judged scores with their ranges', () => {
		// data/criteria.json, competence fit, in model order: own scheme 3 (2–4), fagskole
		// 5 (4–5), Trainee Innlandet 2 (2–4), Fjelltrainee 2 (2–3), consortium 2 (1–4), zero 1.
		expect(text).toContain(
			'Treffer regionens kompetansebehov 3 (2–4) 5 (4–5) 2 (2–4) 2 (2–3) 2 (1–4) 1 (fast)'
		);
	});

	it("lists each criterion's contribution to the scores", () => {
		// Competence fit weighs 15 %; a judged score s is worth (s − 1)/4: Fagskoletrainee's 5
		// gives 0,15 × 1 = 0,150, the zero alternative's 1 gives 0,000, the own scheme's 3 gives
		// 0,15 × 0,5 = 0,075.
		const row =
			/Hvert kriteriums bidrag.*?Treffer regionens kompetansebehov ([\d, ]+?) Kostnad/.exec(text);
		expect(row).not.toBeNull();
		const cells = row![1]!.trim().split(' ');
		expect(cells).toHaveLength(6);
		expect(cells).toContain('0,150');
		expect(cells).toContain('0,000');
		expect(cells).toContain('0,075');
	});

	it("lists Trainee Innlandet's figures from the study with their sections", () => {
		// §4.1: «20 000 kr i årlig medlemskontingent» and «29 013 kr per tertial».
		expect(text).toContain('20 000 kr per bedrift per år Forstudien §4.1');
		expect(text).toMatch(/29 013 kr per trainee per tertial Forstudien §4\.1/);
		// An assumption says so, with the sections it rests on.
		expect(text).toMatch(/Antakelse \(Forstudien §/);
		// A shared figure from a public source: employer's contribution 14,1 % (Skatteetaten).
		expect(text).toContain('14,1 % Satser for arbeidsgiveravgift');
	});

	it('says in English what it says in Norwegian', async () => {
		const en = (await render('en', 'study-en.pdf')).text;
		expect(en).toContain('How the score comes about');
		expect(en).toMatch(/20,000 per company per year The study §4\.1/);
		expect(en).toMatch(/29,013 per trainee per tertial The study §4\.1/);
	});

	it('has its title and language set', () => {
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/^Title:\s+Traineevalg: møtesammendrag – Scenario: Forstudiens tall$/m);
		// The document catalogue's language, which pdfinfo does not print.
		expect(readFileSync(file).toString('latin1')).toContain('/Lang (nb-NO)');
	});

	it('is tagged: one Document, the title as H1, a heading per section', () => {
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/^Tagged:\s+yes$/m);
		const tree = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' }).split('\n');
		expect(tree.slice(0, 2)).toEqual(['Document', '  H1 (block)']);
		// Ten sections (document.ts): conclusion, ranking, company, public cost, graduates,
		// scoring, inputs, audit trail, sources, method.
		expect(tree.filter((l) => l === '  H2 (block)')).toHaveLength(10);
	});
});

describe('the tagged PDF read as a screen reader reads it', () => {
	it('follows the content, with the page footer as an artifact', async () => {
		// The first pages' content only (pdfinfo -struct-text is slow on eight pages).
		const full = buildReport(
			{ evaluation: evaluate(STUDY), smaa: smaa(STUDY, { samples: 100, seed: 3 }) },
			{ locale: 'nb', date: '2026-12-03' }
		);
		const file = join(DIR, 'first-page.pdf');
		writeFileSync(file, await renderPdf({ ...full, content: full.content.slice(0, 6) }));
		const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
		const words = (tag: string) =>
			[...tree.matchAll(new RegExp(`^  ${tag} \\(block\\)\\n((?:    ".*"\\n)+)`, 'gm'))].map((m) =>
				[...m[1]!.matchAll(/"(.*)"/g)].map((w) => w[1]).join('')
			);
		expect(tree.split('\n')[0]).toBe('Document');
		expect(words('H1')).toEqual(['Traineevalg: møtesammendrag']);
		expect(words('H2').slice(0, 3)).toEqual([
			'Konklusjon',
			'Rangering',
			'Kostnad for en medlemsbedrift'
		]);
		// A table cell is content too: Trainee Innlandet's membership over two years (§4.1,
		// 2 × 20 000 kr), spaces as Intl writes them.
		expect(tree.replace(/\u00a0/g, ' ')).toContain('"40 000 kr"');
		// The page footer («Side 1 av 1») is a pagination artifact, not content.
		expect(tree).not.toContain('"Side "');
		expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Side 1 av');
	});
});

describe('the tagged PDF’s tables', () => {
	it('are tables: header cells, then a row per model with a cell per figure', async () => {
		const full = buildReport(
			{ evaluation: evaluate(STUDY), smaa: smaa(STUDY, { samples: 100, seed: 3 }) },
			{ locale: 'nb', date: '2026-12-03' }
		);
		const file = join(DIR, 'tables.pdf');
		writeFileSync(file, await renderPdf({ ...full, content: full.content.slice(0, 6) }));
		const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }).replace(
			/\u00a0/g,
			' '
		);
		// The ranking table (its header as document.ts writes it: place, model, score, then the
		// share of draws at each of the six places).
		const table = /^ {2}Table \(block\)\n((?: {4}.*\n)+)/m.exec(tree)![1]!;
		const rows = table.split(/^ {4}TR\n/m).slice(1);
		const cells = (row: string, tag: 'TH' | 'TD') =>
			row
				.split(new RegExp(`^      ${tag}\\n`, 'm'))
				.slice(1)
				.map((c) => [...c.matchAll(/"(.*)"/g)].map((w) => w[1]).join(''));
		expect(cells(rows[0]!, 'TH')).toEqual([
			'Plass',
			'Modell',
			'Poeng',
			'1.',
			'2.',
			'3.',
			'4.',
			'5.',
			'6.'
		]);
		// Six models, one row each, nine cells each; the leader's row names it in its own cell.
		expect(rows).toHaveLength(7);
		for (const row of rows.slice(1)) expect(cells(row, 'TD')).toHaveLength(9);
		expect(cells(rows[1]!, 'TD').slice(0, 2)).toEqual(['1', 'Trainee Innlandet']);
		// Text after a table is not in it: the next section's heading is a heading.
		expect(tree).toMatch(/^ {2}H2 \(block\)\n {4}"Kostnad "\n/m);
	});

	it('tags a header row repeated on a new page once, as an artifact after that', async () => {
		const full = buildReport(
			{ evaluation: evaluate(STUDY), smaa: smaa(STUDY, { samples: 100, seed: 3 }) },
			{ locale: 'nb', date: '2026-12-03' }
		);
		const file = join(DIR, 'all-tables.pdf');
		writeFileSync(file, await renderPdf(full));
		const tree = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
		const tables = tree.split(/^ {2}Table \(block\)\n/m).slice(1);
		// Nine tables without changes (document.ts): ranking, company, its split, public cost,
		// graduates, weights, judged scores, contributions, inputs; no audit tables.
		expect(tables).toHaveLength(9);
		// The inputs table runs over pages (97 inputs): still one header row.
		for (const t of tables) {
			const block = t.split(/^ {2}\S/m)[0]!;
			const headerRows = block.split(/^ {4}TR\n/m).filter((r) => /^ {6}TH$/m.test(r));
			expect(headerRows).toHaveLength(1);
		}
	});
});

describe('the inputs table of a changed scenario', () => {
	it("names the study's value beside a changed one", () => {
		const scenario = parseScenario({
			version: 1,
			values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30000 }
		});
		const c = reportContent(
			{ evaluation: evaluate(scenario), smaa: smaa(scenario, { samples: 100, seed: 1 }) },
			{ locale: 'nb', date: '2026-12-03' }
		);
		const row = c.inputs.table.rows.find((r) => r[1] === 'Servicekostnad per trainee per tertial');
		// The value typed (30 000) with the study's 29 013 (§4.1) beside it; U+00A0 as Intl writes.
		expect(row?.slice(2).map((cell) => cell.replace(/\u00a0/g, ' '))).toEqual([
			'30 000 kr per trainee per tertial',
			'Endret fra 29 013 kr per trainee per tertial. Forstudien §4.1'
		]);
	});
});

describe('tagFor', () => {
	it("reads the report's styles as headings (document.ts: 18, 12,5, 10 pt bold)", () => {
		expect(tagFor(18)).toBe('H1');
		expect(tagFor(12.5, 'Roboto-Medium')).toBe('H2');
		expect(tagFor(10, 'Roboto-Medium')).toBe('H3');
		expect(tagFor(10, 'Roboto-Regular')).toBe('P');
		expect(tagFor(12, 'Roboto-Medium')).toBe('P');
		expect(tagFor(7.5)).toBe('P');
	});
});
