// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSwingAnswers, valueScales } from '../engine';
import { describeProblem } from './scenario-errors';
import { swingLines, swingRange } from './swing';

const NBSP = '\u00a0';
const AMOUNT = /^(?:\d+(?:,\d)?\u00a0mill\.|\d{1,3}(?:\u00a0\d{3})*)\u00a0kr$/;

describe('swingRange', () => {
	it('runs a judged criterion from 1 (weakest) to 5 (best)', () => {
		expect(swingRange('ownership', 'nb')).toBe('fra 1 (svakest) til 5 (best) i vurderingen');
		expect(swingRange('ownership', 'en')).toBe('from 1 (weakest) to 5 (best) in the judgement');
	});

	it('runs a computed criterion from its worst to its best end, per trainee for a company', () => {
		// The company-cost scale (scales.ts, default horizon): worst ≈ 2.42 mill. kr (dearest),
		// best ≈ 0.59 mill. kr (cheapest): two significant digits read 2,4 mill. kr and 590 000 kr.
		const scale = valueScales().find((s) => s.criterion === 'company-cost')!;
		expect(scale.worst).toBeGreaterThan(2_350_000);
		expect(scale.worst).toBeLessThan(2_450_000);
		expect(scale.best).toBeGreaterThan(585_000);
		expect(scale.best).toBeLessThan(595_000);
		expect(swingRange('company-cost', 'nb')).toBe(
			`fra 2,4${NBSP}mill.${NBSP}kr til 590${NBSP}000${NBSP}kr per trainee`
		);
		expect(swingRange('company-cost', 'en')).toBe(
			`from NOK${NBSP}2.4m to NOK${NBSP}590,000 per trainee`
		);
	});

	it('says each computed criterion in its own words, worst end first', () => {
		const nb = Object.fromEntries(swingLines('nb').map((l) => [l.criterion, l]));
		expect(nb['public-cost']!.label).toBe('Kostnad for region og fylke');
		// Public cost: worst the dearest (a few million), best 0 kr (the zero alternative).
		expect(nb['public-cost']!.range).toMatch(
			new RegExp(`^fra \\d,\\d${NBSP}mill\\.${NBSP}kr til 0${NBSP}kr over analyseperioden$`)
		);
		// Graduates: worst 0, best a few (higher is better), at most one decimal.
		expect(nb['graduates-retained']!.range).toMatch(/^fra 0 til \d(,\d)? kandidater$/);
		// Time to the first intake: worst 5 years, best 0 (lower is better).
		expect(nb['time-to-start']!.range).toBe('fra 5 år til 0 år til første opptak');
		expect(swingRange('time-to-start', 'en')).toBe('from 5 years to 0 years to the first intake');
		for (const line of swingLines('nb').filter((l) => l.criterion.endsWith('-cost'))) {
			const [, worst, best] = /^fra (.+) til (.+?) (per|over) /.exec(line.range)!;
			expect(worst).toMatch(AMOUNT);
			expect(best).toMatch(AMOUNT);
		}
	});

	it('follows the analysis period: a shorter one has a smaller public-cost swing', () => {
		// Public cost is a total over the period, so 3 years cost less at worst than 10.
		const worstOf = (years: number) =>
			valueScales(years).find((s) => s.criterion === 'public-cost')!.worst;
		expect(worstOf(3)).toBeLessThan(worstOf(10));
		expect(swingRange('public-cost', 'nb', 3)).not.toBe(swingRange('public-cost', 'nb', 10));
	});

	it('lists every criterion once, in data order', () => {
		const lines = swingLines('en');
		expect(lines).toHaveLength(13);
		expect(lines[0]).toEqual({
			criterion: 'competence-fit',
			label: "Fit with the region's competence needs",
			range: 'from 1 (weakest) to 5 (best) in the judgement'
		});
	});

	it('refuses an unknown criterion', () => {
		expect(() => swingRange('beauty', 'nb')).toThrow(/unknown criterion 'beauty'/);
	});
});

describe('a refused SWING answer, told in the user’s language', () => {
	const problem = (input: unknown, locale: 'nb' | 'en') => {
		try {
			parseSwingAnswers(input);
		} catch (e) {
			return describeProblem(e as Parameters<typeof describeProblem>[0], 'link', locale);
		}
		throw new Error('no error thrown');
	};

	it('names the criterion by its label and id', () => {
		expect(problem({ points: { ownership: 100, 'company-cost': -1 } }, 'nb')).toBe(
			'vekten for «Kostnad for en medlemsbedrift» (company-cost) er negativ'
		);
		expect(problem({ points: { ownership: 100, 'company-cost': 'x' } }, 'en')).toBe(
			"the value for 'Cost to a member company' (company-cost) is not a number"
		);
		expect(problem({ points: { ownership: 100, beauty: 1 } }, 'nb')).toBe(
			'«beauty» er ikke et kjent kriterium'
		);
		expect(problem({ points: { ownership: 101 } }, 'nb')).toBe(
			'verdien for «Eierskap og organisering» (ownership) er utenfor det tillatte'
		);
	});

	it('says that the swing that matters most needs 100 points', () => {
		expect(problem({ points: { ownership: 90 } }, 'nb')).toBe(
			'ingen sving har fått 100 poeng; den svingen som betyr mest, skal ha 100'
		);
		expect(problem({ points: { ownership: 90 } }, 'en')).toBe(
			'no swing has 100 points; the swing that matters most must have 100'
		);
	});
});
