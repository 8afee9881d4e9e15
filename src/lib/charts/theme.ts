/**
 * The charts' shared look: type sizes readable on a projector (15 px and up), colour-blind-safe
 * palettes (Okabe & Ito's eight colours for the models and pairs; Paul Tol's "muted" scheme for
 * the cost components and criteria; a single-hue sequential scale for ranks), distinct point
 * markers so lines can be told apart without colour, and base options with the UI's `Intl`
 * locale. Chart.js cannot read CSS custom properties, so the page's text and rule colours are
 * repeated here (see src/lib/styles/global.css).
 */
import { MODEL_IDS, type ModelId } from '$lib/data';
import type { ChartDataset, PointStyle } from 'chart.js';

export const TEXT = '#16202b';
export const MUTED = '#44505e';
export const GRID = '#dde2e8';
export const AXIS = '#44505e';

export const FONT_FAMILY =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
export const FONT_SIZE = 15;

/**
 * Each model's colour (Okabe & Ito) and marker, the same in every chart: the study's models by
 * id, then a model added to the data takes the next spare one in data order. A test
 * (`theme.test.ts`) fails when the spares run out, so no model is ever drawn without a colour.
 */
const KNOWN_COLOURS: Readonly<Record<string, string>> = {
	'trainee-innlandet': '#0072B2',
	'naeringshage-consortium': '#D55E00',
	'fagskole-scheme': '#009E73',
	fjelltrainee: '#CC79A7',
	'own-scheme': '#E69F00',
	'status-quo': '#44505e'
};
const SPARE_COLOURS = ['#56B4E9', '#000000'] as const;

const KNOWN_MARKERS: Readonly<Record<string, PointStyle>> = {
	'trainee-innlandet': 'circle',
	'naeringshage-consortium': 'rect',
	'fagskole-scheme': 'triangle',
	fjelltrainee: 'rectRot',
	'own-scheme': 'star',
	'status-quo': 'crossRot'
};
const SPARE_MARKERS: readonly PointStyle[] = ['rectRounded', 'cross'];

/** One value per model: the known one, else the next spare (undefined when none is left). */
function perModel<T>(known: Readonly<Record<string, T>>, spare: readonly T[]): Record<ModelId, T> {
	let next = 0;
	return Object.fromEntries(MODEL_IDS.map((id) => [id, known[id] ?? spare[next++]])) as Record<
		ModelId,
		T
	>;
}

export const MODEL_COLOURS: Readonly<Record<ModelId, string>> = perModel(
	KNOWN_COLOURS,
	SPARE_COLOURS
);
export const MODEL_MARKERS: Readonly<Record<ModelId, PointStyle>> = perModel(
	KNOWN_MARKERS,
	SPARE_MARKERS
);

/**
 * Paul Tol's "muted" scheme plus its pale grey (ten colours told apart with any colour vision),
 * then three from his "vibrant" and "light" schemes (orange, blue, pear) for the criteria added
 * with the study's own reasons (13 criteria in all).
 */
export const CATEGORICAL = [
	'#332288',
	'#88CCEE',
	'#DDCC77',
	'#CC6677',
	'#117733',
	'#AA4499',
	'#44AA99',
	'#999933',
	'#882255',
	'#DDDDDD',
	'#EE7733',
	'#0077BB',
	'#BBCC33'
] as const;

/** Two series compared side by side (Okabe & Ito blue and orange). */
export const PAIR = ['#0072B2', '#E69F00'] as const;

/** Three steps of one story (trainees → retained → attributable): light to dark. */
export const STEPS = ['#88CCEE', '#44AA99', '#117733'] as const;

/**
 * Ranks, first to last: dark to light in one hue (ColorBrewer Blues). The rank chart takes the
 * first as many as there are models; `theme.test.ts` checks there are enough.
 */
const BLUES = ['#08306b', '#08519c', '#3182bd', '#6baed6', '#bdd7e7', '#eff3ff', '#f7fbff'];
export const RANK_COLOURS: readonly string[] =
	MODEL_IDS.length <= 6 ? BLUES.slice(0, 6) : BLUES.slice(0, MODEL_IDS.length);

/** Thin white borders between stacked segments, so that neighbours stay apart in any colour. */
export const SEGMENT_BORDER = { borderColor: '#ffffff', borderWidth: 1 } as const;

const font = (size = FONT_SIZE, weight: 'normal' | 'bold' = 'normal') => ({
	family: FONT_FAMILY,
	size,
	weight
});

/** Tick and title styling for an axis. */
export function axisStyle(title?: string) {
	return {
		ticks: { color: TEXT, font: font(), maxRotation: 0, autoSkipPadding: 16 },
		grid: { color: GRID },
		border: { color: AXIS },
		title: title ? { display: true, text: title, color: TEXT, font: font() } : { display: false }
	};
}

/** A category axis (models, criteria, parameters): every label shown, none skipped. */
export function categoryAxis() {
	const a = axisStyle();
	return { ...a, ticks: { ...a.ticks, autoSkip: false } };
}

/** Options every chart shares: the UI's locale, no animation, readable legend and tooltips. */
export function baseOptions(intlLocale: string) {
	return {
		locale: intlLocale,
		responsive: true,
		maintainAspectRatio: false,
		animation: false as const,
		color: TEXT,
		font: font(),
		plugins: {
			legend: {
				position: 'bottom' as const,
				labels: { color: TEXT, font: font(), boxWidth: 18, boxHeight: 18, padding: 14 }
			},
			tooltip: {
				titleFont: font(FONT_SIZE, 'bold'),
				bodyFont: font(),
				footerFont: font(),
				padding: 10,
				boxPadding: 4
			}
		}
	};
}

/**
 * Options for a horizontal bar chart (models down the side, a value along the bottom): the shared
 * base, the value axis titled `axisTitle`, with `format` on its ticks and in the tooltips.
 * `valueAxis` adds what one chart needs (beginAtZero, min, max); `maxTicks` limits the ticks.
 */
export function horizontalBarOptions(
	intlLocale: string,
	{
		axisTitle,
		format,
		stacked = false,
		valueAxis = {},
		maxTicks
	}: {
		axisTitle: string;
		format: (value: number) => string;
		stacked?: boolean;
		valueAxis?: { beginAtZero?: boolean; min?: number; max?: number };
		maxTicks?: number;
	}
) {
	const base = baseOptions(intlLocale);
	return {
		...base,
		indexAxis: 'y' as const,
		scales: {
			x: {
				...axisStyle(axisTitle),
				stacked,
				...valueAxis,
				ticks: {
					...axisStyle().ticks,
					...(maxTicks ? { maxTicksLimit: maxTicks } : {}),
					callback: (value: number | string) => format(Number(value))
				}
			},
			y: { ...categoryAxis(), stacked }
		},
		plugins: {
			...base.plugins,
			tooltip: {
				...base.plugins.tooltip,
				callbacks: {
					label: (ctx: { dataset: { label?: string }; parsed: { x: number | null } }) =>
						`${ctx.dataset.label}: ${format(ctx.parsed.x ?? 0)}`
				}
			}
		}
	};
}

/**
 * The study's figure as a ghost mark in a horizontal bar chart: a dark upright stroke across
 * each model's row at the study's value, over the bars and stacked with nothing, so a changed
 * figure can be read against the study's. `data` in the chart's row order (null: no mark).
 */
export function studyMarks(label: string, data: readonly (number | null)[]): ChartDataset<'bar'> {
	const marks: ChartDataset<'line'> = {
		type: 'line',
		label,
		data: [...data],
		indexAxis: 'y',
		showLine: false,
		pointStyle: 'line',
		pointRotation: 90,
		pointRadius: 13,
		pointHoverRadius: 13,
		pointBorderWidth: 3,
		pointHoverBorderWidth: 3,
		borderColor: TEXT,
		backgroundColor: TEXT,
		stack: 'study',
		order: -1
	};
	// A mixed chart: Chart.js draws a line dataset in a bar chart, but its types give a chart one
	// dataset type.
	return marks as unknown as ChartDataset<'bar'>;
}
