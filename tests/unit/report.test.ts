// @vitest-environment node
/**
 * The PDF summary's document builder: what it says, not only that it returns something.
 * Figures are worked by hand from the study (§4.1) and the public sources in the comments.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../../src/lib/data';
import { evaluate, parseScenario, smaa, type Scenario } from '../../src/lib/engine';
import { buildReport, parseIsoDate, reportContent, type ReportContent } from '../../src/lib/report';

const NBSP = '\u00a0';
/** '1 673 508 kr' with the no-break spaces Intl nb-NO writes. */
const nb = (text: string) => text.replace(/ /g, NBSP);

// A small SMAA run keeps the tests fast; its options must show in the method note.
const SMAA = { samples: 400, seed: 42 };

function content(scenario: Scenario, options: Partial<{ locale: 'nb' | 'en'; note: string }> = {}) {
	return reportContent(
		{ evaluation: evaluate(scenario), smaa: smaa(scenario, SMAA) },
		{ locale: options.locale ?? 'nb', date: '2026-11-27', note: options.note }
	);
}

const STUDY = parseScenario({ version: 1 });
const TWO_CHANGES = parseScenario({
	version: 1,
	name: 'Dyrere Trainee Innlandet',
	values: {
		'trainee-innlandet.serviceFeePerTraineePerTertial': 30000,
		'shared.discountRate': 0.03,
		// Equal to the study's value: not a change, so not in the audit trail.
		'trainee-innlandet.membershipFeePerYear': 20000
	}
});

function row(table: ReportContent['company']['table'], model: string): string[] {
	const r = table.rows.find((cells) => cells[0] === model);
	expect(r, model).toBeDefined();
	return r!;
}

describe('report content: the study’s figures', () => {
	const c = content(STUDY);

	it('ranks the models in rank order with scores falling and probabilities per rank', () => {
		const e = evaluate(STUDY);
		expect(c.ranking.table.head).toEqual(
			['Plass', 'Modell', 'Poeng'].concat(['1.', '2.', '3.', '4.', '5.', '6.'])
		);
		expect(c.ranking.table.rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
		// Trainee Innlandet 0,673, then the zero alternative 0,560, the fagskole scheme 0,501 and
		// the consortium 0,477 (scores worked by hand in src/lib/present/explain.test.ts and
		// tests/unit/results.test.ts).
		expect(c.ranking.table.rows.slice(0, 4).map((r) => r[1])).toEqual([
			'Trainee Innlandet',
			'Nullalternativet',
			'Fagskoletrainee',
			'Næringshagesamarbeid'
		]);
		expect(c.ranking.table.rows.map((r) => r[1])).toHaveLength(MODEL_IDS.length);
		const scores = c.ranking.table.rows.map((r) => Number(r[2]!.replace(',', '.')));
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		// Each row: rank, model, score and one probability per rank, as nb-NO percentages.
		for (const r of c.ranking.table.rows) {
			expect(r).toHaveLength(3 + MODEL_IDS.length);
			for (const p of r.slice(3)) expect(p).toMatch(/^\d{1,3}(,\d)?\u00a0%$/);
		}
		// The bars follow the table and the leader's bar is the dark one.
		expect(c.ranking.bars.map((b) => b.label)).toEqual(c.ranking.table.rows.map((r) => r[1]));
		expect(c.ranking.bars.map((b) => b.emphasis)).toEqual([
			true,
			false,
			false,
			false,
			false,
			false
		]);
		expect(e.ranking[0]).toBe('trainee-innlandet');
	});

	it('costs Trainee Innlandet to a member company component by component', () => {
		// §4.1: membership 20 000 a year; service fee 29 013 per tertial (3 a year); salary
		// 540 000 then 600 000. Holiday pay 10.2 % (ferieloven) net of the holiday month it
		// replaces (1/12), pension 2 % (OTP), employer's contribution 14.1 % (zone I) on salary +
		// holiday pay + pension.
		//   Year 1: 20 000 + 3 × 29 013 + 540 000 × (1 + 0.102 − 1/12 + 0.02) × 1.141 = 747 003.08
		//   Year 2: 20 000 + 87 039 + 600 000 × 1.0386667 × 1.141 = 818 110.20
		//   Total 1 565 113.28; present value 747 003.08 + 818 110.20 / 1.04 = 1 533 647.50
		// Components: membership 2 × 20 000 = 40 000; fees 6 × 29 013 = 174 078; salary
		// 1 140 000; holiday pay 55 080 − 45 000 + 61 200 − 50 000 = 21 280; pension 22 800;
		// employer's contribution 0.141 × (1 140 000 + 21 280 + 22 800) = 166 955.28.
		expect(c.company.table.head).toEqual([
			'Modell',
			'Medlemskap',
			'Traineeavgifter',
			'Lønn',
			'Feriepenger',
			'Pensjon',
			'Arbeidsgiveravgift',
			'Sum',
			'Nåverdi'
		]);
		expect(row(c.company.table, 'Trainee Innlandet')).toEqual([
			'Trainee Innlandet',
			nb('40 000 kr'),
			nb('174 078 kr'),
			nb('1 140 000 kr'),
			nb('21 280 kr'),
			nb('22 800 kr'),
			nb('166 955 kr'),
			nb('1 565 113 kr'),
			nb('1 533 648 kr')
		]);
		const stack = c.company.stacks.find((s) => s.label === 'Trainee Innlandet')!;
		expect(stack.totalText).toBe(nb('1 565 113 kr'));
		expect(stack.segments).toEqual([40000, 174078, 1140000, 21280, 22800, 166955.28]);
		expect(c.company.legend).toEqual(c.company.table.head.slice(1, 7));
		// The axis ends on a round number at or above the largest total.
		expect(c.company.axis.max).toBe(2_000_000);
		expect(c.company.axis.ticks.map((t) => t.label)).toEqual(
			['0 kr', '500 000 kr', '1 000 000 kr', '1 500 000 kr', '2 000 000 kr'].map(nb)
		);
	});

	it('gives the public cost per year, as totals and present values, for region and county', () => {
		// 5 years (shared.horizonYears), two rows (region, county) per model.
		expect(c.publicCost.table.head).toEqual([
			'Modell',
			'Betaler',
			'År 1',
			'År 2',
			'År 3',
			'År 4',
			'År 5',
			'Sum',
			'Nåverdi'
		]);
		expect(c.publicCost.table.rows).toHaveLength(12);
		// The zero alternative has no budget: nothing for anyone in any year.
		const i = c.publicCost.table.rows.findIndex((r) => r[0] === 'Nullalternativet');
		for (const r of c.publicCost.table.rows.slice(i, i + 2))
			expect(r.slice(2)).toEqual(Array(7).fill(nb('0 kr')));
	});

	it('counts graduates and shows a dash where there are none to divide by', () => {
		// Trainee Innlandet: 3 a year in the paid pilot years 1 and 2 = 6; 66 % stay = 3,96 → 4 (§4.1, §1.5).
		expect(row(c.graduates.table, 'Trainee Innlandet').slice(1, 3)).toEqual(['6', '4']);
		expect(row(c.graduates.table, 'Nullalternativet').slice(4)).toEqual(['–', '–']);
	});

	it('says who leads, by how much, how likely, which weights would change it, and the study’s order', () => {
		const [summary, decomposition, study] = c.conclusion.paragraphs;
		// The uncertainty decomposed: first place with judgements, figures and weights each held fixed.
		expect(decomposition).toMatch(
			/^Gitt disse vurderingene og vektene er Trainee Innlandet først i .+ av trekkene\. Holdes vurderingene faste, blir det .+; holdes tallene faste, .+; holdes vektene faste, .+\./
		);
		expect(summary).toMatch(
			/^Med disse tallene, vurderingene og vektene kommer Trainee Innlandet først med \d,\d{3} poeng, \d,\d{3} poeng foran Nullalternativet\./
		);
		expect(summary).toContain('Gitt disse vurderingene og vektene');
		expect(summary).toContain(`(400 trekk), kommer Trainee Innlandet først i`);
		// The nearest interval ends under the default weights (15 of 100 points on competence fit,
		// 0 on the prospect of county funding): competence fit above about 30,9 % (worked in
		// explain.test.ts) makes the fagskole scheme first; so does regional steering (fagskole 1,
		// TI 0.25; now 0): weight t, the rest scaled by 1 − t, equal where
		// (1 − t)(0.673 − 0.501) = (1 − 0.25)·t, t = 0.172 / 0.922 = 18,7 % (before the county
		// prospect would make the consortium first: (1 − t)(0.673 − 0.477) = 0.75·t, t = 20,7 %).
		expect(summary).toMatch(
			new RegExp(
				`Førsteplassen går til Fagskoletrainee hvis vekten på treffer regionens kompetansebehov går over 30,9${NBSP}% \\(nå 15${NBSP}%\\), eller hvis vekten på regionen styrer ordningen går over 18,7${NBSP}% \\(nå 0${NBSP}%\\)\\.`
			)
		);
		// Both tipping points lead to the same model: it is named once, not twice (issue 11).
		expect(summary!.match(/Fagskoletrainee/g)).toHaveLength(1);
		expect(study).toBe(
			'Forstudien (§5.2) anbefaler Næringshagesamarbeid først og Trainee Innlandet som reserve. Her kommer Næringshagesamarbeid på plass 4 og Trainee Innlandet på plass 1.'
		);
	});

	it('names the study’s figures as the scenario and lists no changes', () => {
		expect(c.scenarioLine).toBe('Scenario: Forstudiens tall');
		expect(c.dateLine).toBe('Dato: 27. november 2026');
		expect(c.changesLine).toBe('Ingen tall, vekter eller vurderinger er endret fra forstudien.');
		expect(c.audit.values).toEqual([]);
		expect(c.audit.weights).toEqual([]);
		expect(c.note).toBeNull();
	});

	it('writes the method note with the sample count, the seed and the discount rate', () => {
		const text = c.method.paragraphs.join(' ');
		// The fixed scales' ends are stated, one per computed criterion.
		expect(text).toMatch(/Kostnad for en medlemsbedrift: 0 ved .+\skr, 1 ved .+\skr/);
		expect(text).not.toContain('karakter 1–5 fra forstudien');
		expect(text).toContain('400 trekk med frø 42');
		expect(text).toContain(`vektusikkerhet 0,3`);
		// R-109/2021: 4 % real, year 0 undiscounted.
		expect(text).toContain(`diskontert med 4${NBSP}% per år`);
		expect(text).toContain('første år udiskontert');
		// The 10 criteria of version 1 and the study's three reasons for its order.
		expect(text).toContain(`${10 + 3} kriterier`);
		expect(text).toContain('trekantfordeling');
		expect(text).toContain('ikke fra de seks modellenes resultater');
	});

	it('lists every source used, with publisher, year and address', () => {
		const ids = c.sources.entries.map((s) => s.id);
		expect(ids[0]).toBe('study');
		expect(ids).toContain('r-109-2021');
		expect(ids).toContain('ferieloven');
		const law = c.sources.entries.find((s) => s.id === 'ferieloven')!;
		expect(law.text).toBe('Lov om ferie (ferieloven). Stortinget / Lovdata, 1988');
		expect(law.url).toBe('https://lovdata.no/lov/1988-04-29-21');
	});
});

describe('report content: the audit trail', () => {
	it('lists exactly the changed values, with the study’s value, the new one and its source', () => {
		const c = content(TWO_CHANGES);
		expect(c.scenarioLine).toBe('Scenario: Dyrere Trainee Innlandet');
		expect(c.changesLine).toBe(
			'Endret fra forstudien: 2 tall, 0 vekter og 0 vurderinger (se sporbarhet).'
		);
		expect(c.audit.values).toEqual([
			{
				id: 'shared.discountRate',
				item: 'Felles: Kalkulasjonsrente (real)',
				study: `4${NBSP}% per år`,
				current: `3${NBSP}% per år`,
				source:
					'Rundskriv R-109/2021: Prinsipper og krav ved utarbeidelse av samfunnsøkonomiske analyser; Veileder i samfunnsøkonomiske analyser'
			},
			{
				id: 'trainee-innlandet.serviceFeePerTraineePerTertial',
				item: 'Trainee Innlandet: Servicekostnad per trainee per tertial',
				study: `${nb('29 013 kr')} per trainee per tertial`,
				current: `${nb('30 000 kr')} per trainee per tertial`,
				source: 'Forstudien §4.1'
			}
		]);
		expect(c.audit.weights).toEqual([]);
		// 1 565 113.28 + 2 years × 3 tertials × (30 000 − 29 013) = 1 571 035.28
		expect(row(c.company.table, 'Trainee Innlandet')[7]).toBe(nb('1 571 035 kr'));
	});

	it('lists changed weights in points and as shares of the total', () => {
		const c = content(parseScenario({ version: 1, weights: { 'company-cost': 20 } }));
		// The study's preset sums to 100 points: 10 points = 10 %. Raised to 20, the total is
		// 110: 20 / 110 = 18,2 %.
		expect(c.audit.weights).toEqual([
			{
				id: 'company-cost',
				item: 'Kostnad for en medlemsbedrift',
				study: `10 poeng (10${NBSP}%)`,
				current: `20 poeng (18,2${NBSP}%)`,
				source: 'Verktøyets lesning av forstudien (vektsett)'
			}
		]);
		expect(c.audit.values).toEqual([]);
	});
});

describe('report content: changed judgements in the audit trail', () => {
	it('lists a changed judgement with the tool’s reading, the new judgement and its sections', () => {
		// Trainee Innlandet's ownership: the data scores it 5, a cooperative owned by its members
		// (§1.3, §4.1). Set to 2 with the range 1–3.
		const c = content(
			parseScenario({
				version: 2,
				judgements: { ownership: { 'trainee-innlandet': { score: 2, low: 1, high: 3 } } }
			})
		);
		expect(c.changesLine).toBe(
			'Endret fra forstudien: 0 tall, 0 vekter og 1 vurderinger (se sporbarhet).'
		);
		expect(c.audit.judgements).toHaveLength(1);
		const r = c.audit.judgements[0]!;
		expect(r.id).toBe('ownership.trainee-innlandet');
		expect(r.item).toBe('Trainee Innlandet: Eierskap og organisering');
		expect(r.study).toMatch(/^5\b/);
		expect(r.current).toBe('2 (1–3)');
		expect(r.source).toBe('Forstudien §1.3, §4.1');
		expect(c.audit.judgementsHead[1]).toBe('Verktøyets lesning');
	});

	it('says so when no judgement is changed', () => {
		const c = content(STUDY);
		expect(c.audit.judgements).toEqual([]);
		expect(c.audit.noJudgements).toBe(
			'Ingen vurderinger er endret fra verktøyets lesning av forstudien.'
		);
	});
});

describe('report content: language, note and date', () => {
	it('speaks English when asked, with en-GB numbers', () => {
		const c = content(STUDY, { locale: 'en' });
		expect(c.title).toBe('Traineevalg: meeting summary');
		expect(c.dateLine).toBe('Date: 27 November 2026');
		expect(row(c.company.table, 'Trainee Innlandet')[7]).toBe(`NOK${NBSP}1,565,113`);
		expect(c.pageLabel(2, 5)).toBe('Page 2 of 5');
	});

	it('takes the advisor’s note trimmed, and no note when it is blank', () => {
		expect(content(STUDY, { note: '  Vedtak om forprosjekt.\n' }).note).toBe(
			'Vedtak om forprosjekt.'
		);
		expect(content(STUDY, { note: ' \n ' }).note).toBeNull();
	});

	it('accepts only real dates', () => {
		expect(parseIsoDate('2026-11-27').toISOString()).toBe('2026-11-27T00:00:00.000Z');
		expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
		expect(() => parseIsoDate('27.11.2026')).toThrow(RangeError);
	});
});

describe('buildReport: the pdfmake document', () => {
	const scenario = TWO_CHANGES;
	const input = { evaluation: evaluate(scenario), smaa: smaa(scenario, SMAA) };
	const doc = buildReport(input, { locale: 'nb', date: '2026-11-27', note: 'Merknad' });

	it('is A4 in Norwegian, dated by the option, with page numbers in the footer', () => {
		expect(doc.pageSize).toBe('A4');
		expect(doc.language).toBe('nb-NO');
		expect(doc.info.creationDate.toISOString()).toBe('2026-11-27T00:00:00.000Z');
		expect(doc.info.modDate).toEqual(doc.info.creationDate);
		expect(JSON.stringify(doc.footer(2, 5))).toContain('Side 2 av 5');
		expect(doc.defaultStyle.font).toBe('Roboto');
	});

	it('is the same for the same inputs', () => {
		const again = buildReport(
			{ evaluation: evaluate(scenario), smaa: smaa(scenario, SMAA) },
			{ locale: 'nb', date: '2026-11-27', note: 'Merknad' }
		);
		expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
	});

	it('draws the charts as vectors: rectangles per bar and segment, hatching patterns', () => {
		const vectors: { type: string; color?: unknown }[] = [];
		const walk = (node: unknown): void => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === 'object') {
				const canvas = (node as { canvas?: typeof vectors }).canvas;
				if (canvas) vectors.push(...canvas);
				Object.values(node).forEach(walk);
			}
		};
		walk(doc.content);
		const rects = vectors.filter((v) => v.type === 'rect');
		// 6 score bars and 6 × 6 cost segments at least, each filled and outlined.
		expect(rects.length).toBeGreaterThan(2 * (6 + 36));
		const patterned = rects
			.filter((v) => Array.isArray(v.color))
			.map((v) => (v.color as string[])[0]);
		expect(new Set(patterned)).toEqual(new Set(['diagonal', 'crossHatch', 'backDiagonal']));
		for (const name of patterned) expect(doc.patterns[name!]).toBeDefined();
		// Greys only: black-and-white printing loses nothing.
		const fills = rects.map((v) => v.color).filter((c): c is string => typeof c === 'string');
		for (const fill of fills) {
			const [r, g, b] = [1, 3, 5].map((i) => fill.slice(i, i + 2));
			expect(r === g && g === b, fill).toBe(true);
		}
	});

	it('carries the audit trail and the note into the document', () => {
		const text = JSON.stringify(doc.content);
		expect(text).toContain('Sporbarhet: endringer fra forstudien');
		expect(text).toContain('Forstudien §4.1');
		expect(text).toContain('Merknad');
	});
});
