/**
 * The one error model for programming faults (as opposed to bad input, which is a
 * `ScenarioError` from the engine with a code the catalogue translates):
 * - `invariant(condition, message)` for "cannot happen" checks: throws an `InvariantError`;
 * - `UnknownIdError` when code asks for a model, criterion or parameter the data does not have.
 *
 * These messages are for developers (English, in logs and test output); a user never sees them
 * verbatim: `userMessage` in `$lib/present/errors` turns any error into a catalogue sentence in
 * the user's language. Relative imports only: the command line runs this with tsx.
 */

/** A broken assumption inside the program: a bug, never the user's input. */
export class InvariantError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InvariantError';
	}
}

export type IdKind = 'model' | 'criterion' | 'parameter' | 'preset' | 'source';

/** Code asked for an id the data does not define. */
export class UnknownIdError extends Error {
	readonly kind: IdKind;
	readonly id: string;
	constructor(kind: IdKind, id: string, where?: string) {
		super(`${where ? `${where}: ` : ''}unknown ${kind} '${id}'`);
		this.name = 'UnknownIdError';
		this.kind = kind;
		this.id = id;
	}
}

/** Throw an `InvariantError` with `message` unless `condition` holds. */
export function invariant(condition: unknown, message: string | (() => string)): asserts condition {
	if (!condition) throw new InvariantError(typeof message === 'function' ? message() : message);
}
