// @vitest-environment node
/**
 * Scenario validation at its edges, and the exact error messages: the cases mutation testing
 * found untested (a value exactly at its bound, a single zero weight, input that is not an
 * object, a weight that is not a number).
 */
import { describe, expect, it } from 'vitest';
import { parameterById } from '../data';
import { InvariantError } from '../errors';
import { ScenarioError } from './errors';
import {
	boundsOf,
	checkValue,
	checkWeight,
	dataJudgement,
	judgementChangesOnly,
	migrateScenario,
	onlyChanges,
	parseScenario,
	parseScenarioJson,
	resolveWeights
} from './scenario';
import { errorOf } from './test-helpers';

const param = (id: string) => parameterById.get(id)!;

describe('bounds', () => {
	it('takes a parameter’s own bounds before its unit’s, and integers from the unit', () => {
		// data/parameters.json: the horizon is in years (unit: 0–50, whole) with own bounds 1–50.
		expect(boundsOf(param('shared.horizonYears'))).toEqual({ min: 1, max: 50, integer: true });
		// A share has no bounds of its own: the unit's 0–1, not whole.
		expect(boundsOf(param('trainee-innlandet.retentionShare'))).toEqual({
			min: 0,
			max: 1,
			integer: false
		});
		// A count of companies: the unit's 0–10 000, whole.
		expect(boundsOf(param('own-scheme.newMemberCompanies'))).toEqual({
			min: 0,
			max: 10000,
			integer: true
		});
	});

	it('accepts a value exactly at either bound', () => {
		const p = (values: Record<string, number>) => parseScenario({ version: 1, values }).values;
		expect(p({ 'shared.horizonYears': 50 })).toEqual({ 'shared.horizonYears': 50 });
		expect(p({ 'shared.horizonYears': 1 })).toEqual({ 'shared.horizonYears': 1 });
		expect(p({ 'trainee-innlandet.retentionShare': 1 })).toEqual({
			'trainee-innlandet.retentionShare': 1
		});
		expect(p({ 'trainee-innlandet.retentionShare': 0 })).toEqual({
			'trainee-innlandet.retentionShare': 0
		});
		expect(checkValue(param('shared.programmeYears'), 3, 'f')).toBe(3);
	});

	it('refuses a value just past either bound, naming the bounds', () => {
		const e = errorOf(() => checkValue(param('trainee-innlandet.retentionShare'), 1.000001, 'f'));
		expect(e.code).toBe('out-of-range');
		expect(e.details).toEqual({ field: 'f', value: 1.000001, min: 0, max: 1 });
		expect(e.message).toBe('f: 1.000001 is outside 0–1');
		expect(errorOf(() => checkValue(param('shared.programmeYears'), 0, 'g')).message).toBe(
			'g: 0 is outside 1–3'
		);
	});

	it('refuses what is not a finite number', () => {
		for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '4', null, undefined]) {
			const e = errorOf(() => checkValue(param('shared.discountRate'), value, 'f'));
			expect(e.code).toBe('not-a-number');
		}
		expect(errorOf(() => checkValue(param('shared.discountRate'), '4 %', 'f')).message).toBe(
			'f: "4 %" (text) is not a finite number'
		);
	});

	it('refuses a fraction where the unit is whole, and only there', () => {
		expect(errorOf(() => checkValue(param('shared.horizonYears'), 2.5, 'f')).message).toBe(
			'f: 2.5 must be a whole number'
		);
		expect(checkValue(param('shared.discountRate'), 0.035, 'f')).toBe(0.035);
	});
});

describe('weights', () => {
	it('accepts zero and positive weights, refuses negative and non-numbers', () => {
		expect(checkWeight(0, 'w')).toBe(0);
		expect(checkWeight(2.5, 'w')).toBe(2.5);
		expect(errorOf(() => checkWeight(-2, 'w')).message).toBe('w: weight -2 is negative');
		expect(errorOf(() => checkWeight(-0.001, 'w')).code).toBe('negative-weight');
		for (const value of ['3', Number.NaN, Number.NEGATIVE_INFINITY, null])
			expect(errorOf(() => checkWeight(value, 'w')).code).toBe('not-a-number');
	});

	it('names a weight that is not a number', () => {
		const e = errorOf(() => parseScenario({ version: 1, weights: { ownership: 'high' } }));
		expect(e.code).toBe('not-a-number');
		expect(e.details.field).toBe('weights.ownership');
	});

	it('accepts a single zero weight (only all zero is refused)', () => {
		const s = parseScenario({ version: 1, weights: { ownership: 0 } });
		expect(s.weights).toEqual({ ownership: 0 });
		expect(resolveWeights(s)['ownership']).toBe(0);
		const zero = errorOf(() =>
			parseScenario({
				version: 1,
				weights: Object.fromEntries(Object.keys(resolveWeights(s)).map((k) => [k, 0]))
			})
		);
		expect(zero.message).toBe('weights: all weights are zero');
	});

	it('takes the study’s preset weight for every criterion the scenario leaves out', () => {
		// data/criteria.json, preset "tool-reading" (the default): competence-fit 15, company-cost 10,
		// public-cost 2.5 …; 13 criteria: the 10 of version 1 and the study's three reasons for its
		// order (process under way, county funding, a scheme the region steers).
		const w = resolveWeights({ version: 2, values: {}, weights: { 'company-cost': 40 } });
		expect(w['company-cost']).toBe(40);
		expect(w['competence-fit']).toBe(15);
		expect(w['public-cost']).toBe(2.5);
		expect(Object.keys(w)).toHaveLength(10 + 3);
	});
});

describe('input that is not a scenario object', () => {
	it.each([
		['null', null, '(root)'],
		['a bare number', 5, '(root)'],
		['a string', 'scenario', '(root)'],
		['an array', [1], '(root)'],
		['values: null', { version: 1, values: null }, 'values'],
		['values as an array', { version: 1, values: [1, 2] }, 'values'],
		['values as text', { version: 1, values: 'abc' }, 'values'],
		['weights as a number', { version: 1, weights: 3 }, 'weights'],
		['a name too long', { version: 1, name: 'x'.repeat(201) }, 'name']
	])('refuses %s as invalid-shape, naming the field', (_, input, field) => {
		const e = errorOf(() => parseScenario(input));
		expect(e.code).toBe('invalid-shape');
		expect(e.details.field).toBe(field);
		expect(e.message.startsWith(`${field}: `)).toBe(true);
	});

	it('refuses a version that is not the number it supports', () => {
		// The message says what was there, with its type where it is not a number.
		const said: [unknown, string][] = [
			['1', 'version: unsupported version "1" (text), expected 1 or 2'],
			[3, 'version: unsupported version 3, expected 1 or 2'],
			[null, 'version: unsupported version null, expected 1 or 2']
		];
		for (const [version, message] of said) {
			const e = errorOf(() => parseScenario({ version }));
			expect(e.code).toBe('unsupported-version');
			expect(e.details).toEqual({ field: 'version', value: version });
			expect(e.message).toBe(message);
		}
	});

	it('adds no name where the file has none', () => {
		expect(Object.keys(parseScenario({ version: 1 }))).toEqual(['version', 'values', 'weights']);
		expect(parseScenario({ version: 1, name: '' }).name).toBe('');
	});

	it('keeps a name of exactly 200 characters', () => {
		expect(parseScenario({ version: 1, name: 'x'.repeat(200) }).name).toHaveLength(200);
	});

	it('reports invalid JSON with the parser’s reason', () => {
		const e = errorOf(() => parseScenarioJson('{"version": 1,'));
		expect(e.message.startsWith('(root): invalid JSON (')).toBe(true);
		expect(e.details.detail).toBeTruthy();
		// A version 1 file is read as version 2 (migrated on read).
		expect(parseScenarioJson('{"version": 1}')).toEqual({ version: 2, values: {}, weights: {} });
	});
});

describe('error messages', () => {
	it('reads the same for every code, naming the field', () => {
		const m = (code: ConstructorParameters<typeof ScenarioError>[0], details = {}) =>
			new ScenarioError(code, { field: 'x', ...details }).message;
		expect(m('invalid-json')).toBe('x: invalid JSON');
		expect(m('invalid-json', { detail: 'bad' })).toBe('x: invalid JSON (bad)');
		expect(m('invalid-shape')).toBe('x: unexpected value');
		expect(m('invalid-shape', { detail: 'too long' })).toBe('x: too long');
		expect(m('unknown-parameter')).toBe('x: unknown parameter id');
		expect(m('unknown-criterion')).toBe('x: unknown criterion id');
		expect(m('not-a-number', { value: 'a' })).toBe('x: "a" (text) is not a finite number');
		expect(m('out-of-range', { value: 7, min: 0, max: 5 })).toBe('x: 7 is outside 0–5');
		expect(m('not-an-integer', { value: 1.5 })).toBe('x: 1.5 must be a whole number');
		expect(m('negative-weight', { value: -1 })).toBe('x: weight -1 is negative');
		expect(m('all-weights-zero')).toBe('x: all weights are zero');
		const e = new ScenarioError('unknown-parameter', { field: 'values.y' });
		expect(e.name).toBe('ScenarioError');
		expect(e).toBeInstanceOf(Error);
	});
});

describe('onlyChanges', () => {
	it('keeps a value for a parameter the data does not know (it cannot equal a default)', () => {
		const s = onlyChanges({ version: 2, values: { 'x.unknown': 1 }, weights: {} });
		expect(s.values).toEqual({ 'x.unknown': 1 });
	});
});

describe('judgements at their edges', () => {
	// data/criteria.json, ownership: own scheme 1 [1–2], Trainee Innlandet 5 [4–5].
	const parse = (judgements: unknown) => parseScenario({ version: 2, judgements });

	it('accepts scores exactly at 1 and at 5, and keeps them', () => {
		const j = { ownership: { 'own-scheme': { score: 5, low: 5, high: 5 } } };
		expect(parse(j).judgements).toEqual(j);
		const low = { ownership: { 'trainee-innlandet': { score: 1, low: 1, high: 1 } } };
		expect(parse(low).judgements).toEqual(low);
	});

	it('refuses a part just outside 1–5 or not a finite number, naming the part', () => {
		const e = errorOf(() => parse({ ownership: { 'own-scheme': { high: 5.5 } } }));
		expect(e.code).toBe('out-of-range');
		expect(e.details).toEqual({
			field: 'judgements.ownership.own-scheme.high',
			value: 5.5,
			min: 1,
			max: 5
		});
		expect(errorOf(() => parse({ ownership: { 'own-scheme': { low: 0.9 } } })).message).toBe(
			'judgements.ownership.own-scheme.low: 0.9 is outside 1–5'
		);
		for (const value of [Number.POSITIVE_INFINITY, Number.NaN]) {
			const n = errorOf(() => parse({ ownership: { 'own-scheme': { score: value } } }));
			expect(n.code).toBe('not-a-number');
			expect(n.details.field).toBe('judgements.ownership.own-scheme.score');
		}
	});

	it('names the part that breaks low ≤ score ≤ high, with the figures', () => {
		// Only low given, 2 above the data's score 1: the low is wrong.
		const lowErr = errorOf(() => parse({ ownership: { 'own-scheme': { low: 2 } } }));
		expect(lowErr.code).toBe('judgement-order');
		expect(lowErr.details).toEqual({
			field: 'judgements.ownership.own-scheme.low',
			detail: 'low 2 > score 1'
		});
		expect(lowErr.message).toBe(
			'judgements.ownership.own-scheme.low: must keep low ≤ score ≤ high (low 2 > score 1)'
		);
		// Only high given, 4 below Trainee Innlandet's score 5: the high is wrong.
		const highErr = errorOf(() => parse({ ownership: { 'trainee-innlandet': { high: 4 } } }));
		expect(highErr.details).toEqual({
			field: 'judgements.ownership.trainee-innlandet.high',
			detail: 'score 5 > high 4'
		});
		// Equal ends are in order: 3 [3–3].
		expect(parse({ ownership: { 'own-scheme': { score: 3, low: 3, high: 3 } } })).toBeTruthy();
	});

	it('leaves a group that is not an object to the shape check', () => {
		// Text is not an object; looked into, 'abc' would read as criteria '0', '1', '2'.
		for (const [judgements, field] of [
			['abc', 'judgements'],
			[{ ownership: 'abc' }, 'judgements.ownership'],
			[{ ownership: { 'own-scheme': null } }, 'judgements.ownership.own-scheme'],
			[{ ownership: { 'own-scheme': 'abc' } }, 'judgements.ownership.own-scheme']
		] as const) {
			const e = errorOf(() => parse(judgements));
			expect(e.code).toBe('invalid-shape');
			expect(e.details.field).toBe(field);
		}
	});

	it('refuses a judgement of something the data does not judge, and says so', () => {
		expect(dataJudgement('ownership', 'own-scheme')).toEqual({ score: 1, low: 1, high: 2 });
		expect(() => dataJudgement('company-cost', 'own-scheme')).toThrow(InvariantError);
		expect(() => dataJudgement('beauty', 'own-scheme')).toThrow(
			"data: no judged score for 'beauty' / 'own-scheme'"
		);
	});
});

describe('analysis settings at their edges', () => {
	const parse = (analysis: unknown) => parseScenario({ version: 2, analysis });

	it('accepts each setting at both of its bounds, and a fractional weight uncertainty', () => {
		// Bounds (as the command line's options): samples 1–1 000 000, seed 0–2³² − 1 = 4 294 967 295,
		// weight uncertainty 0–1, not whole.
		for (const a of [
			{ samples: 1, seed: 0, weightUncertainty: 0 },
			{ samples: 1_000_000, seed: 4_294_967_295, weightUncertainty: 1 },
			{ weightUncertainty: 0.25 }
		])
			expect(parse(a).analysis).toEqual(a);
	});

	it('refuses each just past its bounds, a fraction where whole, and what is not a number', () => {
		const cases: [unknown, string, string, Record<string, unknown>][] = [
			[{ samples: 0 }, 'out-of-range', 'analysis.samples', { min: 1, max: 1_000_000 }],
			[{ samples: 1_000_001 }, 'out-of-range', 'analysis.samples', { min: 1, max: 1_000_000 }],
			[{ seed: -1 }, 'out-of-range', 'analysis.seed', { min: 0, max: 4_294_967_295 }],
			[{ seed: 4_294_967_296 }, 'out-of-range', 'analysis.seed', { min: 0, max: 4_294_967_295 }],
			[{ seed: 1.5 }, 'not-an-integer', 'analysis.seed', {}],
			[{ weightUncertainty: -0.1 }, 'out-of-range', 'analysis.weightUncertainty', { min: 0 }],
			[{ samples: '10' }, 'not-a-number', 'analysis.samples', { value: '10' }],
			[{ seed: Number.POSITIVE_INFINITY }, 'not-a-number', 'analysis.seed', {}]
		];
		for (const [a, code, field, details] of cases) {
			const e = errorOf(() => parse(a));
			expect(e.code).toBe(code);
			expect(e.details).toMatchObject({ field, ...details });
		}
		// Not an object: left to the shape check, which names the group.
		for (const a of ['abc', null, [1]])
			expect(errorOf(() => parse(a)).details.field).toBe('analysis');
	});
});

describe('version 1 files and the largest weight', () => {
	it('refuses a key version 1 did not have, naming it and why', () => {
		const e = errorOf(() => migrateScenario({ version: 1, analysis: {} }));
		expect(e.code).toBe('invalid-shape');
		expect(e.details).toEqual({
			field: 'analysis',
			detail: "version 1 files have no 'analysis' (version 2 has judgements and analysis)"
		});
		// Not an object: returned as it is, for the parser to refuse.
		const list = [{ version: 1, analysis: {} }];
		expect(migrateScenario(list)).toBe(list);
		expect(migrateScenario('x')).toBe('x');
		expect(migrateScenario(undefined)).toBeUndefined();
		expect(errorOf(() => parseScenario(undefined)).details.field).toBe('(root)');
	});

	it('accepts a weight of exactly 100 and refuses one above it', () => {
		// WEIGHT_MAX = 100, the top of the page's slider.
		expect(checkWeight(100, 'w')).toBe(100);
		const e = errorOf(() => checkWeight(100.5, 'w'));
		expect(e.code).toBe('out-of-range');
		expect(e.details).toEqual({ field: 'w', value: 100.5, min: 0, max: 100 });
	});
});

describe('judgement changes reduced to what differs', () => {
	it('drops parts equal to the data’s and entries left empty, and adds no empty parts', () => {
		// data/criteria.json, ownership, own scheme: 1 [1–2]. A high of 2 is the data's: nothing
		// is left. A score of 2 is a change: only it is kept, with no low or high key.
		expect(judgementChangesOnly({ ownership: { 'own-scheme': { high: 2 } } })).toEqual({});
		const kept = judgementChangesOnly({ ownership: { 'own-scheme': { score: 2, high: 2 } } });
		expect(kept).toEqual({ ownership: { 'own-scheme': { score: 2 } } });
		expect(Object.keys(kept.ownership!['own-scheme']!)).toEqual(['score']);
	});
});
