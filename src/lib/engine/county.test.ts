// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets } from '../data';
import {
	applyCountyAnswer,
	clearCountyAnswer,
	countyAnswer,
	countyAnswerOf,
	countyExampleFiles,
	COUNTY_QUESTION,
	switchCountyAnswer
} from './county';
import { InvariantError } from '../errors';
import { evaluate } from './evaluate';
import {
	DEFAULT_SCENARIO,
	onlyChanges,
	parseScenarioJson,
	resolveJudgements,
	type Scenario
} from './scenario';

const studyOrder: Scenario = {
	...DEFAULT_SCENARIO,
	weights: { ...presets.find((p) => p.id === 'study-order')!.weights }
};

describe('the county question', () => {
	it('switches the grant and the dependent funding judgements together', () => {
		const no = applyCountyAnswer(DEFAULT_SCENARIO, 'no');
		expect(no.values['naeringshage-consortium.countyGrantPerYear']).toBe(0);
		expect(no.values['fjelltrainee.countyGrantPerYear']).toBe(0);
		const j = resolveJudgements(no);
		expect(j['funding-certainty']!['naeringshage-consortium']).toEqual({
			score: 1,
			low: 1,
			high: 1
		});
		expect(j['county-funding-prospect']!['naeringshage-consortium'].score).toBe(1);
		expect(countyAnswerOf(no)).toBe('no');
		const yes = applyCountyAnswer(no, 'yes');
		expect(yes.values['naeringshage-consortium.countyGrantPerYear']).toBe(400_000);
		expect(resolveJudgements(yes)['funding-certainty']!['naeringshage-consortium'].score).toBe(4);
		expect(countyAnswerOf(yes)).toBe('yes');
		expect(countyAnswerOf(DEFAULT_SCENARIO)).toBeNull();
	});

	it('switches from one answer to the other without keeping what only the first set', () => {
		// 'no' sets Fjelltrainee's grant to 0 and its funding judgements to 1; 'yes' leaves
		// Fjelltrainee as the study has it (data/county-question.json). A change of the user's own
		// (the TI fee, 30 000) stays through both switches.
		const own: Scenario = {
			...DEFAULT_SCENARIO,
			values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30_000 }
		};
		const no = switchCountyAnswer(own, 'no');
		const yes = switchCountyAnswer(no, 'yes');
		expect(yes.values).toEqual({
			'trainee-innlandet.serviceFeePerTraineePerTertial': 30_000,
			'naeringshage-consortium.countyGrantPerYear': 400_000
		});
		expect(yes.judgements?.['funding-certainty']?.fjelltrainee).toBeUndefined();
		expect(countyAnswerOf(yes)).toBe('yes');
		// Reduced to its changes (what the page stores), the answer is still recognised: 'yes'
		// sets county funding for the consortium to 5 [5–5], and the data's high end is 5 already.
		expect(countyAnswerOf(onlyChanges(yes))).toBe('yes');
		expect(countyAnswerOf(onlyChanges(switchCountyAnswer(own, 'no')))).toBe('no');
		const cleared = clearCountyAnswer(yes);
		expect(cleared.values).toEqual(own.values);
		expect(countyAnswerOf(cleared)).toBeNull();
	});

	it('decides the leader under the study’s own order', () => {
		// By hand (presets.test.ts): under 'study-order' Σ weight × score is 365 for the
		// consortium and 335 for Trainee Innlandet. Yes: funding certainty 2 → 4 (weight 5, +10)
		// and county funding 4 → 5 (weight 10, +10): 385, consortium first, score (385 − 100)/400
		// = 0.7125. No: 2 → 1 (−5) and 4 → 1 (−30): 330 < 335, Trainee Innlandet first, the
		// consortium (330 − 100)/400 = 0.575 — the study's fallback (§5.2).
		const yes = evaluate(applyCountyAnswer(studyOrder, 'yes'));
		const no = evaluate(applyCountyAnswer(studyOrder, 'no'));
		expect(yes.ranking.slice(0, 2)).toEqual(['naeringshage-consortium', 'trainee-innlandet']);
		expect(no.ranking.slice(0, 2)).toEqual(['trainee-innlandet', 'naeringshage-consortium']);
		const score = (e: typeof yes) =>
			e.models.find((m) => m.id === 'naeringshage-consortium')!.score;
		expect(score(yes)).toBeCloseTo(0.7125, 12);
		expect(score(no)).toBeCloseTo(0.575, 12);
	});

	it('has both answers as ready scenario files in examples/, up to date', () => {
		expect(COUNTY_QUESTION.answers.map((a) => a.id)).toEqual(['yes', 'no']);
		const files = countyExampleFiles();
		expect(Object.keys(files)).toEqual([
			'examples/fylket-sier-ja.json',
			'examples/fylket-sier-nei.json'
		]);
		for (const [file, text] of Object.entries(files)) {
			expect(readFileSync(file, 'utf8'), `${file}: run npx tsx scripts/county-examples.ts`).toBe(
				text
			);
			expect(() => parseScenarioJson(text)).not.toThrow();
		}
	});

	it('refuses an answer the data does not have, naming it', () => {
		expect(countyAnswer('no').id).toBe('no');
		expect(() => countyAnswer('maybe' as never)).toThrow(InvariantError);
		expect(() => countyAnswer('maybe' as never)).toThrow("data: no county answer 'maybe'");
	});

	it('keeps the user’s own judgements beside the answer’s, and lets the answer win where both set one', () => {
		// data/county-question.json, 'yes': funding certainty of the consortium 4 [3–5], county
		// funding 5 [5–5]. The user's ownership judgement of the fagskole stays as it is; the
		// user's own funding certainty for the consortium (2) gives way to the answer's 4.
		const own: Scenario = {
			...DEFAULT_SCENARIO,
			judgements: {
				ownership: { 'fagskole-scheme': { score: 2, low: 1, high: 3 } },
				'funding-certainty': { 'naeringshage-consortium': { score: 2 } }
			}
		};
		const yes = applyCountyAnswer(own, 'yes');
		expect(yes.judgements).toEqual({
			ownership: { 'fagskole-scheme': { score: 2, low: 1, high: 3 } },
			'funding-certainty': { 'naeringshage-consortium': { score: 4, low: 3, high: 5 } },
			'county-funding-prospect': { 'naeringshage-consortium': { score: 5, low: 5, high: 5 } }
		});
		// A copy: the scenario it was laid over is left as it was.
		expect(own.judgements?.['funding-certainty']).toEqual({
			'naeringshage-consortium': { score: 2 }
		});
		// Cleared again: the answer's judgements and values go, the user's ownership one stays.
		const cleared = clearCountyAnswer(yes);
		expect(cleared.judgements).toEqual({
			ownership: { 'fagskole-scheme': { score: 2, low: 1, high: 3 } },
			'funding-certainty': {},
			'county-funding-prospect': {}
		});
		expect(cleared.values).toEqual({});
		// A scenario with no judgements at all clears without error, and the original stays.
		expect(clearCountyAnswer(DEFAULT_SCENARIO)).toEqual({ ...DEFAULT_SCENARIO, judgements: {} });
		expect(yes.judgements?.['funding-certainty']?.['naeringshage-consortium']?.score).toBe(4);
	});

	it('recognises an answer only when every value and every part of each judgement matches', () => {
		const no = applyCountyAnswer(DEFAULT_SCENARIO, 'no');
		expect(countyAnswerOf(no)).toBe('no');
		// 'no' sets four judgements to 1 [1–1]. A score of 1 whose low or high end differs is not
		// the answer, nor is a grant other than 0.
		const judged = (part: { score: number; low: number; high: number }): Scenario => ({
			...no,
			judgements: {
				...no.judgements,
				'funding-certainty': { ...no.judgements?.['funding-certainty'], fjelltrainee: part }
			}
		});
		expect(countyAnswerOf(judged({ score: 1, low: 1, high: 2 }))).toBeNull();
		expect(countyAnswerOf(judged({ score: 2, low: 1, high: 2 }))).toBeNull();
		expect(countyAnswerOf(judged({ score: 1, low: 1, high: 1 }))).toBe('no');
		expect(
			countyAnswerOf({ ...no, values: { ...no.values, 'fjelltrainee.countyGrantPerYear': 1 } })
		).toBeNull();
		const yes = applyCountyAnswer(DEFAULT_SCENARIO, 'yes');
		expect(countyAnswerOf(yes)).toBe('yes');
		// 'yes' sets the consortium's funding certainty to 4 [3–5]; with low 4 it is not 'yes', nor
		// with score 3 and the same range.
		const yesWith = (part: { score: number; low: number; high: number }): Scenario => ({
			...yes,
			judgements: { ...yes.judgements, 'funding-certainty': { 'naeringshage-consortium': part } }
		});
		expect(countyAnswerOf(yesWith({ score: 3, low: 3, high: 5 }))).toBeNull();
		expect(countyAnswerOf(yesWith({ score: 4, low: 3, high: 4 }))).toBeNull();
		// The study's grant is the 'yes' grant (400 000), so a scenario that judges only something
		// else is compared on the funding judgements it does not have, and is neither answer.
		expect(
			countyAnswerOf({
				...DEFAULT_SCENARIO,
				judgements: { ownership: { 'own-scheme': { score: 2 } } }
			})
		).toBeNull();
		expect(countyAnswerOf(yesWith({ score: 4, low: 4, high: 5 }))).toBeNull();
	});
});
