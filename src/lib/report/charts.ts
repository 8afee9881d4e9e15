/**
 * The summary's charts as vectors (pdfmake `canvas` rectangles and lines) laid out in tables, so
 * the labels are real text. Made to print in black and white: grey levels that differ clearly,
 * hatching on alternate segments, a legend drawn with the same fills, and a value label at the
 * end of every bar.
 */
import type { CostComponent } from './content';
import type { Content, ContentNode, PatternDefinition, Vector } from './pdf-types';

export interface Axis {
	/** The value at the right edge of the plot. */
	max: number;
	ticks: { value: number; label: string }[];
}

export interface Bar {
	label: string;
	value: number;
	valueText: string;
	/** Drawn darker (the leader). */
	emphasis?: boolean;
}

export interface Stack {
	label: string;
	segments: number[];
	totalText: string;
}

/** Fill and optional hatching per cost component. */
export interface SegmentStyle {
	fill: string;
	pattern?: { name: keyof typeof PATTERNS; color: string };
}

/** Uncoloured tiling patterns (PDF path operators in a 4 × 4 pt cell). */
export const PATTERNS = {
	diagonal: {
		boundingBox: [0, 0, 4, 4],
		xStep: 4,
		yStep: 4,
		pattern: '0.7 w -1 -1 m 5 5 l S -1 3 m 1 5 l S 3 -1 m 5 1 l S'
	},
	backDiagonal: {
		boundingBox: [0, 0, 4, 4],
		xStep: 4,
		yStep: 4,
		pattern: '0.7 w -1 5 m 5 -1 l S -1 1 m 1 -1 l S 3 5 m 5 3 l S'
	},
	crossHatch: {
		boundingBox: [0, 0, 4, 4],
		xStep: 4,
		yStep: 4,
		pattern: '0.5 w 0 2 m 4 2 l S 2 0 m 2 4 l S'
	}
} satisfies Record<string, PatternDefinition>;

/** Neighbouring segments always differ in both grey level and texture. */
export const SEGMENT_STYLES: Record<CostComponent, SegmentStyle> = {
	membership: { fill: '#1f1f1f' },
	traineeFees: { fill: '#ffffff', pattern: { name: 'diagonal', color: '#000000' } },
	salary: { fill: '#d4d4d4' },
	holidayPay: { fill: '#7a7a7a' },
	pension: { fill: '#ffffff', pattern: { name: 'crossHatch', color: '#000000' } },
	employerContribution: { fill: '#a8a8a8', pattern: { name: 'backDiagonal', color: '#000000' } }
};

const PLOT_WIDTH = 270;
const LABEL_WIDTH = 105;
const ROW_HEIGHT = 17;
const BAR_HEIGHT = 11;
const BAR_TOP = (ROW_HEIGHT - BAR_HEIGHT) / 2;
const CELL_PADDING = 4;
const GRID = '#9a9a9a';
const OUTLINE = '#000000';

/** Round steps for an axis from 0 to at least `max`: about four intervals. */
export function niceTicks(max: number, intervals = 4): number[] {
	if (!(max > 0)) return [0, 1];
	const raw = max / intervals;
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const normalised = raw / magnitude;
	const factor = [1, 2, 2.5, 5, 10].find((f) => normalised <= f + 1e-9) ?? 10;
	const step = factor * magnitude;
	const count = Math.ceil(max / step - 1e-9);
	return Array.from({ length: count + 1 }, (_, i) => i * step);
}

function x(value: number, axis: Axis): number {
	return axis.max > 0 ? (Math.max(0, value) / axis.max) * PLOT_WIDTH : 0;
}

/** Dashed vertical grid lines at the ticks, the full height of a row (rows join into a grid). */
function grid(axis: Axis): Vector[] {
	return axis.ticks.map((t) => ({
		type: 'line',
		x1: x(t.value, axis),
		y1: 0,
		x2: x(t.value, axis),
		y2: ROW_HEIGHT,
		lineColor: GRID,
		lineWidth: 0.4,
		...(t.value === 0 ? {} : { dash: { length: 1.5, space: 1.5 } })
	}));
}

function segment(left: number, width: number, style: SegmentStyle): Vector[] {
	const box = { x: left, y: BAR_TOP, w: width, h: BAR_HEIGHT };
	const out: Vector[] = [{ type: 'rect', ...box, color: style.fill }];
	if (style.pattern)
		out.push({ type: 'rect', ...box, color: [style.pattern.name, style.pattern.color] });
	out.push({ type: 'rect', ...box, lineColor: OUTLINE, lineWidth: 0.4 });
	return out;
}

/** A canvas that draws only an outline when given no fill. */
function canvas(vectors: Vector[]): ContentNode {
	return { canvas: vectors, width: PLOT_WIDTH };
}

function label(text: string): ContentNode {
	return { text, style: 'chartLabel', alignment: 'right', margin: [0, 3.5, 0, 0] };
}

function value(text: string): ContentNode {
	return { text, style: 'chartValue', margin: [0, 3.5, 0, 0] };
}

/**
 * Tick labels under the plot, each centred on its tick. The row spans the whole chart table so
 * the outer labels may reach into the label and value columns.
 */
function axisRow(axis: Axis): Content[] {
	const step = PLOT_WIDTH / Math.max(1, axis.ticks.length - 1);
	// The plot starts after the label column and two cell paddings.
	const offset = LABEL_WIDTH + 2 * CELL_PADDING - step / 2;
	const columns: ContentNode[] = [
		{ text: '', width: offset },
		...axis.ticks.map((t) => ({
			text: t.label,
			width: step,
			alignment: 'center',
			style: 'chartAxis'
		}))
	];
	return [{ columns, columnGap: 0, colSpan: 3 }, '', ''];
}

const CHART_LAYOUT = {
	hLineWidth: () => 0,
	vLineWidth: () => 0,
	paddingLeft: () => CELL_PADDING,
	paddingRight: () => CELL_PADDING,
	paddingTop: () => 0,
	paddingBottom: () => 0
};

function chartTable(body: Content[][]): ContentNode {
	return {
		table: { widths: [LABEL_WIDTH, PLOT_WIDTH, '*'], body, dontBreakRows: true },
		layout: CHART_LAYOUT
	};
}

/** Horizontal bars, one per row, with the value at the end of each bar. */
export function barChart(title: string, bars: Bar[], axis: Axis): ContentNode {
	const rows = bars.map((b): Content[] => [
		label(b.label),
		canvas([
			...grid(axis),
			...segment(0, x(b.value, axis), { fill: b.emphasis ? '#3d3d3d' : '#a8a8a8' })
		]),
		value(b.valueText)
	]);
	return {
		stack: [{ text: title, style: 'chartTitle' }, chartTable([...rows, axisRow(axis)])],
		unbreakable: true,
		margin: [0, 4, 0, 10]
	};
}

/** One swatch and its name, drawn exactly like the segment. */
function legendItem(name: string, style: SegmentStyle): ContentNode {
	const swatch = segment(0, 14, style).map((v) => ({ ...v, y: 1 }) as Vector);
	return {
		columns: [
			{ canvas: swatch, width: 18 },
			{ text: name, style: 'chartLegend', width: '*' }
		],
		columnGap: 2
	};
}

/** Horizontal stacked bars with a legend; the total at the end of each bar. */
export function stackChart(
	title: string,
	stacks: Stack[],
	axis: Axis,
	legend: string[],
	styles: SegmentStyle[]
): ContentNode {
	const rows = stacks.map((s): Content[] => {
		let left = 0;
		const vectors: Vector[] = [...grid(axis)];
		s.segments.forEach((amount, i) => {
			const width = x(amount, axis);
			if (width > 0) vectors.push(...segment(x(left, axis), width, styles[i]!));
			left += amount;
		});
		return [label(s.label), canvas(vectors), value(s.totalText)];
	});
	const perRow = 3;
	const legendRows: Content[][] = [];
	for (let i = 0; i < legend.length; i += perRow) {
		const row: Content[] = legend
			.slice(i, i + perRow)
			.map((name, j) => legendItem(name, styles[i + j]!));
		while (row.length < perRow) row.push('');
		legendRows.push(row);
	}
	return {
		stack: [
			{ text: title, style: 'chartTitle' },
			chartTable([...rows, axisRow(axis)]),
			{
				table: { widths: Array(perRow).fill('*'), body: legendRows },
				layout: { ...CHART_LAYOUT, paddingTop: () => 2, paddingBottom: () => 2 },
				margin: [LABEL_WIDTH + 2 * CELL_PADDING, 6, 0, 0]
			}
		],
		unbreakable: true,
		margin: [0, 4, 0, 10]
	};
}
