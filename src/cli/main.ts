/**
 * The command line, as a function of its arguments and its streams, so tests can run it without
 * a process. `calc.ts` wires it to the real process. Thin: parse, call the engine, print. Exit
 * status and error lines: see io.ts.
 */
// The command line's and the PDF's messages (not part of the page's download).
import '../lib/i18n/output';
import {
	DEFAULT_SMAA_OPTIONS,
	evaluate,
	smaa,
	type Scenario,
	type SmaaOptions
} from '../lib/engine';
import type { Locale } from '../lib/i18n';
import { parseArgs, type CliOptions } from './args';
import { calcHelp } from './help';
import { readScenario, runCommand, type CommandIo } from './io';
import { groupJson, runGroup } from './group';
import { buildResult, parameterList } from './result';
import { scenarioJsonSchema } from './schema';
import { renderEvaluation, renderGroup, renderParameters } from './table';

export interface CliIo extends CommandIo {
	/** SMAA's progress (samples done of total), e.g. for a terminal; optional. */
	progress?(done: number, total: number, locale: Locale): void;
}

function json(value: unknown): string {
	return JSON.stringify(value, null, 2) + '\n';
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
	if (options.help) return calcHelp(options.lang, DEFAULT_SMAA_OPTIONS);
	if (options.schema) return json(scenarioJsonSchema());
	if (options.parameters)
		return options.format === 'table'
			? renderParameters(options.lang)
			: json(parameterList(options.lang));

	const progress = io.progress;
	if (options.group) {
		const group = await runGroup(
			options,
			io,
			smaaOptions(options),
			progress && ((done, total) => progress(done, total, options.lang))
		);
		return options.format === 'table'
			? renderGroup(group, options.lang)
			: json(groupJson(group, options.lang));
	}

	const scenario: Scenario = await readScenario(options.file, io);
	const evaluation = evaluate(scenario);
	const smaaResult = options.smaa
		? smaa(
				scenario,
				smaaOptions(options),
				progress && ((done, total) => progress(done, total, options.lang))
			)
		: null;
	return options.format === 'table'
		? renderEvaluation(evaluation, smaaResult, options.lang)
		: json(buildResult(evaluation, smaaResult, options.lang));
}

/** Run the command line; resolves to the exit status. Writes stdout only on success. */
export function main(argv: readonly string[], io: CliIo): Promise<number> {
	return runCommand(io, () => run(argv, io));
}
