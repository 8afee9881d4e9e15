/**
 * The one table model: a table of text cells (header, rows, alignment per column), every cell
 * already in words and formatted numbers. The PDF lays it out with pdfmake (`report/document.ts`)
 * and the command line draws it as aligned text (`cli/table.ts`); both take their tables from
 * the builders here, so a column means the same and is filled the same way in both.
 *
 * Column headers come in two widths from the catalogue: `long` for the PDF (`report.col.*`),
 * `short` for the 80-column terminal (`cli.col.*`). Pure; relative imports only (tsx).
 */
// The PDF's and command line's messages: loaded with this module, not with the page.
import '../i18n/output';
import { criteria, parameters } from '../data';
import type { Decimal, Evaluation, GroupResult, ModelEvaluation, SmaaResult } from '../engine';
import {
	formatCount,
	formatNok,
	formatNumber,
	formatScore,
	formatShare,
	type FractionDigits
} from '../format';
import { localized, translate, translator, type Locale, type MessageKey } from '../i18n';
import { modelName } from './names';

export type Align = 'left' | 'right';

/** A table of text cells; `head` is the header row. */
export interface Table {
	/** A caption above the table (the PDF's); empty when the output titles it itself. */
	caption: string;
	head: string[];
	rows: string[][];
	/** Per column. */
	align: Align[];
}

/** How wide the column headers are: the PDF's full words, or the terminal's short ones. */
export type HeaderWidth = 'long' | 'short';

/** The company-cost components in the order every table and chart shows them. */
export const COST_COMPONENTS = [
	'membership',
	'traineeFees',
	'salary',
	'holidayPay',
	'pension',
	'employerContribution'
] as const;
export type CostComponent = (typeof COST_COMPONENTS)[number];

/** What a cell shows where there is no value (no graduates, no SMAA). */
export const NONE = '–';

/** Probabilities and weights in a column: always one decimal, so that they line up. */
export const PERCENT_COLUMN: FractionDigits = {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
};

/** Parameter values and weights as typed in a scenario file: up to six decimals. */
export const AS_TYPED: FractionDigits = { maximumFractionDigits: 6 };

export type Column =
	| 'rank'
	| 'model'
	| 'score'
	| CostComponent
	| 'total'
	| 'presentValue'
	| 'scheme'
	| 'employment'
	| 'schemePresentValue'
	| 'employmentPresentValue'
	| 'trainees'
	| 'retained'
	| 'attributable'
	| 'publicPerRetained'
	| 'schemePerRetained';

/** Columns named by the domain's own word, the same in every output. */
const DOMAIN_WORDS = {
	model: 'domain.model',
	score: 'domain.score',
	total: 'domain.total',
	presentValue: 'domain.presentValue',
	membership: 'domain.membership',
	salary: 'domain.salary',
	holidayPay: 'domain.holidayPay',
	pension: 'domain.pension',
	scheme: 'domain.schemeCost',
	employment: 'domain.employmentCost'
} as const satisfies Partial<Record<Column, MessageKey>>;

/** A column header in the given width (the domain's word where one word serves both). */
export function header(column: Column, locale: Locale, width: HeaderWidth): string {
	if (column in DOMAIN_WORDS)
		return translate(locale, DOMAIN_WORDS[column as keyof typeof DOMAIN_WORDS]);
	const key = `${width === 'long' ? 'report' : 'cli'}.col.${column}` as MessageKey;
	return translate(locale, key);
}

/** Models in rank order, best first. */
export function ranked(e: Evaluation): ModelEvaluation[] {
	return e.ranking.map((id) => e.models.find((m) => m.id === id)!);
}

function nokCell(value: Decimal | null, locale: Locale): string {
	return value === null ? NONE : formatNok(value, locale);
}

/**
 * The ranking: rank, model, score, and from SMAA either the probability of ranking first
 * (`'first'`, one decimal, `–` without SMAA) or of every place (`'every-place'`).
 */
export function rankingTable(
	e: Evaluation,
	smaa: SmaaResult | null,
	locale: Locale,
	width: HeaderWidth,
	probabilities: 'first' | 'every-place'
): Table {
	const base = [
		header('rank', locale, width),
		header('model', locale, width),
		header('score', locale, width)
	];
	const cells = (m: ModelEvaluation) => [
		String(m.rank),
		modelName(m.id, locale),
		formatScore(m.score, locale)
	];
	if (probabilities === 'first') {
		// With a decomposition: P(first) again with one source of uncertainty held fixed.
		const d = smaa?.decomposition ?? null;
		const pct = (p: number | null | undefined) =>
			p === null || p === undefined ? NONE : formatShare(p, locale, PERCENT_COLUMN);
		return {
			caption: '',
			head: [
				...base,
				translate(locale, 'cli.col.pFirst'),
				...(d
					? [
							translate(locale, 'cli.col.pFirstJudgementsFixed'),
							translate(locale, 'cli.col.pFirstParametersFixed'),
							translate(locale, 'cli.col.pFirstWeightsFixed')
						]
					: [])
			],
			align: [
				'right',
				'left',
				'right',
				'right',
				...(d ? (['right', 'right', 'right'] as const) : [])
			],
			rows: ranked(e).map((m) => [
				...cells(m),
				pct(smaa ? (smaa.probabilityFirst[m.id] ?? null) : null),
				...(d
					? [pct(d.judgementsFixed[m.id]), pct(d.parametersFixed[m.id]), pct(d.weightsFixed[m.id])]
					: [])
			])
		};
	}
	const places = e.models.map((_, i) => translate(locale, 'report.col.place', { rank: i + 1 }));
	return {
		caption: '',
		head: [...base, ...places],
		align: ['right', 'left', 'right', ...places.map((): Align => 'right')],
		rows: ranked(e).map((m) => [
			...cells(m),
			...(smaa?.rankAcceptability[m.id] ?? []).map((p) => formatShare(p, locale))
		])
	};
}

/** What a member company pays for one trainee, component by component, in rank order. */
export function companyCostTable(e: Evaluation, locale: Locale, width: HeaderWidth): Table {
	return {
		caption: '',
		head: [
			header('model', locale, width),
			...COST_COMPONENTS.map((c) => header(c, locale, width)),
			header('total', locale, width),
			header('presentValue', locale, width)
		],
		align: ['left', ...COST_COMPONENTS.map((): Align => 'right'), 'right', 'right'],
		rows: ranked(e).map((m) => [
			modelName(m.id, locale),
			...COST_COMPONENTS.map((c) => nokCell(m.companyCost.byComponent[c], locale)),
			nokCell(m.companyCost.total, locale),
			nokCell(m.companyCost.presentValue, locale)
		])
	};
}

/**
 * A company's cost split into the scheme's own cost (membership, fees, surcharges) and the
 * employment cost any hire has (salary and the employer's costs), undiscounted and in present
 * value, in rank order. Each pair adds up to the company's cost exactly (the engine's decimals).
 */
export function companyCostSplitTable(e: Evaluation, locale: Locale, width: HeaderWidth): Table {
	const columns: Column[] = [
		'scheme',
		'employment',
		'total',
		'schemePresentValue',
		'employmentPresentValue',
		'presentValue'
	];
	return {
		caption: '',
		head: [header('model', locale, width), ...columns.map((c) => header(c, locale, width))],
		align: ['left', ...columns.map((): Align => 'right')],
		rows: ranked(e).map((m) => {
			const c = m.companyCost;
			return [
				modelName(m.id, locale),
				nokCell(c.scheme.total, locale),
				nokCell(c.employment.total, locale),
				nokCell(c.total, locale),
				nokCell(c.scheme.presentValue, locale),
				nokCell(c.employment.presentValue, locale),
				nokCell(c.presentValue, locale)
			];
		})
	};
}

/** The public cost's present value by payer (region, county, both), in rank order. */
export function publicCostSummaryTable(e: Evaluation, locale: Locale): Table {
	const t = translator(locale);
	return {
		caption: '',
		head: [t('domain.model'), t('cli.col.region'), t('cli.col.county'), t('cli.col.public')],
		align: ['left', 'right', 'right', 'right'],
		rows: ranked(e).map((m) => [
			modelName(m.id, locale),
			nokCell(m.publicCost.region.presentValue, locale),
			nokCell(m.publicCost.county.presentValue, locale),
			nokCell(m.publicCost.public.presentValue, locale)
		])
	};
}

/** The public cost year by year, one row per payer (region, county), in rank order. */
export function publicCostByYearTable(e: Evaluation, locale: Locale): Table {
	const t = translator(locale);
	const years = e.models[0]!.publicCost.byYear.map((y) => y.year);
	const rows: string[][] = [];
	for (const m of ranked(e)) {
		const p = m.publicCost;
		rows.push([
			modelName(m.id, locale),
			t('report.payer.region'),
			...p.byYear.map((y) => formatNok(y.region, locale)),
			formatNok(p.region.total, locale),
			formatNok(p.region.presentValue, locale)
		]);
		rows.push([
			'',
			t('report.payer.county'),
			...p.byYear.map((y) => formatNok(y.county, locale)),
			formatNok(p.county.total, locale),
			formatNok(p.county.presentValue, locale)
		]);
	}
	return {
		caption: '',
		head: [
			t('domain.model'),
			t('report.col.payer'),
			// Year 0 of the engine is the first year of the horizon.
			...years.map((y) => t('report.col.year', { year: y + 1 })),
			t('domain.total'),
			t('domain.presentValue')
		],
		align: ['left', 'left', ...years.map((): Align => 'right'), 'right', 'right'],
		rows
	};
}

/** Trainees, graduates retained and attributable, and the cost per graduate retained. */
export function graduatesTable(e: Evaluation, locale: Locale, width: HeaderWidth): Table {
	return {
		caption: '',
		head: [
			header('model', locale, width),
			header('trainees', locale, width),
			header('retained', locale, width),
			header('attributable', locale, width),
			header('publicPerRetained', locale, width),
			header('schemePerRetained', locale, width)
		],
		align: ['left', 'right', 'right', 'right', 'right', 'right'],
		rows: ranked(e).map((m) => [
			modelName(m.id, locale),
			formatCount(m.retention.trainees, locale),
			formatCount(m.retention.retained, locale),
			formatCount(m.retention.attributable, locale),
			nokCell(m.publicCostPer.perRetained, locale),
			nokCell(m.schemeCostPer.perRetained, locale)
		])
	};
}

/** Each criterion's normalised weight. */
export function weightsTable(e: Evaluation, locale: Locale): Table {
	return {
		caption: '',
		head: [translate(locale, 'cli.col.criterion'), translate(locale, 'cli.col.weight')],
		align: ['left', 'right'],
		rows: criteria.map((c) => [
			localized(c.label, locale),
			formatShare(e.weights[c.id] ?? 0, locale, PERCENT_COLUMN)
		])
	};
}

/** Every parameter with its study value, unit, range, kind and sources. */
export function parametersTable(locale: Locale): Table {
	return {
		caption: '',
		head: (['id', 'label', 'value', 'unit', 'range', 'kind', 'sources'] as const).map((c) =>
			translate(locale, `cli.col.${c}`)
		),
		align: ['left', 'left', 'right', 'left', 'right', 'left', 'left'],
		rows: parameters.map((p) => [
			p.id,
			localized(p.label, locale),
			formatNumber(p.default, locale, AS_TYPED),
			translate(locale, `cli.unit.${p.unit}`),
			`${formatNumber(p.range[0], locale, AS_TYPED)}–${formatNumber(p.range[1], locale, AS_TYPED)}`,
			translate(locale, `cli.kind.${p.kind}`),
			p.sources.map((s) => (s.section ? `${s.source} ${s.section}` : s.source)).join(', ')
		])
	};
}

/** Council mode: each member's ranking, best first (member names as given: escape for a terminal). */
export function groupMembersTable(g: GroupResult, locale: Locale, names: readonly string[]): Table {
	const t = translator(locale);
	return {
		caption: '',
		head: [
			t('cli.col.member'),
			...g.members[0]!.ranking.map((_, i) => t('cli.col.place', { place: i + 1 }))
		],
		align: ['left', ...g.members[0]!.ranking.map((): Align => 'left')],
		rows: g.members.map((m, i) => [names[i]!, ...m.ranking.map((id) => modelName(id, locale))])
	};
}

/**
 * Council mode, per model in the order of the mean weights: its place under them, the share of
 * members who put it first and the group's probability of first place.
 */
export function groupModelsTable(g: GroupResult, locale: Locale): Table {
	const t = translator(locale);
	return {
		caption: '',
		head: [
			t('cli.col.rank'),
			translate(locale, 'domain.model'),
			t('cli.col.shareFirst'),
			t('cli.col.pFirstGroup')
		],
		align: ['right', 'left', 'right', 'right'],
		rows: g.meanRanking.map((id, i) => [
			formatNumber(i + 1, locale, { maximumFractionDigits: 0 }),
			modelName(id, locale),
			formatShare(g.shareFirst[id], locale, PERCENT_COLUMN),
			formatShare(g.probabilityFirst[id], locale, PERCENT_COLUMN)
		])
	};
}

/** Council mode: each criterion's weights over the members, most disagreement first. */
export function groupDisagreementTable(g: GroupResult, locale: Locale): Table {
	const t = translator(locale);
	const share = (x: number) => formatShare(x, locale, PERCENT_COLUMN);
	const label = (id: string) => {
		const c = criteria.find((x) => x.id === id);
		return c ? localized(c.label, locale) : id;
	};
	return {
		caption: '',
		head: [
			t('cli.col.criterion'),
			t('cli.col.meanWeight'),
			t('cli.col.spread'),
			t('cli.col.lowest'),
			t('cli.col.highest')
		],
		align: ['left', 'right', 'right', 'right', 'right'],
		rows: g.disagreement.map((d) => [
			label(d.criterion),
			share(d.mean),
			share(d.standardDeviation),
			share(d.min),
			share(d.max)
		])
	};
}
