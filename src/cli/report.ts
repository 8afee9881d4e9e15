/**
 * `npm run report -- [scenario.json | -] [-o summary.pdf] [options]`: the PDF meeting summary
 * from the command line, built by the same function as the page's export button
 * (`buildReport`), so the same scenario, date and note give the same PDF.
 *
 * On success, the file's name and page count on stdout; exit status and error lines: see io.ts.
 */
// The command line's and the PDF's messages (not part of the page's download).
import '../lib/i18n/output';
import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SMAA_OPTIONS, evaluate, smaa, type SmaaOptions } from '../lib/engine';
import { formatCount } from '../lib/format';
import { INTL_LOCALE, LOCALES, translate, type Locale } from '../lib/i18n';
import { buildReport, NOTE_MAX, parseIsoDate, todayIso } from '../lib/report';
import { renderPdf } from '../lib/report/render-node';
import { MAX_SAMPLES, MAX_SEED, oneOf, scanArgv, UsageError, wholeNumber } from './args';
import { reportHelp } from './help';
import { fileProblem, processIo, readScenario, runCommand, type CommandIo } from './io';

export interface ReportIo extends CommandIo {
	writeFile(path: string, bytes: Uint8Array): Promise<void>;
	/** Today as `YYYY-MM-DD`, when `--date` is not given. */
	today(): string;
}

export interface ReportArgs {
	help: boolean;
	file?: string;
	output: string;
	lang: Locale;
	date?: string;
	note?: string;
	smaa: Partial<SmaaOptions>;
}

const DEFAULT_OUTPUT = 'summary.pdf';
const FLAGS = new Set(['--help', '-h']);
const VALUED = new Set(['-o', '--output', '--lang', '--date', '--note', '--samples', '--seed']);

export function parseReportArgs(argv: readonly string[]): ReportArgs {
	const args: ReportArgs = { help: false, output: DEFAULT_OUTPUT, lang: 'nb', smaa: {} };
	const file = scanArgv(argv, {
		flags: FLAGS,
		valued: VALUED,
		flag() {
			args.help = true;
		},
		value(name, value) {
			switch (name) {
				case '-o':
				case '--output':
					if (!value.trim()) throw new UsageError(`${name}: needs a file name`);
					args.output = value;
					break;
				case '--lang':
					args.lang = oneOf(name, value, LOCALES);
					break;
				case '--date':
					try {
						parseIsoDate(value);
					} catch {
						throw new UsageError(`--date: '${value}' is not a date (YYYY-MM-DD)`);
					}
					args.date = value;
					break;
				case '--note':
					if (value.length > NOTE_MAX)
						throw new UsageError(`--note: longer than ${NOTE_MAX} characters`);
					args.note = value;
					break;
				case '--samples':
					args.smaa.samples = wholeNumber(name, value, 1, MAX_SAMPLES);
					break;
				default:
					args.smaa.seed = wholeNumber(name, value, 0, MAX_SEED);
			}
		}
	});
	if (file !== undefined) args.file = file;
	return args;
}

function pageCount(pdf: Uint8Array): number {
	return (
		Buffer.from(pdf)
			.toString('latin1')
			.match(/\/Type \/Page\b/g) ?? []
	).length;
}

/** `summary.pdf (3 sider)`, `summary.pdf (1 page)`. */
function writtenLine(file: string, pages: number, locale: Locale): string {
	const plural = new Intl.PluralRules(INTL_LOCALE[locale]).select(pages);
	return translate(
		locale,
		plural === 'one' ? 'cli.report.written.one' : 'cli.report.written.other',
		{
			file,
			pages: formatCount(pages, locale)
		}
	);
}

/** A path as the file system resolves it (links followed), or just absolute if it is not there. */
function realPath(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return resolve(path);
	}
}

/** Writing the PDF over the scenario file would destroy the input; refuse before any work. */
function refuseOverwritingInput(args: ReportArgs): void {
	if (args.file === undefined || args.file === '-') return;
	if (realPath(args.output) === realPath(args.file))
		throw new UsageError(`-o: '${args.output}' is the scenario file itself; choose another name`);
}

async function run(argv: readonly string[], io: ReportIo): Promise<string> {
	const args = parseReportArgs(argv);
	if (args.help)
		return reportHelp(args.lang, {
			...DEFAULT_SMAA_OPTIONS,
			output: DEFAULT_OUTPUT,
			noteMax: NOTE_MAX
		});
	refuseOverwritingInput(args);
	const scenario = await readScenario(args.file, io);
	const definition = buildReport(
		{ evaluation: evaluate(scenario), smaa: smaa(scenario, args.smaa) },
		{ locale: args.lang, date: args.date ?? io.today(), note: args.note }
	);
	const pdf = await renderPdf(definition);
	try {
		await io.writeFile(args.output, pdf);
	} catch (e) {
		throw fileProblem(args.output, e, 'write');
	}
	return writtenLine(args.output, pageCount(pdf), args.lang) + '\n';
}

/** Run the report command; resolves to the exit status. */
export function reportMain(argv: readonly string[], io: ReportIo): Promise<number> {
	return runCommand(io, () => run(argv, io));
}

const invokedDirectly =
	process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly)
	process.exitCode = await reportMain(process.argv.slice(2), {
		...processIo(),
		writeFile: (path, bytes) => writeFile(path, bytes),
		today: () => todayIso()
	});
