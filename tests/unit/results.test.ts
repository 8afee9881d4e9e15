/**
 * The results side (jsdom): the ranking table with its explanations, the study's conclusion,
 * the company-cost chart's table and the panel around them. chart.js is replaced by a fake (no
 * canvas in jsdom). Expected values are worked out by hand in the comments; Intl writes U+00A0
 * (no-break space) in nb-NO numbers, so text is compared through textContent.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { evaluate, weightStability, type AnalysisResult } from '$lib/engine';
import { MODEL_IDS, type ModelId } from '$lib/data';
import { explainModel, studyComparison } from '$lib/present/explain';
import { explanationSentences, studySentences } from '$lib/present/sentences';
import { locale } from '$lib/state/locale.svelte';
import { analysisState } from '$lib/state/analysis.svelte';
import { scenarioState } from '$lib/state/scenario.svelte';
import CompanyCostChart from '$lib/components/charts/CompanyCostChart.svelte';
import AnswerPanel from '$lib/components/results/AnswerPanel.svelte';
import RankingTable from '$lib/components/results/RankingTable.svelte';
import ResultsPanel from '$lib/components/results/ResultsPanel.svelte';
import StudyNote from '$lib/components/results/StudyNote.svelte';

vi.mock('chart.js', () => {
	class Chart {
		static register() {}
		data: unknown;
		options: unknown;
		constructor(_canvas: HTMLCanvasElement, config: { data: unknown; options: unknown }) {
			this.data = config.data;
			this.options = config.options;
		}
		update() {}
		destroy() {}
	}
	return {
		Chart,
		BarController: {},
		BarElement: {},
		LineController: {},
		LineElement: {},
		PointElement: {},
		CategoryScale: {},
		LinearScale: {},
		Legend: {},
		Tooltip: {}
	};
});

const NBSP = '\u00a0';
const evaluation = evaluate({ version: 2, values: {}, weights: {} });
const stability = weightStability(evaluation);

function fakeAnalysis(first: Partial<Record<ModelId, number>>): AnalysisResult {
	const all = <T>(value: (id: ModelId) => T) =>
		Object.fromEntries(MODEL_IDS.map((id) => [id, value(id)])) as Record<ModelId, T>;
	return {
		smaa: {
			options: { samples: 10000, seed: 1, weightUncertainty: 0.3 },
			rankAcceptability: all((id) => [first[id] ?? 0, 0, 0, 0, 0, 0]),
			probabilityFirst: all((id) => first[id] ?? 0),
			centralWeights: all((id) => (first[id] ? { ...evaluation.weights } : null)),
			confidence: all((id) => (first[id] ? 0.9 : null))
		},
		tornado: { leader: 'trainee-innlandet', baseMargin: 0.16, bars: [] }
	};
}

/** The ranking's model rows (one tbody per model: figures, then why). */
function modelRows(): HTMLElement[] {
	return [
		...screen
			.getByRole('table', { name: /Modellene rangert|The models ranked/ })
			.querySelectorAll<HTMLElement>('tbody')
	];
}

afterEach(() => {
	locale.set('nb');
	localStorage.clear();
	scenarioState.resetAll();
});

describe('RankingTable', () => {
	it('shows the six models in rank order, Trainee Innlandet first', () => {
		render(RankingTable, { evaluation, stability, analysis: null });
		const rows = modelRows();
		// Scores by hand (the default "tool-reading" weights, out of 100; computed criteria on the
		// fixed value scales, ends and values worked in src/lib/present/explain.test.ts):
		// TI: competence 15×0.25 + competition 15×1 + ownership 15×1 + funding 10×0.75
		//   + candidates 10×1 + distances 5×0.5 = 53.75; time 2.5×0.8 + public 2.5×0.831
		//   + company cost 10×0.485 + graduates 15×0.307 = 13.5 → 67.3 → 0,673.
		// Zero alternative: competition 15 + ownership 15 + funding 10 + candidates 10×0.5
		//   + distances 5×0.5 + public cost 2.5×1 (it costs nothing) + company cost 10×0.599
		//   (an ordinary hire with no scheme: 1 323 686 kr, no fees) = 56.0 → 0,560.
		// Fagskole ≈ 0,501, consortium ≈ 0,477 (first intake in year 2), Fjelltrainee ≈ 0,394,
		// own scheme ≈ 0,327.
		expect(rows.map((r) => r.dataset.model)).toEqual([
			'trainee-innlandet',
			'status-quo',
			'fagskole-scheme',
			'naeringshage-consortium',
			'fjelltrainee',
			'own-scheme'
		]);
		const first = rows[0]!;
		const cells = first.querySelector('tr')!.querySelectorAll('td, th');
		expect(cells[0]!.textContent?.trim()).toBe('1');
		expect(cells[1]!.textContent?.trim()).toBe('Trainee Innlandet');
		expect(cells[1]!.tagName).toBe('TH');
		expect(cells[1]).toHaveAttribute('scope', 'row');
		expect(cells[2]!.textContent?.trim()).toBe('0,673');
		const sq = rows[1]!.querySelector('tr')!.querySelectorAll('td, th');
		expect(sq[2]!.textContent?.trim()).toBe('0,560');
	});

	it("explains why, naming the leader's strengths and the weight that would cost it first place", () => {
		render(RankingTable, { evaluation, stability, analysis: null });
		const why = modelRows()[0]!.querySelector('.why')!.textContent!;
		expect(why).toContain(
			'Rangert først, med flest poeng fra eierskap og organisering, ingen konkurranse med eksisterende ordninger og evne til å tiltrekke kandidater (§1.3, §4.1, §5.2).'
		);
		// The threshold 30,9 % is worked out in explain.test.ts.
		expect(why).toContain(
			`Ville tapt førsteplassen til Fagskoletrainee om treff på regionens kompetansebehov fikk mer enn 30,9${NBSP}% av vekten (nå 15${NBSP}%).`
		);
	});

	it('shows P(first) as pending while the analysis runs, then the shares', async () => {
		const view = render(RankingTable, { evaluation, stability, analysis: null });
		const pCell = () => modelRows()[0]!.querySelector('tr')!.querySelectorAll('td')[2]!;
		expect(pCell().textContent?.trim()).toBe('beregnes …');

		await view.rerender({
			analysis: fakeAnalysis({ 'trainee-innlandet': 0.97, 'fagskole-scheme': 0.025 })
		});
		expect(pCell().textContent?.trim()).toBe(`97${NBSP}%`);
		const fagskole = modelRows()
			.find((r) => r.dataset.model === 'fagskole-scheme')!
			.querySelector('tr')!
			.querySelectorAll('td')[2]!;
		expect(fagskole.textContent?.trim()).toBe(`2,5${NBSP}%`);

		await view.rerender({ stale: true });
		expect(pCell()).toHaveClass('stale');
		expect(pCell().textContent).toContain('(oppdateres)');

		// The new result in: the mark goes, text and colour.
		await view.rerender({ stale: false });
		expect(pCell()).not.toHaveClass('stale');
		expect(pCell().textContent?.trim()).toBe(`97${NBSP}%`);
	});

	it("shows the answer's probabilities pending, then the shares, beside unchanged figures", async () => {
		const view = render(AnswerPanel, { evaluation, stability, smaa: null, study: null });
		const row = (model: ModelId) => document.querySelector(`#answer tr[data-model="${model}"]`)!;
		const cells = (model: ModelId) => [...row(model).querySelectorAll('td')];
		const share = (model: ModelId) => cells(model)[0]!.querySelector('.value')!.textContent;
		expect(share('trainee-innlandet')).toBe('beregnes');
		// 20 000 + 3 × 29 013 = 107 039 kr a year for one trainee (§4.1).
		const cost = cells('trainee-innlandet')[1]!.querySelector('.value')!;
		expect(cost.textContent).toBe(`107${NBSP}039${NBSP}kr`);

		await view.rerender({
			smaa: fakeAnalysis({ 'trainee-innlandet': 0.97, 'fagskole-scheme': 0.03 }).smaa
		});
		expect(share('trainee-innlandet')).toBe(`97${NBSP}%`);
		expect(share('fagskole-scheme')).toBe(`3${NBSP}%`);
		// A model the simulation never put first: 0 %, not pending.
		expect(share('own-scheme')).toBe(`0${NBSP}%`);
		// The cost cell is the same node with the same text: only the probabilities changed.
		expect(cells('trainee-innlandet')[1]!.querySelector('.value')).toBe(cost);
		expect(cost.textContent).toBe(`107${NBSP}039${NBSP}kr`);

		await view.rerender({ smaa: null });
		expect(share('trainee-innlandet')).toBe('beregnes');
	});

	it('speaks English when asked', async () => {
		render(RankingTable, { evaluation, stability, analysis: null });
		locale.set('en');
		await Promise.resolve();
		expect(screen.getByRole('columnheader', { name: 'Score (0–1)' })).toBeInTheDocument();
		expect(modelRows()[0]!.querySelector('tr')!.querySelectorAll('td')[1]!.textContent).toBe(
			'0.673'
		);
	});
});

describe('explanation sentences', () => {
	it('tell a non-leader what it lacks against the leader and where it wins', () => {
		const x = explainModel(evaluation, stability, null, 'naeringshage-consortium');
		const text = explanationSentences(x, 'nb').join(' ');
		// Gap 0,673 − 0,477 = 0,196 (scores by hand in explain.test.ts).
		expect(text).toContain(
			'0,196 poeng bak Trainee Innlandet, som får mer fra eierskap og organisering og sikker finansiering.'
		);
		expect(text).toContain(
			'Slår Trainee Innlandet på kandidater som blir i regionen og kostnad for en medlemsbedrift.'
		);
	});

	it('say when a model never came first in the simulation', () => {
		const analysis = fakeAnalysis({ 'trainee-innlandet': 1 });
		const x = explainModel(evaluation, stability, analysis, 'own-scheme');
		expect(explanationSentences(x, 'nb')).toContain('Aldri først i simuleringene.');
		expect(explanationSentences(x, 'en')).toContain('Never first in the simulations.');
	});
});

describe("the study's conclusion", () => {
	it('says where the two stand on the default weights, from the evaluation', () => {
		// TI 1st, zero alternative 2nd, fagskole 3rd, consortium 4th (by hand in explain.test.ts).
		render(StudyNote, { evaluation });
		const note = screen.getByRole('complementary', { name: 'Forstudiens konklusjon' });
		expect(note).toHaveTextContent(
			'Forstudien anbefaler å gå videre med Næringshagesamarbeid først, og å samarbeide med Trainee Innlandet om det ikke lykkes (§5.2).'
		);
		expect(note).toHaveTextContent(
			'Med vektene som gjelder nå, er Næringshagesamarbeid nummer 4 og Trainee Innlandet nummer 1 av 6.'
		);
		// The study's reasons for its order are criteria of their own, weighed by its own preset.
		expect(note).toHaveTextContent('allerede er i gang (§4.3)');
		expect(note).toHaveTextContent('som vektsettet «Forstudiens rekkefølge» gir vekt');
	});

	it('explains the swapped order when the consortium comes second', () => {
		const rest = evaluation.ranking.filter(
			(id) => id !== 'naeringshage-consortium' && id !== 'trainee-innlandet'
		);
		render(StudyNote, {
			evaluation: {
				...evaluation,
				ranking: ['trainee-innlandet', 'naeringshage-consortium', ...rest]
			}
		});
		const note = screen.getByRole('complementary', { name: 'Forstudiens konklusjon' });
		// The differences are worked in explain.test.ts.
		expect(note).toHaveTextContent(
			'Trainee Innlandet får flere poeng fra eierskap og organisering, sikker finansiering, evne til å tiltrekke kandidater og ingen konkurranse med eksisterende ordninger; Næringshagesamarbeid får flere fra kandidater som blir i regionen og kostnad for en medlemsbedrift.'
		);
		expect(note).toHaveTextContent('allerede er i gang (§4.3)');
	});

	it('says why the zero alternative ranks second on the default weights', () => {
		// Zero alternative (data/criteria.json, §1.3): competition, ownership and funding certainty
		// 5 → value 1; public cost 0 kr → 1 on its fixed scale; competence fit 1 → 0; graduates
		// because of the scheme 0 → 0; time to the first intake 5 years (never) → 0 (scale 5 → 0).
		// Listed in the data's order.
		render(StudyNote, { evaluation });
		expect(screen.getByTestId('baseline')).toHaveTextContent(
			'Nullalternativet – å fortsette som i dag – er nummer 2 av 6. Det får full uttelling på kostnad for region og fylke, ingen konkurranse med eksisterende ordninger, eierskap og organisering og sikker finansiering:'
		);
		expect(screen.getByTestId('baseline')).toHaveTextContent(
			'Det får ingenting for treff på regionens kompetansebehov, kandidater som blir i regionen og tid til første opptak – det en ordning er til for.'
		);
	});

	it('is neutral when the top two are others', () => {
		// Competence fit and company cost 50/50: fagskole 1st, consortium 4th, TI 5th (by hand in
		// explain.test.ts).
		const e = evaluate({
			version: 2,
			values: {},
			weights: {
				'competence-fit': 50,
				'company-cost': 50,
				'public-cost': 0,
				'graduates-retained': 0,
				competition: 0,
				ownership: 0,
				'funding-certainty': 0,
				'candidate-attraction': 0,
				'distance-meeting-places': 0,
				'time-to-start': 0
			}
		});
		const text = studySentences(studyComparison(e), 'nb').join(' ');
		expect(text).toContain('er Næringshagesamarbeid nummer 4 og Trainee Innlandet nummer 5 av 6.');
		expect(text).toContain('Fagskoletrainee er rangert først.');
		expect(text).not.toContain('§4.3');
	});
});

describe('the company-cost chart as a table', () => {
	it("contains Trainee Innlandet's undiscounted total, 1 565 113 kr", async () => {
		render(CompanyCostChart, { evaluation });
		await fireEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
		const row = screen.getByRole('rowheader', { name: 'Trainee Innlandet' }).closest('tr')!;
		const cells = within(row)
			.getAllByRole('cell')
			.map((c) => c.textContent);
		// Trainee Innlandet, §4.1, one trainee for two years:
		// employer's costs on a salary s, holiday pay net of the holiday month (10.2 % − 1/12):
		// s × (1 + 0.102 − 1/12 + 0.02) × 1.141, so
		// Year 1: 20 000 + 3 × 29 013 + 540 000 × 1.0386667 × 1.141 (= 639 964.08) = 747 003.08
		// Year 2: 20 000 + 87 039 + 600 000 × 1.0386667 × 1.141 (= 711 071.20) = 818 110.20
		// Sum 1 565 113.28 → '1 565 113 kr'.
		// Present value at 4 %: 747 003.08 + 818 110.20 / 1.04 = 1 533 647.50 → '1 533 648 kr'.
		// Columns: membership 2 × 20 000; fees 6 × 29 013 = 174 078; salary 1 140 000; employer's
		// costs 639 964.08 + 711 071.20 − 1 140 000 = 211 035.28.
		// The scheme's own cost 40 000 + 174 078 = 214 078; the employment cost any hire has
		// 639 964.08 + 711 071.20 = 1 351 035.28 (the zero alternative's whole cost).
		expect(cells).toEqual([
			`40${NBSP}000${NBSP}kr`,
			`174${NBSP}078${NBSP}kr`,
			`1${NBSP}140${NBSP}000${NBSP}kr`,
			`211${NBSP}035${NBSP}kr`,
			`214${NBSP}078${NBSP}kr`,
			`1${NBSP}351${NBSP}035${NBSP}kr`,
			`1${NBSP}565${NBSP}113${NBSP}kr`,
			`1${NBSP}533${NBSP}648${NBSP}kr`
		]);
	});
});

describe('ResultsPanel', () => {
	it('follows the scenario at once, and shows the analysis as pending without a worker', async () => {
		analysisState.result = null;
		render(ResultsPanel);
		expect(screen.getByRole('heading', { level: 2, name: 'Resultater' })).toBeInTheDocument();
		expect(modelRows()[0]!.dataset.model).toBe('trainee-innlandet');
		// The charts load after the ranking; the SMAA and tornado charts wait for the worker.
		expect(
			await screen.findAllByRole('button', { name: 'Vis som tabell' }, { timeout: 10_000 })
		).toHaveLength(8);
		expect(screen.getAllByText('Beregner …')).toHaveLength(2);

		// Company cost is all that counts: the fagskole scheme (cheapest for a company) leads.
		scenarioState.setWeight('company-cost', 100);
		for (const c of [
			'competence-fit',
			'public-cost',
			'graduates-retained',
			'competition',
			'ownership',
			'funding-certainty',
			'candidate-attraction',
			'distance-meeting-places',
			'time-to-start'
		])
			scenarioState.setWeight(c, 0);
		await Promise.resolve();
		expect(modelRows()[0]!.dataset.model).toBe('fagskole-scheme');
	});

	it('shows a progress bar while the analysis runs', async () => {
		render(ResultsPanel);
		analysisState.running = true;
		analysisState.progress = 0.4;
		await Promise.resolve();
		const bar = screen.getByRole('progressbar', { name: 'Simulering og følsomhetsanalyse' });
		expect(bar).toHaveAttribute('value', '0.4');
		analysisState.running = false;
	});
});
