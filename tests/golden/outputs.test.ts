// @vitest-environment node
/**
 * Golden outputs: the command line's JSON and table and the PDF's text (read back with poppler's
 * `pdftotext`) for the scenarios in `scenarios.ts`, in both languages, compared byte for byte
 * with the files in `tests/golden/files/`. These hold behaviour still while code moves; a change
 * made on purpose (a cost-model correction) regenerates them with `npm run golden -- --update`,
 * and the diff of the files shows what changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main';
import { evaluate, parseScenario, smaa } from '../../src/lib/engine';
import { buildReport } from '../../src/lib/report';
import { renderPdf } from '../../src/lib/report/render-node';
import { GOLDEN_SCENARIOS, GOLDEN_SMAA } from './scenarios';

const DIR = mkdtempSync(join(tmpdir(), 'traineevalg-golden-'));
const FILES = join(import.meta.dirname, 'files');

async function calc(argv: string[], scenario: unknown): Promise<string> {
	let out = '';
	let err = '';
	const io: CliIo = {
		readFile: async () => JSON.stringify(scenario),
		readStdin: async () => JSON.stringify(scenario),
		stdout: (text: string) => void (out += text),
		stderr: (text: string) => void (err += text)
	};
	const status = await main(['scenario.json', ...argv], io);
	if (status !== 0) throw new Error(`calc ${argv.join(' ')}: exit ${status}: ${err}`);
	return out;
}

function hasPdftotext(): boolean {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const smaaArgs = ['--samples', String(GOLDEN_SMAA.samples), '--seed', String(GOLDEN_SMAA.seed)];

describe.each(Object.entries(GOLDEN_SCENARIOS))('golden outputs: %s', (name, raw) => {
	for (const lang of ['nb', 'en'] as const) {
		it(`calc --format json (${lang})`, async () => {
			const text = await calc(['--lang', lang, ...smaaArgs], raw);
			await expect(text).toMatchFileSnapshot(join(FILES, `calc-${name}.${lang}.json`));
		});

		it(`calc --format table (${lang})`, async () => {
			const text = await calc(['--lang', lang, '--format', 'table', ...smaaArgs], raw);
			await expect(text).toMatchFileSnapshot(join(FILES, `table-${name}.${lang}.txt`));
		});

		it.runIf(hasPdftotext())(
			`report, pdftotext (${lang})`,
			async () => {
				const scenario = parseScenario(raw);
				const definition = buildReport(
					{ evaluation: evaluate(scenario), smaa: smaa(scenario, GOLDEN_SMAA) },
					{ locale: lang, date: '2026-11-27', note: name === 'values' ? 'Notat fra møtet' : '' }
				);
				const file = join(DIR, `${name}.${lang}.pdf`);
				writeFileSync(file, await renderPdf(definition));
				const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
					encoding: 'utf8'
				});
				await expect(text).toMatchFileSnapshot(join(FILES, `report-${name}.${lang}.txt`));
			},
			60_000
		);
	}
});
