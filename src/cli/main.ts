/**
 * The command line, as a function of its arguments and its streams, so tests can run it without
 * a process. `calc.ts` wires it to the real process. Thin: parse, call the engine, print.
 *
 * Exit status: 0 success; 2 bad input (arguments, file, scenario) with one line on stderr naming
 * the problem and nothing on stdout; 1 an internal error, also one line on stderr.
 */
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
import { parseArgs, UsageError, type CliOptions } from './args';
import { helpText } from './messages';
import { buildResult, parameterList } from './result';
import { validateData } from '../lib/data/validate';
import { scenarioJsonSchema } from './schema';
import { renderEvaluation, renderParameters } from './table';

export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
	/** All of standard input, as UTF-8 text. */
	readStdin(): Promise<string>;
	/** A file's contents as UTF-8 text; rejects with a Node error (`code`) when it cannot. */
	readFile(path: string): Promise<string>;
	/** SMAA's progress (samples done of total), e.g. for a terminal; optional. */
	progress?(done: number, total: number): void;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

function json(value: unknown): string {
	return JSON.stringify(value, null, 2) + '\n';
}

const READ_ERRORS: Record<string, string> = {
	ENOENT: 'file not found',
	EISDIR: 'is a directory, not a file',
	EACCES: 'permission denied'
};

async function readScenarioText(file: string, io: CliIo): Promise<string> {
	if (file === '-') return io.readStdin();
	try {
		return await io.readFile(file);
	} catch (e) {
		const code = (e as { code?: unknown }).code;
		const why = typeof code === 'string' ? (READ_ERRORS[code] ?? `cannot read (${code})`) : null;
		throw new UsageError(`${file}: ${why ?? `cannot read (${(e as Error).message})`}`);
	}
}

function smaaOptions(options: CliOptions): Partial<SmaaOptions> {
	return {
		...(options.samples !== undefined ? { samples: options.samples } : {}),
		...(options.seed !== undefined ? { seed: options.seed } : {}),
		...(options.weightUncertainty !== undefined
			? { weightUncertainty: options.weightUncertainty }
			: {})
	};
}

async function run(argv: readonly string[], io: CliIo): Promise<string> {
	const options = parseArgs(argv);
	if (options.help) return helpText(options.lang, DEFAULT_SMAA_OPTIONS);
	if (options.schema) return json(scenarioJsonSchema());
	if (options.parameters)
		return options.format === 'table'
			? renderParameters(options.lang)
			: json(parameterList(options.lang));

	let scenario: Scenario = DEFAULT_SCENARIO;
	if (options.file !== undefined) {
		// A byte-order mark is not part of the JSON text.
		const text = (await readScenarioText(options.file, io)).replace(/^\uFEFF/, '');
		scenario = parseScenarioJson(text);
	}
	const evaluation = evaluate(scenario);
	const smaaResult = options.smaa ? smaa(scenario, smaaOptions(options), io.progress) : null;
	return options.format === 'table'
		? renderEvaluation(evaluation, smaaResult, options.lang)
		: json(buildResult(evaluation, smaaResult, options.lang));
}

function oneLine(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Run the command line; resolves to the exit status. Writes stdout only on success. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	let output: string;
	try {
		// The data files are validated here (and at build time), not in the page's bundle.
		validateData();
		output = await run(argv, io);
	} catch (e) {
		if (e instanceof ScenarioError || e instanceof UsageError) {
			io.stderr(`error: ${oneLine(e.message)}\n`);
			return EXIT_BAD_INPUT;
		}
		io.stderr(`error: internal: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
		return EXIT_INTERNAL;
	}
	io.stdout(output);
	return EXIT_OK;
}
