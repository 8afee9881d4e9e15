// @vitest-environment node
/** The one catalogue of input errors: how a value is described, long ids cut, every message. */
import { describe, expect, it } from 'vitest';
import { clip, describeValue, MESSAGE_ID_MAX, ScenarioError, type ErrorCode } from './errors';

describe('clip', () => {
	it('keeps a text of exactly the limit and cuts a longer one to the limit, ellipsis included', () => {
		expect(MESSAGE_ID_MAX).toBe(80);
		const eighty = 'a'.repeat(80);
		expect(clip(eighty)).toBe(eighty);
		// 81 characters: the first 79 and '…', 80 in all.
		expect(clip(`${eighty}b`)).toBe(`${'a'.repeat(79)}…`);
		expect(clip('abcdef', 4)).toBe('abc…');
		expect(clip('abcd', 4)).toBe('abcd');
	});
});

describe('describeValue', () => {
	it('writes a number as it is, NaN included', () => {
		expect(describeValue(1.5)).toBe('1.5');
		expect(describeValue(-0.25)).toBe('-0.25');
		expect(describeValue(Number.NaN)).toBe('NaN');
	});
	it('says which way a number too large for JSON went', () => {
		// JSON.parse('1e999') is Infinity, JSON.parse('-1e999') is -Infinity.
		expect(describeValue(JSON.parse('1e999'))).toBe('a number too large (over 1.8e308)');
		expect(describeValue(JSON.parse('-1e999'))).toBe('a number too large (below -1.8e308)');
	});
	it('names null and a missing value', () => {
		expect(describeValue(null)).toBe('null');
		expect(describeValue(undefined)).toBe('nothing');
	});
	it('shows anything else as short JSON with its kind', () => {
		expect(describeValue('1')).toBe('"1" (text)');
		expect(describeValue([1, 2])).toBe('[1,2] (a list)');
		expect(describeValue({ a: 1 })).toBe('{"a":1} (object)');
		expect(describeValue(true)).toBe('true (boolean)');
		// No JSON for a symbol: its String form.
		expect(describeValue(Symbol('x'))).toBe('Symbol(x) (symbol)');
		// JSON longer than 40 characters: 39 and '…'. '"' + 50 × 'x' + '"' is 52 characters.
		expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(38)}… (text)`);
	});
});

describe('ScenarioError', () => {
	const message = (
		code: ErrorCode,
		details: Omit<ConstructorParameters<typeof ScenarioError>[1], 'field'>
	) => new ScenarioError(code, { field: 'f', ...details }).message;

	it('names the field in every message', () => {
		expect(message('invalid-json', {})).toBe('f: invalid JSON');
		expect(message('invalid-json', { detail: 'line 2' })).toBe('f: invalid JSON (line 2)');
		expect(message('invalid-shape', {})).toBe('f: unexpected value');
		expect(message('invalid-shape', { detail: 'expected an object' })).toBe(
			'f: expected an object'
		);
		expect(message('unsupported-version', { value: 3 })).toBe(
			'f: unsupported version 3, expected 1 or 2'
		);
		expect(message('unknown-parameter', {})).toBe('f: unknown parameter id');
		expect(message('unknown-criterion', {})).toBe('f: unknown criterion id');
		expect(message('not-a-number', { value: '7' })).toBe('f: "7" (text) is not a finite number');
		expect(message('out-of-range', { value: 9, min: 0, max: 1 })).toBe('f: 9 is outside 0–1');
		expect(message('not-an-integer', { value: 2.5 })).toBe('f: 2.5 must be a whole number');
		expect(message('negative-weight', { value: -1 })).toBe('f: weight -1 is negative');
		expect(message('all-weights-zero', {})).toBe('f: all weights are zero');
		expect(message('not-judged', {})).toBe('f: not a judged criterion (its values are computed)');
		expect(message('unknown-model', {})).toBe('f: unknown model id');
		expect(message('judgement-order', {})).toBe('f: must keep low ≤ score ≤ high');
		expect(message('judgement-order', { detail: 'low 3 > score 2' })).toBe(
			'f: must keep low ≤ score ≤ high (low 3 > score 2)'
		);
	});

	it('cuts a long field name in the message but keeps it whole in the details', () => {
		const field = `values.${'p'.repeat(100)}`;
		const e = new ScenarioError('unknown-parameter', { field });
		expect(e.message).toBe(`${field.slice(0, 79)}…: unknown parameter id`);
		expect(e.details.field).toBe(field);
		expect(e).toMatchObject({ name: 'ScenarioError', code: 'unknown-parameter' });
		expect(e).toBeInstanceOf(Error);
	});
});
