/**
 * What both commands (`calc` in main.ts, `report` in report.ts) do around their work: read the
 * scenario from a file or standard input, turn a failure into one line on standard error and an
 * exit status, and wire themselves to the real process.
 *
 * Exit status: 0 success; 2 bad input (arguments, file, scenario) with one line on stderr naming
 * the problem and nothing on stdout; 1 an internal error, also one line on stderr. The lines are
 * English, like the engine's scenario errors they pass on.
 */
import { readFile } from 'node:fs/promises';
import { validateData } from '../lib/data/validate';
import { DEFAULT_SCENARIO, parseScenarioJson, ScenarioError, type Scenario } from '../lib/engine';
import { UsageError } from './args';
import { escapeControl } from './terminal-text';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** The streams and files a command uses; tests pass their own. */
export interface CommandIo {
	stdout(text: string): void;
	stderr(text: string): void;
	/** All of standard input, as UTF-8 text. */
	readStdin(): Promise<string>;
	/** A file's contents as UTF-8 text; rejects with a Node error (`code`) when it cannot. */
	readFile(path: string): Promise<string>;
}

const FILE_ERRORS: Readonly<Record<'read' | 'write', Readonly<Record<string, string>>>> = {
	read: {
		ENOENT: 'file not found',
		EISDIR: 'is a directory, not a file',
		EACCES: 'permission denied'
	},
	write: {
		ENOENT: 'cannot write: the folder does not exist',
		EISDIR: 'cannot write: is a directory',
		EACCES: 'cannot write: permission denied'
	}
};

/** A failed read or write of `path` as a usage error, in words for the Node error code. */
export function fileProblem(path: string, e: unknown, action: 'read' | 'write'): UsageError {
	const code = (e as { code?: unknown }).code;
	const why =
		typeof code === 'string'
			? (FILE_ERRORS[action][code] ?? `cannot ${action} (${code})`)
			: `cannot ${action} (${e instanceof Error ? e.message : String(e)})`;
	return new UsageError(`${path}: ${why}`);
}

/** The scenario in `file` (`-` is standard input); the study's figures when there is none. */
export async function readScenario(file: string | undefined, io: CommandIo): Promise<Scenario> {
	if (file === undefined) return DEFAULT_SCENARIO;
	let text: string;
	try {
		text = file === '-' ? await io.readStdin() : await io.readFile(file);
	} catch (e) {
		throw fileProblem(file, e, 'read');
	}
	// A byte-order mark is not part of the JSON text.
	return parseScenarioJson(text.replace(/^\uFEFF/, ''));
}

/** One line for standard error; the message may repeat text from a file, so escape it. */
function oneLine(text: string): string {
	return escapeControl(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/**
 * Run a command: validate the data files (here and at build time, not in the page's bundle),
 * then `work`; its text goes to stdout only on success. Resolves to the exit status.
 */
export async function runCommand(
	io: Pick<CommandIo, 'stdout' | 'stderr'>,
	work: () => Promise<string>
): Promise<number> {
	let output: string;
	try {
		validateData();
		output = await work();
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

async function readProcessStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** The real process's streams and files. */
export function processIo(): CommandIo {
	return {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
		readStdin: readProcessStdin,
		readFile: (path) => readFile(path, 'utf8')
	};
}
