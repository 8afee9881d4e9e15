import { describe, expect, it } from 'vitest';
import { cite } from '$lib/citations';
import { resolveKeyFigure } from '$lib/figures';
import { modelById } from '$lib/data';

describe('cite', () => {
	it('names the study by its short name and section', () => {
		expect(cite({ source: 'study', section: '§4.1' }, 'nb')).toEqual({
			text: 'Forstudien §4.1',
			quote: undefined,
			url: undefined
		});
		expect(cite({ source: 'study', section: '§4.1', quote: 'kr. 20.000' }, 'en')).toMatchObject({
			text: 'The pre-study §4.1',
			quote: 'kr. 20.000'
		});
	});

	it('names other sources by title, with a comma before a non-§ section', () => {
		expect(cite({ source: 'dfo-veileder', section: 'kap. 3' }, 'nb').text).toBe(
			'Veileder i samfunnsøkonomiske analyser, kap. 3'
		);
		expect(cite({ source: 'nho-kompetansebarometer-2023' }, 'nb')).toMatchObject({
			text: 'NHOs kompetansebarometer 2023',
			url: expect.stringMatching(/^https:\/\/www\.nho\.no\//)
		});
	});

	it('refuses an unknown source', () => {
		expect(() => cite({ source: 'nowhere' }, 'nb')).toThrow(/unknown source 'nowhere'/);
	});
});

describe('resolveKeyFigure', () => {
	it('takes value, unit, sources and kind from a named parameter', () => {
		const ti = modelById.get('trainee-innlandet')!;
		const fee = ti.keyFigures.find(
			(k) => k.parameter === 'trainee-innlandet.membershipFeePerYear'
		)!;
		expect(resolveKeyFigure(fee)).toMatchObject({
			value: 20000,
			unit: 'nok-per-company-per-year',
			assumption: false,
			sources: [{ source: 'study', section: '§4.1' }]
		});
		const own = modelById.get('own-scheme')!;
		const leader = own.keyFigures.find((k) => k.parameter?.endsWith('projectLeaderPositionShare'))!;
		expect(resolveKeyFigure(leader).assumption).toBe(true);
	});

	it('keeps a literal figure and its range', () => {
		const fj = modelById.get('fjelltrainee')!;
		expect(resolveKeyFigure(fj.keyFigures[0]!)).toMatchObject({
			value: 18,
			valueHigh: 20,
			unit: 'count',
			assumption: false
		});
	});

	it('refuses a figure naming an unknown parameter', () => {
		expect(() =>
			resolveKeyFigure({ label: { nb: 'x', en: 'x' }, parameter: 'own-scheme.nothing' })
		).toThrow(/unknown parameter/);
	});
});
