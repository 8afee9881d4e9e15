/**
 * `npm run report -- [scenario.json | -] [-o summary.pdf] [options]`: the PDF meeting summary
 * from the command line, built by the same function as the page's export button
 * (`buildReport`), so the same scenario, date and note give the same PDF.
 *
 * Exit status: 0 success (the file's name and page count on stdout); 2 bad input (arguments,
 * file, scenario) with one line on stderr naming the problem and nothing on stdout; 1 an
 * internal error, also one line on stderr.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateData } from '../lib/data/validate';
import {
	DEFAULT_SCENARIO,
	DEFAULT_SMAA_OPTIONS,
	evaluate,
	parseScenarioJson,
	ScenarioError,
	smaa,
	type Scenario,
	type SmaaOptions
} from '../lib/engine';
import { isLocale, type Locale } from '../lib/i18n';
import { buildReport, NOTE_MAX, parseIsoDate, todayIso } from '../lib/report';
import { renderPdf } from '../lib/report/render-node';
import { MAX_SAMPLES, UsageError } from './args';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './main';

export interface ReportIo {
	stdout(text: string): void;
	stderr(text: string): void;
	readStdin(): Promise<string>;
	readFile(path: string): Promise<string>;
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

const HELP = `Traineevalg – møtesammendrag som PDF / meeting summary as PDF

Usage:
  npm run report -- [scenario.json | -] [-o summary.pdf] [options]

Without a file the study's figures are used. "-" reads the scenario from standard input.

Options:
  -o, --output FILE        the PDF to write (default: summary.pdf)
  --lang nb|en             language of the summary (default: nb, Norwegian bokmål)
  --date YYYY-MM-DD        the date printed on it and stored as its creation date (default: today)
  --note TEXT              the advisor's note (at most ${NOTE_MAX} characters)
  --samples N              Monte Carlo samples for SMAA (default: ${DEFAULT_SMAA_OPTIONS.samples})
  --seed N                 seed of the random generator (default: ${DEFAULT_SMAA_OPTIONS.seed})
  -h, --help               show this help

The same scenario, date, note and language always give the same file, byte for byte.

Exit status: 0 success; 1 internal error; 2 bad input (one line on standard error).
`;

const VALUED = new Set(['-o', '--output', '--lang', '--date', '--note', '--samples', '--seed']);

function wholeNumber(option: string, value: string, min: number, max: number): number {
	const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!Number.isSafeInteger(n)) throw new UsageError(`${option}: '${value}' is not a whole number`);
	if (n < min || n > max) throw new UsageError(`${option}: ${n} is outside ${min}–${max}`);
	return n;
}

export function parseReportArgs(argv: readonly string[]): ReportArgs {
	const args: ReportArgs = { help: false, output: 'summary.pdf', lang: 'nb', smaa: {} };
	const positional: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '-' || !arg.startsWith('-')) {
			positional.push(arg);
			continue;
		}
		if (arg === '--help' || arg === '-h') {
			args.help = true;
			continue;
		}
		const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
		const name = eq > 0 ? arg.slice(0, eq) : arg;
		if (!VALUED.has(name)) throw new UsageError(`${name}: unknown option (see --help)`);
		let value: string;
		if (eq > 0) value = arg.slice(eq + 1);
		else {
			const next = argv[++i];
			if (next === undefined) throw new UsageError(`${name}: needs a value`);
			value = next;
		}
		switch (name) {
			case '-o':
			case '--output':
				if (!value.trim()) throw new UsageError(`${name}: needs a file name`);
				args.output = value;
				break;
			case '--lang':
				if (!isLocale(value)) throw new UsageError(`--lang: '${value}' is not one of nb, en`);
				args.lang = value;
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
				args.smaa.seed = wholeNumber(name, value, 0, 2 ** 32 - 1);
		}
	}
	if (positional.length > 1)
		throw new UsageError(`${positional[1]}: only one scenario file may be given`);
	if (positional.length === 1) args.file = positional[0];
	return args;
}

const READ_ERRORS: Record<string, string> = {
	ENOENT: 'file not found',
	EISDIR: 'is a directory, not a file',
	EACCES: 'permission denied'
};
const WRITE_ERRORS: Record<string, string> = {
	ENOENT: 'cannot write: the folder does not exist',
	EISDIR: 'cannot write: is a directory',
	EACCES: 'cannot write: permission denied'
};

function ioProblem(path: string, e: unknown, reasons: Record<string, string>): UsageError {
	const code = (e as { code?: unknown }).code;
	const why = typeof code === 'string' ? (reasons[code] ?? `failed (${code})`) : null;
	return new UsageError(`${path}: ${why ?? (e as Error).message}`);
}

async function readScenario(file: string | undefined, io: ReportIo): Promise<Scenario> {
	if (file === undefined) return DEFAULT_SCENARIO;
	let text: string;
	try {
		text = file === '-' ? await io.readStdin() : await io.readFile(file);
	} catch (e) {
		throw ioProblem(file, e, READ_ERRORS);
	}
	return parseScenarioJson(text.replace(/^\uFEFF/, ''));
}

function pageCount(pdf: Uint8Array): number {
	return (
		Buffer.from(pdf)
			.toString('latin1')
			.match(/\/Type \/Page\b/g) ?? []
	).length;
}

/** Run the report command; resolves to the exit status. */
export async function reportMain(argv: readonly string[], io: ReportIo): Promise<number> {
	let message: string;
	try {
		validateData();
		const args = parseReportArgs(argv);
		if (args.help) {
			io.stdout(HELP);
			return EXIT_OK;
		}
		const scenario = await readScenario(args.file, io);
		const definition = buildReport(
			{ evaluation: evaluate(scenario), smaa: smaa(scenario, args.smaa) },
			{ locale: args.lang, date: args.date ?? io.today(), note: args.note }
		);
		const pdf = await renderPdf(definition);
		try {
			await io.writeFile(args.output, pdf);
		} catch (e) {
			throw ioProblem(args.output, e, WRITE_ERRORS);
		}
		message = `${args.output} (${pageCount(pdf)} pages)\n`;
	} catch (e) {
		const text = (e instanceof Error ? e.message : String(e)).replace(/\s*[\r\n]+\s*/g, ' ');
		if (e instanceof ScenarioError || e instanceof UsageError) {
			io.stderr(`error: ${text}\n`);
			return EXIT_BAD_INPUT;
		}
		io.stderr(`error: internal: ${text}\n`);
		return EXIT_INTERNAL;
	}
	io.stdout(message);
	return EXIT_OK;
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const invokedDirectly =
	process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly)
	process.exitCode = await reportMain(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
		readStdin,
		readFile: (path) => readFile(path, 'utf8'),
		writeFile: (path, bytes) => writeFile(path, bytes),
		today: () => todayIso()
	});
