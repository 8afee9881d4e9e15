/**
 * The command line's arguments. A small hand-written parser, so that every mistake becomes one
 * line naming the option (`--samples: 'x' is not a whole number`). `scanArgv` and the value
 * checks serve both commands (`calc` here, `report` in report.ts).
 */
// The command line's and the PDF's messages (not part of the page's download).
import '../lib/i18n/output';
import { LOCALES, type Locale } from '../lib/i18n';

export const FORMATS = ['json', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
	help: boolean;
	parameters: boolean;
	schema: boolean;
	format: Format;
	lang: Locale;
	smaa: boolean;
	samples?: number;
	seed?: number;
	weightUncertainty?: number;
	/** Scenario file; `-` is standard input; absent means the study's figures. */
	file?: string;
	/** Council mode: the positional files are the members (`--group a.json b.json …`). */
	group: boolean;
	/** The members' scenario files, with `--group`. */
	members: string[];
	/** With `--group`: the scenario whose figures the group is run over; the study's if absent. */
	base?: string;
}

/** Bad command-line usage: exit status 2, like bad scenario input. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

export const MAX_SAMPLES = 1_000_000;
export const MAX_SEED = 2 ** 32 - 1;

export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`${option}: '${value}' is not one of ${allowed.join(', ')}`);
}

export function wholeNumber(option: string, value: string, min: number, max: number): number {
	const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!Number.isSafeInteger(n)) throw new UsageError(`${option}: '${value}' is not a whole number`);
	if (n < min || n > max) throw new UsageError(`${option}: ${n} is outside ${min}–${max}`);
	return n;
}

function fraction(option: string, value: string): number {
	const n = /^(?:\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
	if (!Number.isFinite(n)) throw new UsageError(`${option}: '${value}' is not a number`);
	if (n > 1) throw new UsageError(`${option}: ${n} is outside 0–1`);
	return n;
}

export interface ArgvSpec {
	/** Options without a value (`--help`). */
	flags: ReadonlySet<string>;
	/** Options with a value, as `--name value` or `--name=value`. */
	valued: ReadonlySet<string>;
	flag(name: string): void;
	value(name: string, value: string): void;
}

/**
 * Walk the arguments: each flag and each option with its value goes to `spec`, in order. The
 * rest (after `--`, `-`, or not starting with `-`) is the scenario file; returns it, if given.
 */
export function scanArgv(argv: readonly string[], spec: ArgvSpec): string | undefined {
	const positional = scanPositional(argv, spec);
	if (positional.length > 1)
		throw new UsageError(`${positional[1]}: only one scenario file may be given`);
	return positional[0];
}

/** As `scanArgv`, but returns every positional argument (the group's member files). */
export function scanPositional(argv: readonly string[], spec: ArgvSpec): string[] {
	const positional: string[] = [];
	let onlyPositional = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
			positional.push(arg);
			continue;
		}
		if (arg === '--') {
			onlyPositional = true;
			continue;
		}
		const eq = arg.indexOf('=');
		const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
		if (spec.flags.has(name)) {
			if (name !== arg) throw new UsageError(`${name}: takes no value`);
			spec.flag(name);
			continue;
		}
		if (!spec.valued.has(name)) throw new UsageError(`${name}: unknown option (see --help)`);
		if (name !== arg) spec.value(name, arg.slice(eq + 1));
		else {
			const next = argv[i + 1];
			if (next === undefined) throw new UsageError(`${name}: needs a value`);
			spec.value(name, next);
			i++;
		}
	}
	return positional;
}

const FLAGS = new Set(['--help', '-h', '--parameters', '--schema', '--no-smaa', '--group']);
const VALUED = new Set([
	'--format',
	'--lang',
	'--samples',
	'--seed',
	'--weight-uncertainty',
	'--base'
]);

export function parseArgs(argv: readonly string[]): CliOptions {
	const options: CliOptions = {
		help: false,
		parameters: false,
		schema: false,
		format: 'json',
		lang: 'nb',
		smaa: true,
		group: false,
		members: []
	};
	const positional = scanPositional(argv, {
		flags: FLAGS,
		valued: VALUED,
		flag(name) {
			if (name === '--help' || name === '-h') options.help = true;
			else if (name === '--parameters') options.parameters = true;
			else if (name === '--schema') options.schema = true;
			else if (name === '--group') options.group = true;
			else options.smaa = false;
		},
		value(name, value) {
			switch (name) {
				case '--format':
					options.format = oneOf(name, value, FORMATS);
					break;
				case '--lang':
					options.lang = oneOf(name, value, LOCALES);
					break;
				case '--samples':
					options.samples = wholeNumber(name, value, 1, MAX_SAMPLES);
					break;
				case '--seed':
					options.seed = wholeNumber(name, value, 0, MAX_SEED);
					break;
				case '--base':
					options.base = value;
					break;
				default:
					options.weightUncertainty = fraction(name, value);
			}
		}
	});
	if (options.group) options.members = positional;
	else if (positional.length > 1)
		throw new UsageError(`${positional[1]}: only one scenario file may be given`);
	else if (positional[0] !== undefined) options.file = positional[0];
	if (!options.help) {
		if (options.group) checkGroup(options);
		else if (options.base !== undefined)
			throw new UsageError('--base: only with --group (the figures a group is run over)');
		if (options.parameters && options.schema)
			throw new UsageError('--schema: cannot be combined with --parameters');
		const listing = options.parameters ? '--parameters' : options.schema ? '--schema' : null;
		if (listing && options.file !== undefined)
			throw new UsageError(`${listing}: takes no scenario file (got '${options.file}')`);
		if (options.schema && options.format !== 'json')
			throw new UsageError('--format: --schema is only available as json');
	}
	return options;
}

/** `--group`: member files only (at least one, not standard input), no listing, SMAA on. */
function checkGroup(options: CliOptions): void {
	if (options.members.length === 0)
		throw new UsageError('--group: needs at least one member scenario file');
	if (options.members.includes('-'))
		throw new UsageError("--group: members are files; '-' (standard input) is not one");
	if (options.parameters) throw new UsageError('--parameters: cannot be combined with --group');
	if (options.schema) throw new UsageError('--schema: cannot be combined with --group');
	if (!options.smaa)
		throw new UsageError('--no-smaa: cannot be combined with --group (the group result is SMAA)');
}
