// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { criteria } from '../data';
import { evaluate } from './evaluate';
import { parseScenario, resolveWeights } from './scenario';
import { normaliseWeights } from './scoring';
import {
	parseSwingAnswers,
	SWING_TOP,
	SwingShape,
	swingFromWeights,
	swingWeights,
	topSwings
} from './swing';
import { errorOf } from './test-helpers';

/** The data's 13 criteria, in data order (data/criteria.json). */
const ALL = [
	'competence-fit',
	'company-cost',
	'public-cost',
	'graduates-retained',
	'competition',
	'ownership',
	'funding-certainty',
	'candidate-attraction',
	'distance-meeting-places',
	'process-under-way',
	'county-funding-prospect',
	'regional-steering',
	'time-to-start'
];

describe('the criteria this file is written against', () => {
	it('are the data’s, in this order', () => {
		expect(criteria.map((c) => c.id)).toEqual(ALL);
		expect(SWING_TOP).toBe(100);
	});
});

describe('swingWeights', () => {
	const answers = {
		points: { 'graduates-retained': 100, 'company-cost': 50, 'competence-fit': 25 }
	};

	it('gives every criterion its points, 0 where not answered', () => {
		const w = swingWeights(answers);
		expect(Object.keys(w)).toEqual(ALL);
		expect(w).toEqual({
			'competence-fit': 25,
			'company-cost': 50,
			'public-cost': 0,
			'graduates-retained': 100,
			competition: 0,
			ownership: 0,
			'funding-certainty': 0,
			'candidate-attraction': 0,
			'distance-meeting-places': 0,
			'process-under-way': 0,
			'county-funding-prospect': 0,
			'regional-steering': 0,
			'time-to-start': 0
		});
	});

	it('is an ordinary weight set: the engine reads shares 100/175, 50/175, 25/175', () => {
		// 100 + 50 + 25 = 175 points in all:
		// graduates 100/175 = 0.571428…, company cost 50/175 = 0.285714…, fit 25/175 = 0.142857…
		const scenario = parseScenario({ version: 2, weights: swingWeights(answers) });
		const e = evaluate(scenario);
		expect(e.weights['graduates-retained']).toBeCloseTo(0.5714285714, 9);
		expect(e.weights['company-cost']).toBeCloseTo(0.2857142857, 9);
		expect(e.weights['competence-fit']).toBeCloseTo(0.1428571429, 9);
		// No weight of the default preset is left behind (it gives ownership 15 points).
		expect(e.weights.ownership).toBe(0);
		expect(e.weights['public-cost']).toBe(0);
		expect(resolveWeights(scenario)).toEqual(swingWeights(answers));
	});

	it('with one swing only, puts the whole weight on it', () => {
		const w = swingWeights({ points: { 'time-to-start': 100 } });
		expect(normaliseWeights(ALL.map((id) => w[id]!))).toEqual([
			0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
		]);
	});
});

describe('parseSwingAnswers', () => {
	it('accepts answers with a swing at 100, the bounds 0 and 100 included', () => {
		const input = { points: { ownership: 100, 'public-cost': 0, competition: 99.5 } };
		const parsed = parseSwingAnswers(input);
		expect(parsed).toEqual(input);
		// A copy: changing the input later does not change the answers.
		input.points.ownership = 3;
		expect(parsed.points.ownership).toBe(100);
		expect(SwingShape().safeParse(parsed).success).toBe(true);
	});

	it('accepts several swings at 100', () => {
		const parsed = parseSwingAnswers({ points: { 'time-to-start': 100, ownership: 100 } });
		expect(topSwings(parsed)).toEqual(['ownership', 'time-to-start']);
	});

	it('refuses answers with no swing at 100, naming the points', () => {
		const e = errorOf(() => parseSwingAnswers({ points: { ownership: 99.9, competition: 50 } }));
		expect(e.code).toBe('no-top-swing');
		expect(e.details).toEqual({ field: 'swing.points' });
		expect(e.message).toBe(
			'swing.points: no swing has 100 points (the one that matters most must)'
		);
		expect(errorOf(() => parseSwingAnswers({ points: {} })).code).toBe('no-top-swing');
	});

	it('refuses negative points, naming the criterion', () => {
		const e = errorOf(() =>
			parseSwingAnswers({ points: { ownership: 100, 'company-cost': -0.5 } })
		);
		expect(e.code).toBe('negative-weight');
		expect(e.details).toEqual({ field: 'swing.points.company-cost', value: -0.5 });
	});

	it('refuses points above 100, naming the criterion and the bounds', () => {
		const e = errorOf(() => parseSwingAnswers({ points: { ownership: 100.01 } }));
		expect(e.code).toBe('out-of-range');
		expect(e.details).toEqual({ field: 'swing.points.ownership', value: 100.01, min: 0, max: 100 });
	});

	it('refuses points that are not finite numbers', () => {
		for (const value of ['50', null, Number.NaN, Infinity, true]) {
			const e = errorOf(() =>
				parseSwingAnswers({ points: { ownership: 100, competition: value } })
			);
			expect(e.code).toBe('not-a-number');
			expect(e.details.field).toBe('swing.points.competition');
		}
	});

	it('refuses an unknown criterion', () => {
		const e = errorOf(() => parseSwingAnswers({ points: { ownership: 100, beauty: 50 } }));
		expect(e.code).toBe('unknown-criterion');
		expect(e.details.field).toBe('swing.points.beauty');
	});

	it('refuses a wrong shape, naming the field, under the prefix given', () => {
		for (const input of [null, [], 'x', 3]) {
			const e = errorOf(() => parseSwingAnswers(input, 'answer.swing'));
			expect(e.code).toBe('invalid-shape');
			expect(e.details).toEqual({ field: 'answer.swing', detail: 'expected an object' });
		}
		for (const points of [undefined, null, [], 'x']) {
			const e = errorOf(() => parseSwingAnswers({ points }));
			expect(e.code).toBe('invalid-shape');
			expect(e.details).toEqual({ field: 'swing.points', detail: 'expected an object' });
		}
		const extra = errorOf(() => parseSwingAnswers({ points: { ownership: 100 }, first: 'x' }));
		expect(extra.code).toBe('invalid-shape');
		expect(extra.details).toEqual({ field: 'swing.first', detail: 'unexpected key' });
		const named = errorOf(() => parseSwingAnswers({ points: { ownership: -1 } }, 'answer.swing'));
		expect(named.details.field).toBe('answer.swing.points.ownership');
	});
});

describe('swingFromWeights', () => {
	it('reads the default preset back as answers: the largest weight is 100 points', () => {
		// tool-reading (data/criteria.json): fit, graduates, competition, ownership 15 (the
		// largest) → 100; company cost, funding, candidates 10 → 10/15·100 = 66.67; distance
		// 5 → 33.33; public cost and time 2.5 → 16.67; the study's three reasons 0 → 0.
		const answers = swingFromWeights(resolveWeights({ version: 2, values: {}, weights: {} }));
		const p = answers.points;
		expect(topSwings(answers)).toEqual([
			'competence-fit',
			'graduates-retained',
			'competition',
			'ownership'
		]);
		expect(p['company-cost']).toBeCloseTo(66.6667, 4);
		expect(p['funding-certainty']).toBeCloseTo(66.6667, 4);
		expect(p['candidate-attraction']).toBeCloseTo(66.6667, 4);
		expect(p['distance-meeting-places']).toBeCloseTo(33.3333, 4);
		expect(p['public-cost']).toBeCloseTo(16.6667, 4);
		expect(p['time-to-start']).toBeCloseTo(16.6667, 4);
		expect(p['process-under-way']).toBe(0);
		expect(p['county-funding-prospect']).toBe(0);
		expect(p['regional-steering']).toBe(0);
		expect(parseSwingAnswers(answers)).toEqual(answers);
	});

	it('keeps the shares: back through swingWeights, the same normalised weights', () => {
		// 40, 10, 0 → 100, 25, 0 → shares 0.8, 0.2, 0 either way.
		const w = { 'company-cost': 40, ownership: 10 };
		const back = swingWeights(swingFromWeights(w));
		expect(back['company-cost']).toBe(100);
		expect(back.ownership).toBe(25);
		expect(back['time-to-start']).toBe(0);
		const shares = normaliseWeights(ALL.map((id) => back[id]!));
		expect(shares[1]).toBeCloseTo(0.8, 12);
		expect(shares[5]).toBeCloseTo(0.2, 12);
	});

	it('refuses weights that are all 0: there is no swing that matters most', () => {
		const e = errorOf(() => swingFromWeights({ ownership: 0 }));
		expect(e.code).toBe('all-weights-zero');
		expect(e.details.field).toBe('weights');
		expect(errorOf(() => swingFromWeights({})).code).toBe('all-weights-zero');
	});
});
