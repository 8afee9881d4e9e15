/**
 * The meeting summary from the page: the export button downloads a PDF built by the same
 * function as `npm run report`, pdfmake and its fonts load only on the click, and the export
 * is quick. The PDF is read back with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect, openHome, test } from './fixtures';

const CHUNKS = 'build/_app/immutable/chunks';
const NOTE = 'Vedtak om forprosjekt i Sør-Østerdal – æ, ø og å.';

/** The build's pdfmake chunk: the file that carries pdfmake's own access-policy message. */
function pdfmakeChunks(): string[] {
	return readdirSync(CHUNKS).filter(
		(f) =>
			f.endsWith('.js') &&
			readFileSync(join(CHUNKS, f), 'utf8').includes('denied by resource access policy')
	);
}

function pdfText(file: string): string {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
		/[\s\u00a0\u202f]+/g,
		' '
	);
}

/** Every object of a PDF with its stream inflated and its /Length dropped. */
function inflatedObjects(pdf: Buffer): string[] {
	const text = pdf.toString('latin1');
	return [...text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)].map(([, id, body]) => {
		const stream = /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(body!);
		if (!stream) return `${id} ${body}`;
		const dictionary = body!.slice(0, stream.index).replace(/\/Length \d+/, '');
		// The XMP metadata stream (title, language) is written uncompressed.
		const data = /\/Filter\s*\/FlateDecode/.test(dictionary)
			? inflateSync(Buffer.from(stream[1]!, 'latin1')).toString('latin1')
			: stream[1]!;
		return `${id} ${dictionary} ${data}`;
	});
}

test('exports the meeting summary as a PDF, loading pdfmake only on the click', async ({
	page
}) => {
	const lazy = pdfmakeChunks();
	expect(lazy, 'the build has a pdfmake chunk').toHaveLength(1);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	const isPdfmake = (path: string) => lazy.some((f) => path.endsWith(`/${f}`));

	await openHome(page);
	await page.waitForLoadState('networkidle');
	expect(requested.filter(isPdfmake), 'pdfmake before the click').toEqual([]);
	expect(
		requested.filter((p) => p.endsWith('.ttf')),
		'fonts before the click'
	).toEqual([]);

	// The export lives in the scenario bar's "Møtesammendrag" panel.
	await page.getByRole('button', { name: 'Møtesammendrag', exact: true }).click();
	await page.getByLabel('Merknad fra rådgiveren (valgfri, kommer med i PDF-en)').fill(NOTE);
	const button = page.getByRole('button', { name: 'Last ned møtesammendrag (PDF)' });
	const started = performance.now();
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const milliseconds = performance.now() - started;
	// Timing is a benchmark figure (npm run bench:ui), not an assertion: a loaded CI machine
	// must not fail a correct export.
	console.log(`PDF export (click to download): ${Math.round(milliseconds)} ms`);
	const file = join(mkdtempSync(join(tmpdir(), 'traineevalg-e2e-')), download.suggestedFilename());
	await download.saveAs(file);

	expect(download.suggestedFilename()).toMatch(/^traineevalg-\d{4}-\d{2}-\d{2}\.pdf$/);
	expect(requested.filter(isPdfmake), 'pdfmake after the click').toHaveLength(1);
	await expect(page.getByRole('status').filter({ hasText: 'PDF-en er lastet ned.' })).toBeVisible();

	const text = pdfText(file);
	// §4.1, worked by hand: 747 003.08 + 818 110.20 = 1 565 113.28 for one trainee over two years.
	expect(text).toContain('1 565 113 kr');
	expect(text).toContain('174 078 kr');
	expect(text).toContain('Næringshagesamarbeid');
	expect(text).toContain('Scenario: Forstudiens tall');
	expect(text).toContain(NOTE);
	expect(text).toMatch(/Side 1 av \d/);
	expect(text).toContain('Ingen tall er endret fra forstudien.');
	// Tagged (report/tagging.ts), with its title shown: the same in the browser as in Node.
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	expect(info).toMatch(/^Tagged:\s+yes$/m);
	expect(info).toMatch(/^Title:\s+Traineevalg: møtesammendrag/m);

	// The command line builds the same document from the same inputs.
	const date = /traineevalg-(\d{4}-\d{2}-\d{2})\.pdf/.exec(download.suggestedFilename())![1]!;
	const cliFile = `${file}.cli.pdf`;
	execFileSync('npx', ['tsx', 'src/cli/report.ts', '-o', cliFile, '--date', date, '--note', NOTE]);
	expect(pdfText(cliFile)).toBe(text);
	// Object for object the same PDF: only the browser's deflate encoder differs from Node's.
	const objects = inflatedObjects(readFileSync(file));
	expect(objects.length).toBeGreaterThan(20);
	expect(objects).toEqual(inflatedObjects(readFileSync(cliFile)));
});
