// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ScenarioError } from './errors';
import { onlyChanges, parseScenario, parseScenarioJson, resolveWeights } from './scenario';

function errorOf(f: () => unknown): ScenarioError {
	try {
		f();
	} catch (e) {
		if (e instanceof ScenarioError) return e;
		throw e;
	}
	throw new Error('no error thrown');
}

describe('parseScenario', () => {
	it('accepts the minimal file and fills in nothing but defaults', () => {
		expect(parseScenario({ version: 1 })).toEqual({ version: 1, values: {}, weights: {} });
	});

	it('keeps a name, values and weights', () => {
		const s = parseScenario({
			version: 1,
			name: 'Møte 12. mars',
			values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30000 },
			weights: { 'company-cost': 40 }
		});
		expect(s.name).toBe('Møte 12. mars');
		expect(s.values['trainee-innlandet.serviceFeePerTraineePerTertial']).toBe(30000);
	});

	it.each([
		['invalid JSON', () => parseScenarioJson('{"version": 1,'), 'invalid-json', '(root)'],
		[
			'an unknown parameter',
			() => parseScenario({ version: 1, values: { 'shared.nope': 1 } }),
			'unknown-parameter',
			'values.shared.nope'
		],
		[
			'an unknown criterion',
			() => parseScenario({ version: 1, weights: { beauty: 1 } }),
			'unknown-criterion',
			'weights.beauty'
		],
		[
			'a negative fee',
			() => parseScenario({ version: 1, values: { 'fjelltrainee.membershipFeePerYear': -1 } }),
			'out-of-range',
			'values.fjelltrainee.membershipFeePerYear'
		],
		[
			'a share above 1',
			() => parseScenario({ version: 1, values: { 'trainee-innlandet.retentionShare': 1.2 } }),
			'out-of-range',
			'values.trainee-innlandet.retentionShare'
		],
		[
			'a horizon of 0 years',
			() => parseScenario({ version: 1, values: { 'shared.horizonYears': 0 } }),
			'out-of-range',
			'values.shared.horizonYears'
		],
		[
			'a horizon of 51 years',
			() => parseScenario({ version: 1, values: { 'shared.horizonYears': 51 } }),
			'out-of-range',
			'values.shared.horizonYears'
		],
		[
			'a fractional horizon',
			() => parseScenario({ version: 1, values: { 'shared.horizonYears': 2.5 } }),
			'not-an-integer',
			'values.shared.horizonYears'
		],
		[
			'a value that is text',
			() => parseScenario({ version: 1, values: { 'shared.discountRate': '4 %' } }),
			'not-a-number',
			'values.shared.discountRate'
		],
		[
			'a negative weight',
			() => parseScenario({ version: 1, weights: { ownership: -2 } }),
			'negative-weight',
			'weights.ownership'
		],
		['a wrong version', () => parseScenario({ version: 2 }), 'unsupported-version', 'version'],
		['an extra key', () => parseScenario({ version: 1, colour: 'red' }), 'invalid-shape', '(root)'],
		['no version', () => parseScenario({}), 'invalid-shape', 'version']
	])('rejects %s, naming the field', (_, f, code, field) => {
		const e = errorOf(f);
		expect(e.code).toBe(code);
		expect(e.details.field).toBe(field);
		expect(e.message).toContain(field);
	});

	it('rejects all weights zero', () => {
		const zero = Object.fromEntries(
			Object.keys(resolveWeights({ version: 1, values: {}, weights: {} })).map((k) => [k, 0])
		);
		expect(errorOf(() => parseScenario({ version: 1, weights: zero })).code).toBe(
			'all-weights-zero'
		);
	});
});

describe('onlyChanges', () => {
	it('drops values equal to the study’s', () => {
		const s = onlyChanges({
			version: 1,
			values: {
				'trainee-innlandet.membershipFeePerYear': 20000,
				'fjelltrainee.membershipFeePerYear': 10000
			},
			weights: { ownership: 15, competition: 1 }
		});
		expect(s.values).toEqual({ 'fjelltrainee.membershipFeePerYear': 10000 });
		expect(s.weights).toEqual({ competition: 1 });
	});
});
