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
import { cite } from '../citations';
import { criteria, MODEL_IDS, parameters, type Parameter } from '../data';
import type { Evaluation, GroupResult, ModelEvaluation, Scenario, SmaaResult } from '../engine';
import {
	formatByUnit,
	formatNumber,
	ONE_DECIMAL,
	SCORE_DIGITS,
	WHOLE,
	type FractionDigits
} from '../format';
import { localized, translate, translator, type Locale, type MessageKey } from '../i18n';
import {
	countCell,
	integerCell,
	nokCell,
	NONE,
	numberCell,
	scoreCell,
	shareCell,
	textCell,
	type Cell,
	type CellNumber
} from './cells';
import { judgementMatrix, judgementText, JUDGED_CRITERIA } from './judgements';
import { criterionLabel, modelName, parameterModel } from './names';
import type { InputDifference, Outcome, OutcomeDifference } from './scenario-diff';

export { NONE };

export type Align = 'left' | 'right';

/** A table of text cells; `head` is the header row. */
export interface Table {
	/** A caption above the table (the PDF's); empty when the output titles it itself. */
	caption: string;
	head: string[];
	rows: string[][];
	/** Per column. */
	align: Align[];
	/**
	 * Beside `rows`, cell for cell: the figure behind the text, or null for words and `–`
	 * (`present/cells.ts`; what a CSV file writes as a number). The PDF and the terminal
	 * show `rows` only.
	 */
	numbers: (CellNumber | null)[][];
}

/** A table from cells that carry their figures: the text into `rows`, the figures beside it. */
export function tableOf(head: string[], align: Align[], cells: Cell[][], caption = ''): Table {
	return {
		caption,
		head,
		align,
		rows: cells.map((row) => row.map((c) => c.text)),
		numbers: cells.map((row) => row.map((c) => c.number ?? null))
	};
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
	const cells = (m: ModelEvaluation): Cell[] => [
		integerCell(m.rank),
		textCell(modelName(m.id, locale)),
		scoreCell(m.score, locale)
	];
	if (probabilities === 'first') {
		// With a decomposition: P(first) again with one source of uncertainty held fixed.
		const d = smaa?.decomposition ?? null;
		const pct = (p: number | null | undefined) => shareCell(p ?? null, locale, PERCENT_COLUMN);
		return tableOf(
			[
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
			['right', 'left', 'right', 'right', ...(d ? (['right', 'right', 'right'] as const) : [])],
			ranked(e).map((m) => [
				...cells(m),
				pct(smaa ? (smaa.probabilityFirst[m.id] ?? null) : null),
				...(d
					? [pct(d.judgementsFixed[m.id]), pct(d.parametersFixed[m.id]), pct(d.weightsFixed[m.id])]
					: [])
			])
		);
	}
	const places = e.models.map((_, i) => translate(locale, 'report.col.place', { rank: i + 1 }));
	return tableOf(
		[...base, ...places],
		['right', 'left', 'right', ...places.map((): Align => 'right')],
		ranked(e).map((m) => [
			...cells(m),
			...(smaa?.rankAcceptability[m.id] ?? []).map((p) => shareCell(p, locale))
		])
	);
}

/** What a member company pays for one trainee, component by component, in rank order. */
export function companyCostTable(e: Evaluation, locale: Locale, width: HeaderWidth): Table {
	return tableOf(
		[
			header('model', locale, width),
			...COST_COMPONENTS.map((c) => header(c, locale, width)),
			header('total', locale, width),
			header('presentValue', locale, width)
		],
		['left', ...COST_COMPONENTS.map((): Align => 'right'), 'right', 'right'],
		ranked(e).map((m) => [
			textCell(modelName(m.id, locale)),
			...COST_COMPONENTS.map((c) => nokCell(m.companyCost.byComponent[c], locale)),
			nokCell(m.companyCost.total, locale),
			nokCell(m.companyCost.presentValue, locale)
		])
	);
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
	return tableOf(
		[header('model', locale, width), ...columns.map((c) => header(c, locale, width))],
		['left', ...columns.map((): Align => 'right')],
		ranked(e).map((m) => {
			const c = m.companyCost;
			return [
				textCell(modelName(m.id, locale)),
				nokCell(c.scheme.total, locale),
				nokCell(c.employment.total, locale),
				nokCell(c.total, locale),
				nokCell(c.scheme.presentValue, locale),
				nokCell(c.employment.presentValue, locale),
				nokCell(c.presentValue, locale)
			];
		})
	);
}

/** The public cost's present value by payer (region, county, both), in rank order. */
export function publicCostSummaryTable(e: Evaluation, locale: Locale): Table {
	const t = translator(locale);
	return tableOf(
		[t('domain.model'), t('cli.col.region'), t('cli.col.county'), t('cli.col.public')],
		['left', 'right', 'right', 'right'],
		ranked(e).map((m) => [
			textCell(modelName(m.id, locale)),
			nokCell(m.publicCost.region.presentValue, locale),
			nokCell(m.publicCost.county.presentValue, locale),
			nokCell(m.publicCost.public.presentValue, locale)
		])
	);
}

/** The public cost year by year, one row per payer (region, county), in rank order. */
export function publicCostByYearTable(e: Evaluation, locale: Locale): Table {
	const t = translator(locale);
	const years = e.models[0]!.publicCost.byYear.map((y) => y.year);
	const rows: Cell[][] = [];
	for (const m of ranked(e)) {
		const p = m.publicCost;
		rows.push([
			textCell(modelName(m.id, locale)),
			textCell(t('report.payer.region')),
			...p.byYear.map((y) => nokCell(y.region, locale)),
			nokCell(p.region.total, locale),
			nokCell(p.region.presentValue, locale)
		]);
		rows.push([
			textCell(''),
			textCell(t('report.payer.county')),
			...p.byYear.map((y) => nokCell(y.county, locale)),
			nokCell(p.county.total, locale),
			nokCell(p.county.presentValue, locale)
		]);
	}
	return tableOf(
		[
			t('domain.model'),
			t('report.col.payer'),
			// Year 0 of the engine is the first year of the horizon.
			...years.map((y) => t('report.col.year', { year: y + 1 })),
			t('domain.total'),
			t('domain.presentValue')
		],
		['left', 'left', ...years.map((): Align => 'right'), 'right', 'right'],
		rows
	);
}

/** Trainees, graduates retained and attributable, and the cost per graduate retained. */
export function graduatesTable(e: Evaluation, locale: Locale, width: HeaderWidth): Table {
	return tableOf(
		[
			header('model', locale, width),
			header('trainees', locale, width),
			header('retained', locale, width),
			header('attributable', locale, width),
			header('publicPerRetained', locale, width),
			header('schemePerRetained', locale, width)
		],
		['left', 'right', 'right', 'right', 'right', 'right'],
		ranked(e).map((m) => [
			textCell(modelName(m.id, locale)),
			countCell(m.retention.trainees, locale),
			countCell(m.retention.retained, locale),
			countCell(m.retention.attributable, locale),
			nokCell(m.publicCostPer.perRetained, locale),
			nokCell(m.schemeCostPer.perRetained, locale)
		])
	);
}

/** Each criterion's normalised weight. */
export function weightsTable(e: Evaluation, locale: Locale): Table {
	return tableOf(
		[translate(locale, 'cli.col.criterion'), translate(locale, 'cli.col.weight')],
		['left', 'right'],
		criteria.map((c) => [
			textCell(localized(c.label, locale)),
			shareCell(e.weights[c.id] ?? 0, locale, PERCENT_COLUMN)
		])
	);
}

/** Every parameter with its study value, unit, range, kind and sources. */
export function parametersTable(locale: Locale): Table {
	return tableOf(
		(['id', 'label', 'value', 'unit', 'range', 'kind', 'sources'] as const).map((c) =>
			translate(locale, `cli.col.${c}`)
		),
		['left', 'left', 'right', 'left', 'right', 'left', 'left'],
		parameters.map((p) => [
			textCell(p.id),
			textCell(localized(p.label, locale)),
			numberCell(p.default, locale, AS_TYPED),
			textCell(translate(locale, `cli.unit.${p.unit}`)),
			textCell(
				`${formatNumber(p.range[0], locale, AS_TYPED)}–${formatNumber(p.range[1], locale, AS_TYPED)}`
			),
			textCell(translate(locale, `cli.kind.${p.kind}`)),
			textCell(p.sources.map((s) => (s.section ? `${s.source} ${s.section}` : s.source)).join(', '))
		])
	);
}

/**
 * The judged scores, one row per model and judged criterion (data order): the score and its
 * range as numbers, the tool's reading of the study beside them, and the sections it rests on.
 */
export function judgementsTable(scenario: Scenario, locale: Locale): Table {
	const t = translator(locale);
	return tableOf(
		[
			t('domain.model'),
			t('cli.col.criterion'),
			t('domain.score'),
			t('report.col.low'),
			t('report.col.high'),
			t('report.col.studyScore'),
			t('report.col.sections')
		],
		['left', 'left', 'right', 'right', 'right', 'right', 'left'],
		judgementMatrix(scenario, locale).flatMap((row) =>
			row.cells.map((cell, i) => [
				textCell(row.modelName),
				textCell(localized(JUDGED_CRITERIA[i]!.label, locale)),
				numberCell(cell.current.score, locale, AS_TYPED),
				numberCell(cell.current.low, locale, AS_TYPED),
				numberCell(cell.current.high, locale, AS_TYPED),
				textCell(judgementText(cell.study, locale)),
				textCell(cell.sections)
			])
		)
	);
}

/** A value of a compared input as a cell: money, a share as a percentage, a number. */
function inputCell(input: InputDifference, side: 'a' | 'b' | 'study', locale: Locale): Cell {
	const value = input[side];
	if (input.unit === 'judgement') {
		const [low, high] = input.ranges![side];
		return textCell(judgementText({ score: value, low, high }, locale));
	}
	if (input.unit.startsWith('nok')) return nokCell(value, locale);
	if (input.unit === 'share' || input.unit === 'position-share' || input.unit === 'rate-per-year')
		return shareCell(value, locale, { maximumFractionDigits: 4 });
	return numberCell(value, locale, AS_TYPED);
}

/** The inputs that differ between two scenarios: what, unit, A, B and the study's value. */
export function compareInputsTable(inputs: readonly InputDifference[], locale: Locale): Table {
	const t = translator(locale);
	const unit = (u: InputDifference['unit']) =>
		u === 'points' || u === 'judgement' ? t(`report.unit.${u}`) : t(`cli.unit.${u}`);
	return tableOf(
		[
			t('report.col.group'),
			t('report.col.item'),
			t('cli.col.unit'),
			'A',
			'B',
			t('report.col.study')
		],
		['left', 'left', 'left', 'right', 'right', 'right'],
		inputs.map((input) => [
			textCell(input.model === null ? '' : modelName(input.model, locale)),
			textCell(localized(input.label, locale)),
			textCell(unit(input.unit)),
			inputCell(input, 'a', locale),
			inputCell(input, 'b', locale),
			inputCell(input, 'study', locale)
		])
	);
}

const OUTCOME_COLUMNS: readonly {
	key: keyof Outcome;
	digits: FractionDigits | null;
	label: MessageKey;
}[] = [
	{ key: 'rank', digits: WHOLE, label: 'report.col.rank' },
	{ key: 'score', digits: SCORE_DIGITS, label: 'domain.score' },
	{ key: 'companyCost', digits: null, label: 'report.col.companyCostPv' },
	{ key: 'publicCost', digits: null, label: 'report.col.publicCostPv' },
	{ key: 'attributable', digits: ONE_DECIMAL, label: 'report.col.attributable' }
];

/** Each model's results in A and B and the difference B − A, three rows per model. */
export function compareOutcomesTable(
	outcomes: readonly OutcomeDifference[],
	locale: Locale
): Table {
	const t = translator(locale);
	const cells = (o: Outcome) =>
		OUTCOME_COLUMNS.map(({ key, digits }) =>
			digits ? numberCell(o[key], locale, digits) : nokCell(o[key], locale)
		);
	return tableOf(
		[t('domain.model'), t('report.col.side'), ...OUTCOME_COLUMNS.map((c) => t(c.label))],
		['left', 'left', ...OUTCOME_COLUMNS.map((): Align => 'right')],
		outcomes.flatMap((o) => {
			const name = textCell(modelName(o.model, locale));
			return [
				[name, textCell('A'), ...cells(o.a)],
				[name, textCell('B'), ...cells(o.b)],
				[name, textCell('B − A'), ...cells(o.delta)]
			];
		})
	);
}

/**
 * The judged scores as a matrix for reading: one row per judged criterion, one column per model
 * (data order), each cell the score with its range, `3 (2–4)`.
 */
export function judgedScoresTable(scenario: Scenario, locale: Locale): Table {
	const matrix = judgementMatrix(scenario, locale);
	return tableOf(
		[translate(locale, 'cli.col.criterion'), ...matrix.map((row) => row.modelName)],
		['left', ...matrix.map((): Align => 'right')],
		JUDGED_CRITERIA.map((c, i) => [
			textCell(localized(c.label, locale)),
			...matrix.map((row) => textCell(row.cells[i]!.text))
		])
	);
}

/**
 * Each criterion's contribution to each model's score (normalised weight × the model's 0–1
 * value, from the engine), models in rank order, and the score they add up to.
 */
export function contributionsTable(e: Evaluation, locale: Locale): Table {
	const models = ranked(e);
	return tableOf(
		[translate(locale, 'cli.col.criterion'), ...models.map((m) => modelName(m.id, locale))],
		['left', ...models.map((): Align => 'right')],
		[
			...criteria.map((c) => [
				textCell(criterionLabel(c.id, locale)),
				...models.map((m) => scoreCell(m.contributions[c.id] ?? 0, locale))
			]),
			[
				textCell(translate(locale, 'domain.score')),
				...models.map((m) => scoreCell(m.score, locale))
			]
		]
	);
}

/**
 * Where a figure comes from: the study's sections together (`Forstudien §4.1, §4.2`), then any
 * other source by name; an assumption says so, with what it rests on in brackets.
 */
export function parameterSource(p: Parameter, locale: Locale): string {
	const sections = p.sources.filter((r) => r.source === 'study' && r.section).map((r) => r.section);
	const others = p.sources
		.filter((r) => !(r.source === 'study' && r.section))
		.map((r) => cite(r, locale).text);
	const refs = [
		...(sections.length
			? [translate(locale, 'report.source.study', { section: sections.join(', ') })]
			: []),
		...others
	].join('; ');
	return p.kind === 'assumption'
		? translate(locale, 'report.source.assumption', { sources: refs })
		: refs;
}

/**
 * The inputs each model is costed with, the shared ones first, then each model in data order:
 * the scenario's value (the study's unless changed) in its unit, and its source (a changed value
 * names the study's value first).
 */
export function inputsTable(e: Evaluation, locale: Locale): Table {
	const t = translator(locale);
	const groups: (ModelEvaluation['id'] | null)[] = [null, ...MODEL_IDS];
	const rows: Cell[][] = [];
	for (const group of groups) {
		parameters
			.filter((p) => parameterModel(p.id) === group)
			.forEach((p, i) => {
				const value = e.scenario.values[p.id] ?? p.default;
				rows.push([
					textCell(
						i > 0 ? '' : group === null ? t('report.inputs.shared') : modelName(group, locale)
					),
					textCell(localized(p.label, locale)),
					{ text: formatByUnit(value, p.unit, locale) },
					textCell(
						value === p.default
							? parameterSource(p, locale)
							: t('report.inputs.changed', {
									study: formatByUnit(p.default, p.unit, locale),
									source: parameterSource(p, locale)
								})
					)
				]);
			});
	}
	return tableOf(
		[t('report.col.group'), t('report.col.item'), t('cli.col.value'), t('cli.col.sources')],
		['left', 'left', 'right', 'left'],
		rows
	);
}

/** Council mode: each member's ranking, best first (member names as given: escape for a terminal). */
export function groupMembersTable(g: GroupResult, locale: Locale, names: readonly string[]): Table {
	const t = translator(locale);
	return tableOf(
		[
			t('cli.col.member'),
			...g.members[0]!.ranking.map((_, i) => t('cli.col.place', { place: i + 1 }))
		],
		['left', ...g.members[0]!.ranking.map((): Align => 'left')],
		g.members.map((m, i) => [
			textCell(names[i]!),
			...m.ranking.map((id) => textCell(modelName(id, locale)))
		])
	);
}

/**
 * Council mode, per model in the order of the mean weights: its place under them, the share of
 * members who put it first and the group's probability of first place.
 */
export function groupModelsTable(g: GroupResult, locale: Locale): Table {
	const t = translator(locale);
	return tableOf(
		[
			t('cli.col.rank'),
			translate(locale, 'domain.model'),
			t('cli.col.shareFirst'),
			t('cli.col.pFirstGroup')
		],
		['right', 'left', 'right', 'right'],
		g.meanRanking.map((id, i) => [
			integerCell(i + 1),
			textCell(modelName(id, locale)),
			shareCell(g.shareFirst[id], locale, PERCENT_COLUMN),
			shareCell(g.probabilityFirst[id], locale, PERCENT_COLUMN)
		])
	);
}

/** Council mode: each criterion's weights over the members, most disagreement first. */
export function groupDisagreementTable(g: GroupResult, locale: Locale): Table {
	const t = translator(locale);
	const share = (x: number) => shareCell(x, locale, PERCENT_COLUMN);
	const label = (id: string) => {
		const c = criteria.find((x) => x.id === id);
		return c ? localized(c.label, locale) : id;
	};
	return tableOf(
		[
			t('cli.col.criterion'),
			t('cli.col.meanWeight'),
			t('cli.col.spread'),
			t('cli.col.lowest'),
			t('cli.col.highest')
		],
		['left', 'right', 'right', 'right', 'right'],
		g.disagreement.map((d) => [
			textCell(label(d.criterion)),
			share(d.mean),
			share(d.standardDeviation),
			share(d.min),
			share(d.max)
		])
	);
}
