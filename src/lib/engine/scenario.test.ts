// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	dataJudgement,
	migrateScenario,
	onlyChanges,
	parseScenario,
	parseScenarioJson,
	resolveJudgement,
	resolveJudgements,
	resolveWeights
} from './scenario';
import { errorOf } from './test-helpers';

describe('parseScenario', () => {
	it('accepts the minimal file and fills in nothing but defaults', () => {
		expect(parseScenario({ version: 2 })).toEqual({ version: 2, values: {}, weights: {} });
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
		['a wrong version', () => parseScenario({ version: 3 }), 'unsupported-version', 'version'],
		['an extra key', () => parseScenario({ version: 2, colour: 'red' }), 'invalid-shape', '(root)'],
		[
			'judgements in a version 1 file',
			() => parseScenario({ version: 1, judgements: {} }),
			'invalid-shape',
			'judgements'
		],
		[
			'a judgement of a computed criterion',
			() => parseScenario({ version: 2, judgements: { 'company-cost': {} } }),
			'not-judged',
			'judgements.company-cost'
		],
		[
			'a judgement of an unknown criterion',
			() => parseScenario({ version: 2, judgements: { beauty: {} } }),
			'unknown-criterion',
			'judgements.beauty'
		],
		[
			'a judgement of an unknown model',
			() => parseScenario({ version: 2, judgements: { ownership: { 'big-bank': { score: 3 } } } }),
			'unknown-model',
			'judgements.ownership.big-bank'
		],
		[
			'a score above 5',
			() =>
				parseScenario({ version: 2, judgements: { ownership: { 'own-scheme': { score: 6 } } } }),
			'out-of-range',
			'judgements.ownership.own-scheme.score'
		],
		[
			'a low that is text',
			() =>
				parseScenario({ version: 2, judgements: { ownership: { 'own-scheme': { low: 'a' } } } }),
			'not-a-number',
			'judgements.ownership.own-scheme.low'
		],
		[
			'a low above the score',
			() =>
				parseScenario({
					version: 2,
					judgements: { ownership: { 'own-scheme': { score: 2, low: 3, high: 4 } } }
				}),
			'judgement-order',
			'judgements.ownership.own-scheme.low'
		],
		[
			'a high below the score',
			() =>
				parseScenario({
					version: 2,
					judgements: { ownership: { 'own-scheme': { score: 4, low: 1, high: 3 } } }
				}),
			'judgement-order',
			'judgements.ownership.own-scheme.high'
		],
		[
			'a fractional sample count',
			() => parseScenario({ version: 2, analysis: { samples: 10.5 } }),
			'not-an-integer',
			'analysis.samples'
		],
		[
			'a weight uncertainty above 1',
			() => parseScenario({ version: 2, analysis: { weightUncertainty: 2 } }),
			'out-of-range',
			'analysis.weightUncertainty'
		],
		[
			'an unknown analysis setting',
			() => parseScenario({ version: 2, analysis: { colour: 1 } }),
			'invalid-shape',
			'analysis'
		],
		['no version', () => parseScenario({}), 'invalid-shape', 'version']
	])('rejects %s, naming the field', (_, f, code, field) => {
		const e = errorOf(f);
		expect(e.code).toBe(code);
		expect(e.details.field).toBe(field);
		expect(e.message).toContain(field);
	});

	it('rejects all weights zero', () => {
		const zero = Object.fromEntries(
			Object.keys(resolveWeights({ version: 2, values: {}, weights: {} })).map((k) => [k, 0])
		);
		expect(errorOf(() => parseScenario({ version: 1, weights: zero })).code).toBe(
			'all-weights-zero'
		);
	});
});

describe('version 1 files', () => {
	it('migrate to version 2 with the same name, values and weights and nothing judged', () => {
		// By hand: a version 1 file is { version, name?, values?, weights? }. Version 2 adds
		// judgements and analysis, which version 1 could not hold, so the migration only changes
		// the version number; the weights stay relative to the same default preset ('study').
		const v1 = {
			version: 1,
			name: 'Møte 12. mars',
			values: { 'shared.horizonYears': 8 },
			weights: { 'company-cost': 40 }
		};
		expect(migrateScenario(v1)).toEqual({
			version: 2,
			name: 'Møte 12. mars',
			values: { 'shared.horizonYears': 8 },
			weights: { 'company-cost': 40 }
		});
		const s = parseScenario(v1);
		expect(s).toEqual({
			version: 2,
			name: 'Møte 12. mars',
			values: { 'shared.horizonYears': 8 },
			weights: { 'company-cost': 40 }
		});
		// Every judgement is the data's.
		expect(resolveJudgements(s)).toEqual(
			resolveJudgements({ version: 2, values: {}, weights: {} })
		);
		// The file read back from JSON text gives the same.
		expect(parseScenarioJson(JSON.stringify(v1))).toEqual(s);
	});

	it('leave anything else to the parser', () => {
		expect(migrateScenario({ version: 2, x: 1 })).toEqual({ version: 2, x: 1 });
		expect(migrateScenario(null)).toBe(null);
	});
});

describe('judgements', () => {
	it('keep score, low and high as given', () => {
		const s = parseScenario({
			version: 2,
			judgements: { ownership: { 'own-scheme': { score: 2, low: 1, high: 4 } } }
		});
		expect(resolveJudgements(s).ownership!['own-scheme']).toEqual({ score: 2, low: 1, high: 4 });
	});

	it('widen the data range to include a score moved alone', () => {
		const d = dataJudgement('ownership', 'own-scheme');
		// A score of 5 above the data's high: high becomes 5, low stays the data's.
		expect(resolveJudgement('ownership', 'own-scheme', { score: 5 })).toEqual({
			score: 5,
			low: d.low,
			high: 5
		});
		// A score of 1 below the data's low: low becomes 1, high stays.
		expect(resolveJudgement('ownership', 'own-scheme', { score: 1 })).toEqual({
			score: 1,
			low: 1,
			high: d.high
		});
	});

	it('are kept by onlyChanges only where they differ from the data', () => {
		const d = dataJudgement('ownership', 'own-scheme');
		const s = onlyChanges({
			version: 2,
			values: {},
			weights: {},
			judgements: {
				ownership: { 'own-scheme': { score: d.score, low: d.low, high: 5 } },
				competition: {
					'trainee-innlandet': { ...dataJudgement('competition', 'trainee-innlandet') }
				}
			}
		});
		expect(s.judgements).toEqual(
			d.high === 5 ? undefined : { ownership: { 'own-scheme': { high: 5 } } }
		);
	});
});

describe('onlyChanges', () => {
	it('drops values equal to the study’s', () => {
		const s = onlyChanges({
			version: 2,
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
