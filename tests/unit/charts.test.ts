/**
 * The charts in jsdom, where there is no canvas: chart.js is replaced by a recording fake, so the
 * tests see what the page asks of Chart.js (create, update, destroy, register) and check the
 * figure around each chart (heading, caption, the 'Vis som tabell' toggle and its table).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { evaluate, weightStability, type AnalysisResult } from '$lib/engine';
import { MODEL_IDS, type ModelId } from '$lib/data';
import { locale } from '$lib/state/locale.svelte';
import CompanyCostChart from '$lib/components/charts/CompanyCostChart.svelte';
import CostPerRetainedChart from '$lib/components/charts/CostPerRetainedChart.svelte';
import GraduatesChart from '$lib/components/charts/GraduatesChart.svelte';
import PublicCostChart from '$lib/components/charts/PublicCostChart.svelte';
import RankProbabilityChart from '$lib/components/charts/RankProbabilityChart.svelte';
import ScoreBreakdownChart from '$lib/components/charts/ScoreBreakdownChart.svelte';
import StabilityChart from '$lib/components/charts/StabilityChart.svelte';
import TornadoChart from '$lib/components/charts/TornadoChart.svelte';

const charts = vi.hoisted(() => {
	class FakeChart {
		static instances: FakeChart[] = [];
		static register = vi.fn();
		canvas: HTMLCanvasElement;
		config: { type: string; data: unknown; options?: Record<string, unknown> };
		data: unknown;
		options: unknown;
		update = vi.fn();
		destroy = vi.fn();
		constructor(canvas: HTMLCanvasElement, config: FakeChart['config']) {
			this.canvas = canvas;
			this.config = config;
			this.data = config.data;
			this.options = config.options;
			FakeChart.instances.push(this);
		}
	}
	return { FakeChart };
});

vi.mock('chart.js', () => {
	const part = (name: string) => ({ id: name });
	return {
		Chart: charts.FakeChart,
		BarController: part('bar'),
		BarElement: part('barElement'),
		LineController: part('line'),
		LineElement: part('lineElement'),
		PointElement: part('point'),
		CategoryScale: part('category'),
		LinearScale: part('linear'),
		Legend: part('legend'),
		Tooltip: part('tooltip'),
		// Parts the page does not use: registering any of them would be a test failure below.
		PieController: part('pie'),
		ArcElement: part('arc'),
		TimeScale: part('time'),
		Filler: part('filler'),
		Title: part('title')
	};
});

const FakeChart = charts.FakeChart;
const evaluation = evaluate({ version: 2, values: {}, weights: {} });
const stability = weightStability(evaluation);

function fakeAnalysis(): AnalysisResult {
	const all = <T>(value: (id: ModelId) => T) =>
		Object.fromEntries(MODEL_IDS.map((id) => [id, value(id)])) as Record<ModelId, T>;
	return {
		smaa: {
			options: { samples: 10000, seed: 1, weightUncertainty: 0.3 },
			rankAcceptability: all((id) =>
				id === 'trainee-innlandet' ? [0.9, 0.1, 0, 0, 0, 0] : [0.02, 0.18, 0.2, 0.2, 0.2, 0.2]
			),
			probabilityFirst: all((id) => (id === 'trainee-innlandet' ? 0.9 : 0.02)),
			centralWeights: all((id) => (id === 'status-quo' ? null : { ...evaluation.weights })),
			confidence: all((id) => (id === 'status-quo' ? null : 0.8))
		},
		tornado: {
			leader: 'trainee-innlandet',
			baseMargin: 0.16,
			bars: [
				{
					parameter: 'trainee-innlandet.newTraineesPerYear',
					base: 2,
					low: 1,
					high: 6,
					marginAtLow: -0.02,
					marginAtHigh: 0.22,
					leaderAtLow: 'naeringshage-consortium',
					leaderAtHigh: 'trainee-innlandet',
					leaderChanges: true,
					companyCostAtLow: all(() => '0'),
					companyCostAtHigh: all(() => '0')
				}
			]
		}
	};
}

beforeEach(() => {
	FakeChart.instances = [];
});

afterEach(() => {
	locale.set('nb');
	localStorage.clear();
});

describe('Chart.js registration', () => {
	it('registers only the controllers, elements, scales and plugins the charts use', async () => {
		const { loadChartJs } = await import('$lib/charts/chart.svelte');
		expect(await loadChartJs()).toBe(FakeChart);
		expect(FakeChart.register).toHaveBeenCalledTimes(1);
		const ids = FakeChart.register.mock.calls[0]!.map((p: { id: string }) => p.id).sort();
		expect(ids).toEqual(
			[
				'bar',
				'barElement',
				'category',
				'legend',
				'line',
				'lineElement',
				'linear',
				'point',
				'tooltip'
			].sort()
		);
	});
});

describe('the chart attachment', () => {
	it('creates one Chart per canvas, updates it without animation, and destroys it on unmount', async () => {
		const view = render(CompanyCostChart, { evaluation });
		// Chart.js loads on first use (its own chunk), so the chart comes a moment later.
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(1));
		const chart = FakeChart.instances[0]!;
		expect(chart.canvas).toBe(screen.getByRole('img'));
		expect(chart.config.type).toBe('bar');
		expect(chart.config.options?.locale).toBe('nb-NO');

		// New data: the same chart is updated, not a new one created.
		const cheaper = evaluate({
			version: 2,
			values: { 'trainee-innlandet.salaryYear1': 500000 },
			weights: {}
		});
		await view.rerender({ evaluation: cheaper });
		expect(FakeChart.instances).toHaveLength(1);
		expect(chart.update).toHaveBeenCalledWith('none');
		// TI's salary in the first bar set: 500 000 + 600 000 = 1 100 000 kr.
		const data = chart.data as { datasets: { label: string; data: number[] }[] };
		const salary = data.datasets.find((d) => d.label === 'Lønn')!;
		expect(salary.data[MODEL_IDS.indexOf('trainee-innlandet')]).toBe(1100000);

		view.unmount();
		expect(chart.destroy).toHaveBeenCalledTimes(1);
	});

	it('leaves the cost charts as they are when only a weight moved, and follows a figure changed', async () => {
		const view = render(CompanyCostChart, { evaluation });
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(1));
		const chart = FakeChart.instances[0]!;
		// The company-cost weight from the study's to 40: the scores change, the costs do not.
		await view.rerender({
			evaluation: evaluate({ version: 2, values: {}, weights: { 'company-cost': 40 } })
		});
		await new Promise((r) => setTimeout(r, 0));
		expect(chart.update).not.toHaveBeenCalled();
		// A figure changed: redrawn.
		await view.rerender({
			evaluation: evaluate({
				version: 2,
				values: { 'trainee-innlandet.salaryYear1': 500000 },
				weights: { 'company-cost': 40 }
			})
		});
		expect(chart.update).toHaveBeenCalledWith('none');
	});

	it('creates no chart for a canvas that left before Chart.js loaded', async () => {
		const view = render(CompanyCostChart, { evaluation });
		view.unmount();
		await new Promise((r) => setTimeout(r, 20));
		expect(FakeChart.instances).toHaveLength(0);
	});

	it('follows the language: labels and Intl locale change in place', async () => {
		render(CompanyCostChart, { evaluation });
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(1));
		const chart = FakeChart.instances[0]!;
		locale.set('en');
		await Promise.resolve();
		await new Promise((r) => setTimeout(r, 0));
		expect(chart.update).toHaveBeenCalledWith('none');
		expect((chart.options as { locale: string }).locale).toBe('en-GB');
		const data = chart.data as { datasets: { label: string }[] };
		expect(data.datasets.map((d) => d.label)).toContain('Salary');
	});
});

describe('ChartFigure', () => {
	it("swaps the canvas for a table with 'Vis som tabell', and back", async () => {
		render(CompanyCostChart, { evaluation });
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(1));
		const button = screen.getByRole('button', { name: 'Vis som tabell' });
		expect(screen.getByRole('img')).toBeInTheDocument();
		expect(screen.queryByRole('table')).toBeNull();

		await fireEvent.click(button);
		// The button now says what the next press does.
		expect(button).toHaveAccessibleName('Vis som diagram');
		const table = screen.getByRole('table', { name: 'Kostnad for en medlemsbedrift' });
		expect(within(table).getAllByRole('columnheader')[0]).toHaveAttribute('scope', 'col');
		expect(within(table).getAllByRole('rowheader')).toHaveLength(MODEL_IDS.length);
		expect(screen.queryByRole('img')).toBeNull();
		// The chart went with its canvas.
		expect(FakeChart.instances[0]!.destroy).toHaveBeenCalledTimes(1);

		await fireEvent.click(button);
		expect(button).toHaveAccessibleName('Vis som tabell');
		expect(screen.getByRole('img')).toBeInTheDocument();
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(2));
	});

	it('gives the canvas a summary in words as its name', () => {
		render(CompanyCostChart, { evaluation });
		// Lowest undiscounted total: the fagskole scheme. Salary 480 000 + 500 000 = 980 000;
		// holiday pay net of the holiday month: 980 000 × 10.2 % − 980 000 / 12 = 99 960 − 81 666.67
		// = 18 293.33; pension 2 % = 19 600; employer's contribution 14.1 % of (980 000 + 18 293.33
		// + 19 600 = 1 017 893.33) = 143 522.96; membership 2 × 9 500 = 19 000; fees 2 × 20 000 =
		// 40 000. Sum 1 220 416.29 → 1 220 416 kr. Highest: Trainee Innlandet, 1 565 113 kr
		// (worked out in results.test.ts; the zero alternative costs the same and comes later in
		// the data, so the first one found is named).
		expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
			'Stablede stolper per modell. Lavest sum: Fagskoletrainee, 1\u00a0220\u00a0416\u00a0kr. ' +
				'Høyest sum: Trainee Innlandet, 1\u00a0565\u00a0113\u00a0kr.'
		);
	});
});

describe('every chart', () => {
	const analysis = fakeAnalysis();
	const cases = [
		{ name: 'company cost', component: CompanyCostChart, props: { evaluation } },
		{ name: 'public cost', component: PublicCostChart, props: { evaluation } },
		{ name: 'graduates', component: GraduatesChart, props: { evaluation } },
		{ name: 'cost per retained', component: CostPerRetainedChart, props: { evaluation } },
		{ name: 'score breakdown', component: ScoreBreakdownChart, props: { evaluation } },
		{ name: 'stability', component: StabilityChart, props: { stability } },
		{ name: 'tornado', component: TornadoChart, props: { analysis } },
		{ name: 'rank probabilities', component: RankProbabilityChart, props: { analysis } }
	] as const;

	for (const c of cases)
		it(`draws the ${c.name} chart and shows it as a table`, async () => {
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			render(c.component as any, { props: c.props });
			await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(1));
			expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
			expect(screen.getByRole('img').getAttribute('aria-label')).not.toBe('');
			await fireEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
			const tables = screen.getAllByRole('table');
			expect(tables.length).toBeGreaterThan(0);
			for (const t of tables) expect(t.querySelector('caption')?.textContent).not.toBe('');
		});

	it('shows the public cost per year with region and county apart', async () => {
		render(PublicCostChart, { evaluation });
		await fireEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
		const table = screen.getByRole('table');
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((h) => h.textContent)
		).toEqual(['År', 'Region', 'Fylke', 'Sum']);
		// One group per model: 6 × (5 years + present value) rows under the 6 group headers.
		expect(within(table).getAllByRole('rowheader')).toHaveLength(6 + 6 * 6);
		// The zero alternative has no budget: 0 kr every year.
		const group = within(table).getByRole('rowheader', { name: 'Nullalternativet' });
		expect(group).toHaveAttribute('scope', 'rowgroup');
	});

	it("writes '–' where a model has no new graduates, and says why", async () => {
		render(CostPerRetainedChart, { evaluation });
		await fireEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
		const row = screen.getByRole('rowheader', { name: 'Nullalternativet' }).closest('tr')!;
		expect(
			within(row)
				.getAllByRole('cell')
				.map((c) => c.textContent)
		).toEqual(['–', '–', '–']);
		expect(screen.getByText(/ingen nye kandidater/)).toBeInTheDocument();
	});

	it('shows the tornado with the leader change flagged, and the table by unit', async () => {
		render(TornadoChart, { analysis });
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(1));
		const chart = FakeChart.instances[0]!;
		const labels = (chart.data as { labels: string[][] }).labels;
		expect(labels[0]).toEqual([
			'Trainee Innlandet (ny leder)',
			'Nye traineer i Sør-Østerdal per år'
		]);
		await fireEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
		const row = screen.getAllByRole('row')[1]!;
		expect(within(row).getAllByRole('cell')[0]!.textContent).toBe('1 per år');
		expect(within(row).getAllByRole('cell')[1]!.textContent).toBe('6 per år');
		expect(within(row).getAllByRole('cell')[4]!.textContent).toBe('Næringshagesamarbeid');
	});

	it('waits for the analysis: no canvas, a note that it is calculating', async () => {
		render(RankProbabilityChart, { analysis: null });
		await new Promise((r) => setTimeout(r, 20));
		expect(screen.queryByRole('img')).toBeNull();
		expect(screen.getByText('Beregner …')).toBeInTheDocument();
		expect(FakeChart.instances).toHaveLength(0);
	});

	it('marks a result that belongs to an older scenario, and only then', async () => {
		const view = render(TornadoChart, { analysis, stale: true });
		expect(screen.getByText(/oppdateres/)).toBeInTheDocument();
		await view.rerender({ stale: false });
		expect(screen.queryByText(/oppdateres/)).toBeNull();
	});
});

describe("the study's figures as ghost marks", () => {
	// The study's TI service fee is 29 013 kr a tertial (§4.1); raised to 30 000, a trainee's
	// two-year programme (shared.programmeYears, 2) costs 6 tertials × 987 kr = 5 922 kr more.
	const changed = evaluate({
		version: 2,
		values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30000 },
		weights: {}
	});
	type Dataset = { label: string; type?: string; data: (number | null)[] };
	const datasetsOf = (chart: InstanceType<typeof FakeChart>) =>
		(chart.config.data as { labels: unknown[]; datasets: Dataset[] }).datasets;

	it("marks the study's total cost per model once the scenario differs", async () => {
		render(CompanyCostChart, { evaluation: changed, study: evaluation });
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(1));
		const datasets = datasetsOf(FakeChart.instances[0]!);
		const marks = datasets.find((d) => d.label === 'Forstudiens totalkostnad (svart strek)')!;
		expect(marks.type).toBe('line');
		const bars = datasets.filter((d) => d !== marks);
		const labels = (FakeChart.instances[0]!.config.data as { labels: (string | string[])[] })
			.labels;
		const row = labels.findIndex((l) => [l].flat().join(' ') === 'Trainee Innlandet');
		const total = bars.reduce((sum, d) => sum + (d.data[row] ?? 0), 0);
		expect(total - marks.data[row]!).toBeCloseTo(5922, 6);
		// Nothing else changed: every other model's mark is its own total.
		labels.forEach((_, i) => {
			if (i === row) return;
			const own = bars.reduce((sum, d) => sum + (d.data[i] ?? 0), 0);
			expect(marks.data[i]).toBeCloseTo(own, 6);
		});
		// The table says it in words too.
		await fireEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
		expect(screen.getByRole('columnheader', { name: 'Forstudiens totalkostnad' })).toBeTruthy();
	});

	it('draws no marks while the scenario is the study', async () => {
		render(CompanyCostChart, { evaluation, study: null });
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(1));
		expect(datasetsOf(FakeChart.instances[0]!).some((d) => d.type === 'line')).toBe(false);
	});

	it('marks the study in the graduates, cost-per-graduate and score charts as well', async () => {
		render(GraduatesChart, { evaluation: changed, study: evaluation });
		render(CostPerRetainedChart, { evaluation: changed, study: evaluation });
		render(ScoreBreakdownChart, { evaluation: changed, study: evaluation });
		await vi.waitFor(() => expect(FakeChart.instances).toHaveLength(3));
		for (const chart of FakeChart.instances)
			expect(datasetsOf(chart).filter((d) => d.type === 'line')).toHaveLength(1);
	});
});
