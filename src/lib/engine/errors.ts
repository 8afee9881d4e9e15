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
	| 'judgement-order';

export interface ErrorDetails {
	field: string;
	value?: unknown;
	min?: number;
	max?: number;
	detail?: string;
}

const MESSAGES: Record<ErrorCode, (d: ErrorDetails) => string> = {
	'invalid-json': (d) => `${d.field}: invalid JSON${d.detail ? ` (${d.detail})` : ''}`,
	'invalid-shape': (d) => `${d.field}: ${d.detail ?? 'unexpected value'}`,
	'unsupported-version': (d) =>
		`${d.field}: unsupported version ${String(d.value)}, expected 1 or 2`,
	'unknown-parameter': (d) => `${d.field}: unknown parameter id`,
	'unknown-criterion': (d) => `${d.field}: unknown criterion id`,
	'not-a-number': (d) => `${d.field}: ${JSON.stringify(d.value)} is not a finite number`,
	'out-of-range': (d) => `${d.field}: ${String(d.value)} is outside ${d.min}–${d.max}`,
	'not-an-integer': (d) => `${d.field}: ${String(d.value)} must be a whole number`,
	'negative-weight': (d) => `${d.field}: weight ${String(d.value)} is negative`,
	'all-weights-zero': (d) => `${d.field}: all weights are zero`,
	'not-judged': (d) => `${d.field}: not a judged criterion (its values are computed)`,
	'unknown-model': (d) => `${d.field}: unknown model id`,
	'judgement-order': (d) =>
		`${d.field}: must keep low ≤ score ≤ high${d.detail ? ` (${d.detail})` : ''}`
};

export class ScenarioError extends Error {
	readonly code: ErrorCode;
	readonly details: ErrorDetails;
	constructor(code: ErrorCode, details: ErrorDetails) {
		super(MESSAGES[code](details));
		this.name = 'ScenarioError';
		this.code = code;
		this.details = details;
	}
}
