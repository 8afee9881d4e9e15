/**
 * One error type for bad input, with one catalogue of messages, so every failure reads the same
 * way and names the field. The page maps `code` to its own (translated) catalogue; the command
 * line prints `message`.
 */
export type ErrorCode =
	| 'invalid-json'
	| 'invalid-shape'
	| 'unsupported-version'
	| 'unknown-parameter'
	| 'unknown-criterion'
	| 'not-a-number'
	| 'out-of-range'
	| 'not-an-integer'
	| 'negative-weight'
	| 'all-weights-zero'
	| 'not-judged'
	| 'unknown-model'
	| 'judgement-order'
	| 'no-top-swing';

export interface ErrorDetails {
	field: string;
	value?: unknown;
	min?: number;
	max?: number;
	detail?: string;
}

/** Longest field name or id a message repeats; a longer one is cut with an ellipsis. */
export const MESSAGE_ID_MAX = 80;

/** `text`, cut to `max` characters with an ellipsis, so a hostile id cannot flood a message. */
export function clip(text: string, max = MESSAGE_ID_MAX): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * What a value was, for a message: a number as written, `Infinity` as "a number too large",
 * anything else as short JSON with its type (`"1" (text)`), so the user sees what was there.
 */
export function describeValue(value: unknown): string {
	if (typeof value === 'number') {
		if (Number.isFinite(value) || Number.isNaN(value)) return String(value);
		// JSON.parse turns 1e999 into Infinity; say so rather than print "null" or "Infinity".
		// Only +Infinity and -Infinity get here.
		return value === Infinity
			? 'a number too large (over 1.8e308)'
			: 'a number too large (below -1.8e308)';
	}
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	const kind = Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'text' : typeof value;
	return `${clip(JSON.stringify(value) ?? String(value), 40)} (${kind})`;
}

const MESSAGES: Record<ErrorCode, (d: ErrorDetails) => string> = {
	'invalid-json': (d) => `${d.field}: invalid JSON${d.detail ? ` (${d.detail})` : ''}`,
	'invalid-shape': (d) => `${d.field}: ${d.detail ?? 'unexpected value'}`,
	'unsupported-version': (d) =>
		`${d.field}: unsupported version ${describeValue(d.value)}, expected 1 or 2`,
	'unknown-parameter': (d) => `${d.field}: unknown parameter id`,
	'unknown-criterion': (d) => `${d.field}: unknown criterion id`,
	'not-a-number': (d) => `${d.field}: ${describeValue(d.value)} is not a finite number`,
	'out-of-range': (d) => `${d.field}: ${describeValue(d.value)} is outside ${d.min}–${d.max}`,
	'not-an-integer': (d) => `${d.field}: ${describeValue(d.value)} must be a whole number`,
	'negative-weight': (d) => `${d.field}: weight ${describeValue(d.value)} is negative`,
	'all-weights-zero': (d) => `${d.field}: all weights are zero`,
	'not-judged': (d) => `${d.field}: not a judged criterion (its values are computed)`,
	'unknown-model': (d) => `${d.field}: unknown model id`,
	'judgement-order': (d) =>
		`${d.field}: must keep low ≤ score ≤ high${d.detail ? ` (${d.detail})` : ''}`,
	'no-top-swing': (d) => `${d.field}: no swing has 100 points (the one that matters most must)`
};

export class ScenarioError extends Error {
	readonly code: ErrorCode;
	readonly details: ErrorDetails;
	constructor(code: ErrorCode, details: ErrorDetails) {
		super(MESSAGES[code]({ ...details, field: clip(details.field) }));
		this.name = 'ScenarioError';
		this.code = code;
		this.details = details;
	}
}
