/**
 * What each county answer does to first place (`countyOutcome`) must be what evaluating the
 * scenario under that answer says, however the figures and weights change between calls: the
 * evaluations it keeps while only weights move must never outlive a change of figures. The
 * oracle is the plain definition, written here: evaluate the scenario with the answer laid over
 * it (and with the study's order of weights), and take the first of its ranking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets } from '../data';
import {
	evaluate,
	STUDY_ORDER_PRESET_ID,
	switchCountyAnswer,
	type CountyAnswerId,
	type Scenario
} from '../engine';
import { scenarioArb } from '../engine/test-arbitraries';
import { countyOutcome } from './county';

function byDefinition(scenario: Scenario) {
	const study = presets.find((p) => p.id === STUDY_ORDER_PRESET_ID)!.weights;
	const leader = (s: Scenario, id: CountyAnswerId) =>
		evaluate(switchCountyAnswer(s, id)).ranking[0];
	const withStudy = { ...scenario, weights: { ...study } };
	const e = evaluate(scenario);
	return {
		leaders: { yes: leader(scenario, 'yes'), no: leader(scenario, 'no') },
		studyOrderLeaders: { yes: leader(withStudy, 'yes'), no: leader(withStudy, 'no') },
		// Funding certainty and the county's funding prospect: the judged criteria the answers move
		// (data/county-question.json).
		share: (e.weights['funding-certainty'] ?? 0) + (e.weights['county-funding-prospect'] ?? 0)
	};
}

describe('countyOutcome', () => {
	it('is the leader under each answer by definition, call after call', () => {
		fc.assert(
			fc.property(fc.array(scenarioArb, { minLength: 2, maxLength: 4 }), (scenarios) => {
				// The same figures with other weights, then other figures: what a page sees as a
				// reader drags a weight and then edits a figure.
				const sequence = scenarios.flatMap((s, i) => [
					s,
					{ ...s, weights: scenarios[(i + 1) % scenarios.length]!.weights }
				]);
				for (const s of sequence) {
					const got = countyOutcome(s);
					const want = byDefinition(s);
					expect(got.leaders).toEqual(want.leaders);
					expect(got.studyOrderLeaders).toEqual(want.studyOrderLeaders);
					expect(got.share).toBeCloseTo(want.share, 12);
				}
			}),
			{ numRuns: 25 }
		);
	});
});
