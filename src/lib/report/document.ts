/**
 * The meeting summary as a pdfmake document definition: A4, one font, greyscale, page numbers.
 * Pure: the same engine result, scenario and options always give the same definition (the date
 * is an option, and it is also the PDF's creation date, so the file can be reproduced byte for
 * byte). The page's export button and `npm run report` both call `buildReport`.
 */
import { barChart, PATTERNS, SEGMENT_STYLES, stackChart } from './charts';
import {
	COST_COMPONENTS,
	parseIsoDate,
	reportContent,
	type AuditRow,
	type ReportContent,
	type ReportInput,
	type ReportOptions,
	type ReportTable
} from './content';
import { INTL_LOCALE, translate } from '../i18n';
import { REPORT_FONT, type Content, type ContentNode, type DocumentDefinition } from './pdf-types';
import { cellId } from './tagging';

const BORDER = '#8a8a8a';
const HEADER_FILL = '#e6e6e6';

type TableNode = { table: { body: unknown[]; headerRows?: number } };

/** Thin horizontal rules, a grey header row, no vertical lines. */
const DATA_LAYOUT = {
	hLineWidth: (i: number, node: TableNode) =>
		i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3,
	vLineWidth: () => 0,
	hLineColor: () => BORDER,
	fillColor: (row: number) => (row === 0 ? HEADER_FILL : null),
	paddingLeft: () => 3,
	paddingRight: () => 3,
	paddingTop: () => 2,
	paddingBottom: () => 2
};

/** Thin horizontal rules (between groups of `group` rows), a grey header row, no vertical lines. */
function dataLayout(group = 1) {
	return {
		...DATA_LAYOUT,
		hLineWidth: (i: number, node: TableNode) =>
			i === 0 || i === 1 || i === node.table.body.length ? 0.8 : (i - 1) % group === 0 ? 0.3 : 0
	};
}

function heading(text: string): ContentNode {
	return { text, style: 'h2', headlineLevel: 1 };
}

/** Headings of either level move to the next page rather than end one (see pageBreakBefore). */
function subheading(text: string): ContentNode {
	return { text, style: 'h3', headlineLevel: 1 };
}

function caption(text: string): ContentNode {
	return { text, style: 'caption' };
}

/**
 * Numbers the tables of one document, so each cell's text gets an id of its own
 * (`tagging.ts` tags the cells from it); `buildReport` starts it afresh.
 */
let tableCount = 0;

/** A data table: header row repeated on every page, numbers right-aligned and unbroken. */
function dataTable(
	table: ReportTable,
	options: { group?: number; widths?: (number | '*' | 'auto')[] } = {}
): ContentNode {
	const t = tableCount++;
	const head = table.head.map((text, i) => ({
		text,
		id: cellId(t, 0, i, true),
		style: 'tableHeader',
		alignment: table.align[i]
	}));
	const body = table.rows.map((row, r) =>
		row.map((text, i) => ({
			text,
			id: cellId(t, r + 1, i, false),
			alignment: table.align[i],
			noWrap: table.align[i] === 'right'
		}))
	);
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			// The first text column (the model's name) takes the room the numbers leave.
			widths:
				options.widths ??
				table.head.map((_, i) => (i === table.align.indexOf('left') ? '*' : 'auto')),
			body: [head, ...body]
		},
		layout: dataLayout(options.group),
		style: 'table',
		margin: [0, 2, 0, 8]
	};
}

/**
 * A table too wide for the page, cut into tables of at most `perTable` columns after the first
 * `fixed` ones, which every part repeats (a ten-year horizon gives years 1–7, then years 8–10
 * with the total and the present value).
 */
export function splitColumns(table: ReportTable, fixed: number, perTable: number): ReportTable[] {
	const rest = table.head.length - fixed;
	if (rest <= perTable) return [table];
	const parts: ReportTable[] = [];
	for (let start = fixed; start < table.head.length; start += perTable) {
		const pick = <T>(cells: T[]) => [
			...cells.slice(0, fixed),
			...cells.slice(start, start + perTable)
		];
		parts.push({
			caption: table.caption,
			head: pick(table.head),
			align: pick(table.align),
			rows: table.rows.map(pick),
			numbers: table.numbers.map(pick)
		});
	}
	return parts;
}

/** Heading, caption, table (and a chart), kept on one page. */
function section(title: string, body: Content[]): ContentNode {
	return { stack: [heading(title), ...body], unbreakable: true };
}

function auditTable(head: string[], rows: AuditRow[]): ContentNode {
	const t = tableCount++;
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			widths: ['*', 88, 88, '*'],
			body: [
				head.map((text, i) => ({ text, id: cellId(t, 0, i, true), style: 'tableHeader' })),
				...rows.map((r, n) =>
					[
						{ text: r.item },
						{ text: r.study },
						{ text: r.current, bold: true },
						{ text: r.source }
					].map((cell, i) => ({ ...cell, id: cellId(t, n + 1, i, false) }))
				)
			]
		},
		layout: DATA_LAYOUT,
		style: 'table',
		margin: [0, 2, 0, 8]
	};
}

function titleBlock(c: ReportContent): Content[] {
	const out: Content[] = [
		{ text: c.title, style: 'title' },
		{ text: c.scenarioLine, style: 'subtitle' },
		{ text: `${c.dateLine} · ${c.changesLine}`, style: 'meta' }
	];
	if (c.note)
		out.push({
			table: {
				widths: ['*'],
				body: [[{ stack: [{ text: c.noteHeading, bold: true }, { text: c.note }] }]]
			},
			layout: {
				hLineWidth: () => 0.8,
				vLineWidth: () => 0.8,
				hLineColor: () => BORDER,
				vLineColor: () => BORDER,
				fillColor: () => '#f3f3f3',
				paddingLeft: () => 6,
				paddingRight: () => 6,
				paddingTop: () => 4,
				paddingBottom: () => 4
			},
			margin: [0, 2, 0, 10]
		});
	return out;
}

/** Year columns per table of the public cost: five years, the total and the present value fit. */
const PUBLIC_COLUMNS = 7;

function body(c: ReportContent): Content[] {
	return [
		...titleBlock(c),
		section(
			c.conclusion.heading,
			c.conclusion.paragraphs.map((text) => ({ text, style: 'lead' }))
		),
		section(c.ranking.heading, [
			caption(c.ranking.table.caption),
			dataTable(c.ranking.table),
			barChart(c.ranking.chartTitle, c.ranking.bars, c.ranking.axis)
		]),
		section(c.company.heading, [
			caption(c.company.table.caption),
			dataTable(c.company.table),
			caption(c.company.split.caption),
			dataTable(c.company.split),
			stackChart(
				c.company.chartTitle,
				c.company.stacks,
				c.company.axis,
				c.company.legend,
				COST_COMPONENTS.map((k) => SEGMENT_STYLES[k])
			)
		]),
		section(c.publicCost.heading, [
			caption(c.publicCost.table.caption),
			// Two rows per model (region, county): rules between models only.
			...splitColumns(c.publicCost.table, 2, PUBLIC_COLUMNS).map((part) =>
				dataTable(part, { group: 2 })
			)
		]),
		section(c.graduates.heading, [
			caption(c.graduates.table.caption),
			dataTable(c.graduates.table)
		]),
		section(c.scoring.heading, [
			caption(c.scoring.weights.caption),
			dataTable(c.scoring.weights),
			caption(c.scoring.judged.caption),
			dataTable(c.scoring.judged),
			caption(c.scoring.contributions.caption),
			dataTable(c.scoring.contributions)
		]),
		...(c.group ? groupSection(c.group) : []),
		// A long table (every input of every model): it starts a page of its own.
		{ ...heading(c.inputs.heading), pageBreak: 'before' },
		caption(c.inputs.table.caption),
		// Group, item and value in fixed widths; the sources take the rest.
		dataTable(c.inputs.table, { widths: [96, 140, 'auto', '*'] }),
		heading(c.audit.heading),
		subheading(c.audit.valuesHeading),
		c.audit.values.length
			? auditTable(c.audit.head, c.audit.values)
			: { text: c.audit.noValues, style: 'paragraph' },
		subheading(c.audit.weightsHeading),
		c.audit.weights.length
			? auditTable(c.audit.head, c.audit.weights)
			: { text: c.audit.noWeights, style: 'paragraph' },
		subheading(c.audit.judgementsHeading),
		c.audit.judgements.length
			? auditTable(c.audit.judgementsHead, c.audit.judgements)
			: { text: c.audit.noJudgements, style: 'paragraph' },
		heading(c.sources.heading),
		{ text: c.sources.intro, style: 'paragraph' },
		{
			ul: c.sources.entries.map((s) => ({
				text: s.url ? [`${s.text}. `, { text: s.url, link: s.url, style: 'url' }] : `${s.text}.`
			})),
			style: 'sources'
		},
		section(
			c.method.heading,
			c.method.paragraphs.map((text) => ({ text, style: 'paragraph' }))
		)
	];
}

/** Council mode's page of its own: the members' rankings, the shares first, the disagreement. */
function groupSection(g: NonNullable<ReportContent['group']>): Content[] {
	return [
		{ ...heading(g.heading), pageBreak: 'before' },
		...g.paragraphs.map((text) => ({ text, style: 'paragraph' })),
		caption(g.models.caption),
		dataTable(g.models),
		caption(g.members.caption),
		dataTable(g.members),
		caption(g.disagreement.caption),
		dataTable(g.disagreement),
		{ text: g.note, style: 'caption' }
	];
}

/** The document definition for pdfmake. */
export function buildReport(input: ReportInput, options: ReportOptions): DocumentDefinition {
	const c = reportContent(input, options);
	tableCount = 0;
	const date = parseIsoDate(options.date);
	const appName = translate(c.locale, 'app.name');
	return {
		pageSize: 'A4',
		pageMargins: [42, 46, 42, 52],
		language: INTL_LOCALE[c.locale],
		version: '1.7',
		tagged: true,
		displayTitle: true,
		info: {
			title: `${c.title} – ${c.scenarioLine}`,
			subject: c.subject,
			author: appName,
			creator: appName,
			producer: `${appName} (pdfmake)`,
			keywords: translate(c.locale, 'report.keywords'),
			creationDate: date,
			modDate: date
		},
		defaultStyle: { font: REPORT_FONT, fontSize: 9.5, lineHeight: 1.2, color: '#000000' },
		styles: {
			title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
			subtitle: { fontSize: 12, bold: true, margin: [0, 0, 0, 2] },
			meta: { fontSize: 9, color: '#333333', margin: [0, 0, 0, 10] },
			h2: { fontSize: 12.5, bold: true, margin: [0, 8, 0, 4] },
			h3: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
			lead: { fontSize: 10, margin: [0, 0, 0, 6] },
			paragraph: { margin: [0, 0, 0, 6] },
			caption: { fontSize: 8, italics: true, color: '#333333', margin: [0, 0, 0, 3] },
			table: { fontSize: 7.5, lineHeight: 1.1 },
			tableHeader: { bold: true },
			chartTitle: { fontSize: 9, bold: true, margin: [0, 2, 0, 4] },
			chartLabel: { fontSize: 8 },
			chartValue: { fontSize: 8 },
			chartAxis: { fontSize: 6.5, color: '#333333' },
			chartLegend: { fontSize: 7.5 },
			sources: { fontSize: 8.5, margin: [0, 0, 0, 8] },
			url: { color: '#000000', decoration: 'underline' }
		},
		patterns: PATTERNS,
		content: body(c),
		footer: (page, pages) => ({
			columns: [
				{ text: `${c.title} · ${c.scenarioLine} · ${c.dateText}`, width: '*' },
				{ text: c.pageLabel(page, pages), width: 'auto', alignment: 'right' }
			],
			fontSize: 7.5,
			color: '#333333',
			margin: [42, 18, 42, 0]
		}),
		pageBreakBefore: (node, nodes) =>
			node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0
	};
}
