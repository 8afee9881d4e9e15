// @vitest-environment node
/**
 * The weight presets say whose judgement they are: the default is the tool's reading of the
 * study, and 'study-order' reproduces the study's own order (§5.2) for reasons given in data.
 */
import { describe, expect, it } from 'vitest';
import { criteria, presets } from '../data';
import { evaluate } from './evaluate';
import { DEFAULT_PRESET_ID, STUDY_ORDER_PRESET_ID, type Scenario } from './scenario';

const preset = (id: string) => presets.find((p) => p.id === id)!;
const withPreset = (id: string): Scenario => ({
	version: 2,
	values: {},
	weights: { ...preset(id).weights }
});

describe('presets', () => {
	it('name the default for what it is: the tool’s reading, not the study’s', () => {
		expect(preset(DEFAULT_PRESET_ID).label.nb).toBe('Verktøyets lesning av forstudien');
		expect(preset(DEFAULT_PRESET_ID).label.en).toBe("The tool's reading of the study");
	});

	it('give a reason for every weight of the study-order preset', () => {
		const p = preset(STUDY_ORDER_PRESET_ID);
		for (const c of criteria) {
			expect(p.weights[c.id], c.id).toBeTypeOf('number');
			expect(p.reasons?.[c.id]?.nb, c.id).toMatch(/§\d/);
		}
	});

	it('reproduce the study’s order: the consortium first, Trainee Innlandet second', () => {
		// By hand, from the scores in data/criteria.json (judged value = (score − 1) / 4). The
		// preset weighs only judged criteria (the computed ones weigh 0), out of 100 points:
		//   criterion (weight)      own fag  TI  fjell cons  sq
		//   competence-fit   (10)    3   5   2    2    2    1
		//   competition      (15)    1   4   5    4    4    5
		//   ownership        (10)    1   1   5    2    3    5
		//   funding-certainty (5)    2   2   4    1    2    5
		//   candidates       (10)    2   2   5    4    3    3
		//   distances         (5)    5   5   3    1    2    3
		//   process under way(25)    1   2   3    2    5    1
		//   county funding   (10)    1   2   1    2    4    1
		//   regional steering(10)    5   5   2    2    4    1
		// Σ weight × score: consortium 20+60+30+10+30+10+125+40+40 = 365;
		//   TI 20+75+50+20+50+15+75+10+20 = 335; fagskole 50+60+10+10+20+25+50+20+50 = 295;
		//   status quo 10+75+50+25+30+15+25+10+10 = 250; Fjelltrainee 20+60+20+5+40+5+50+20+20 = 240;
		//   own 30+15+10+10+20+25+25+10+50 = 195.
		// Score = Σ w·(s − 1)/4 / Σ w = (Σ w·s − 100) / 400:
		//   consortium 265/400 = 0.6625, TI 235/400 = 0.5875, fagskole 0.4875,
		//   status quo 0.375, Fjelltrainee 0.35, own 0.2375.
		const e = evaluate(withPreset(STUDY_ORDER_PRESET_ID));
		expect(e.ranking).toEqual([
			'naeringshage-consortium',
			'trainee-innlandet',
			'fagskole-scheme',
			'status-quo',
			'fjelltrainee',
			'own-scheme'
		]);
		const score = (id: string) => e.models.find((m) => m.id === id)!.score;
		expect(score('naeringshage-consortium')).toBeCloseTo(0.6625, 12);
		expect(score('trainee-innlandet')).toBeCloseTo(0.5875, 12);
		expect(score('fagskole-scheme')).toBeCloseTo(0.4875, 12);
		expect(score('status-quo')).toBeCloseTo(0.375, 12);
		expect(score('fjelltrainee')).toBeCloseTo(0.35, 12);
		expect(score('own-scheme')).toBeCloseTo(0.2375, 12);
	});
});
