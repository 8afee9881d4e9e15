// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets } from '../data';
import { applyCountyAnswer, countyAnswerOf, countyExampleFiles, COUNTY_QUESTION } from './county';
import { evaluate } from './evaluate';
import { DEFAULT_SCENARIO, parseScenarioJson, resolveJudgements, type Scenario } from './scenario';

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
		for (const [file, text] of Object.entries(countyExampleFiles())) {
			expect(readFileSync(file, 'utf8'), `${file}: run npx tsx scripts/county-examples.ts`).toBe(
				text
			);
			expect(() => parseScenarioJson(text)).not.toThrow();
		}
	});
});
