/**
 * What the meeting summary says, as plain data: every sentence and every table cell already in
 * words and formatted numbers, in the report's language. Pure: built only from the engine's
 * results (the evaluation, its weight stability and the SMAA result) and the scenario in them,
 * through the message catalogue and `Intl`. `document.ts` lays it out for pdfmake.
 *
 * Relative imports only: the command line runs this with tsx, which does not know `$lib`.
 */
// The PDF's and command line's messages: loaded with this module, not with the page.
import '../i18n/output';
import { cite } from '../citations';
import { criteria, parameterById, parameters, sources, type Source } from '../data';
import {
	DEFAULT_SCENARIO,
	onlyChanges,
	requiredParameterIds,
	resolveWeights,
	weightStability,
	type Evaluation,
	type GroupResult,
	type SmaaResult,
	type Stability
} from '../engine';
import { NOTE_MAX } from './limits';
import { niceTicks, type Axis, type Bar, type Stack } from './charts';
import {
	formatByUnit,
	formatCount,
	formatNok,
	formatNumber,
	formatScore,
	formatShare,
	formatYears
} from '../format';
import { INTL_LOCALE, localized, translate, translator, type Locale } from '../i18n';
import {
	changedJudgementCount,
	decompositionSentence,
	judgementAuditRows,
	scaleLines
} from '../present/judgements';
import {
	studyComparison,
	weightShifts,
	type Difference,
	type WeightShift
} from '../present/explain';
import { criterionLabel, lowerFirst, modelName, parameterGroup } from '../present/names';
import { majorityText, probabilityText, splitText } from '../present/group';
import { baselineSentence } from '../present/sentences';
import { STUDY_FALLBACK, STUDY_FIRST } from '../present/study';
import {
	COST_COMPONENTS,
	companyCostSplitTable,
	companyCostTable,
	contributionsTable,
	graduatesTable,
	groupDisagreementTable,
	groupMembersTable,
	groupModelsTable,
	inputsTable,
	judgedScoresTable,
	header,
	publicCostByYearTable,
	ranked,
	rankingTable,
	weightsTable,
	type Table
} from '../present/tables';

export { COST_COMPONENTS, type Align, type CostComponent } from '../present/tables';

export interface ReportOptions {
	locale: Locale;
	/** The summary's date as `YYYY-MM-DD`: printed on it and stamped into the PDF's metadata. */
	date: string;
	/** The advisor's note; blank means none. */
	note?: string;
}

export interface ReportInput {
	evaluation: Evaluation;
	smaa: SmaaResult;
	/**
	 * Council mode's group over this scenario's figures, with each member as shown (their name,
	 * or `Anonym 1` … for an anonymous answer); absent when no group was gathered.
	 */
	group?: { result: GroupResult; names: readonly string[] };
}

/** A table of the one table model (`present/tables.ts`), with its caption. */
export type ReportTable = Table;

export interface AuditRow {
	/** Parameter id or criterion id. */
	id: string;
	item: string;
	study: string;
	current: string;
	source: string;
}

export interface SourceEntry {
	id: string;
	/** `Title. Publisher, year`. */
	text: string;
	url: string | null;
}

export interface ReportContent {
	locale: Locale;
	/** The `date` option, `YYYY-MM-DD`. */
	isoDate: string;
	title: string;
	subject: string;
	scenarioLine: string;
	/** The date in words: `27. november 2026`. */
	dateText: string;
	dateLine: string;
	changesLine: string;
	noteHeading: string;
	note: string | null;
	conclusion: { heading: string; paragraphs: string[] };
	ranking: { heading: string; table: ReportTable; chartTitle: string; bars: Bar[]; axis: Axis };
	company: {
		heading: string;
		table: ReportTable;
		/** The scheme's own cost apart from the employment cost any hire has. */
		split: ReportTable;
		chartTitle: string;
		legend: string[];
		/** Component amounts in NOK in `COST_COMPONENTS` order, as floats for drawing only. */
		stacks: Stack[];
		axis: Axis;
	};
	publicCost: { heading: string; table: ReportTable };
	graduates: { heading: string; table: ReportTable };
	/** The weights, the judged scores and each criterion's contribution to the scores. */
	scoring: {
		heading: string;
		weights: ReportTable;
		judged: ReportTable;
		contributions: ReportTable;
	};
	/** Every input of every model with its source, changed or not. */
	inputs: { heading: string; table: ReportTable };
	audit: {
		heading: string;
		valuesHeading: string;
		weightsHeading: string;
		judgementsHeading: string;
		head: string[];
		/** The judgements table's header: its 'study' column is the tool's reading of the study. */
		judgementsHead: string[];
		values: AuditRow[];
		weights: AuditRow[];
		judgements: AuditRow[];
		noValues: string;
		noWeights: string;
		noJudgements: string;
	};
	/** Council mode's page: absent without a group. */
	group: {
		heading: string;
		/** The analysis, the majority (or none) and the group's most probable first. */
		paragraphs: string[];
		members: ReportTable;
		models: ReportTable;
		disagreement: ReportTable;
		note: string;
	} | null;
	sources: { heading: string; intro: string; entries: SourceEntry[] };
	method: { heading: string; paragraphs: string[] };
	/** `Side {page} av {pages}` for each page. */
	pageLabel(page: number, pages: number): string;
}

/** How many interval ends the conclusion names. */
const SHIFTS = 2;
/** How many criteria the study-order sentence names on each side. */
const AHEAD = 2;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The `YYYY-MM-DD` date as a UTC date; throws a RangeError for anything else. */
export function parseIsoDate(text: string): Date {
	const m = ISO_DATE.exec(text);
	const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
	if (!date || date.toISOString().slice(0, 10) !== text)
		throw new RangeError(`'${text}' is not a date (YYYY-MM-DD)`);
	return date;
}

/** Today's local date as `YYYY-MM-DD` (the caller's clock: not used inside the pure builder). */
export function todayIso(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function formatDate(iso: string, locale: Locale): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(parseIsoDate(iso));
}

/** An axis from 0 to a round number at or above `max`, labelled by `format`. */
function axisFor(max: number, format: (value: number) => string, intervals = 4): Axis {
	const ticks = niceTicks(max, intervals);
	return {
		max: ticks[ticks.length - 1]!,
		ticks: ticks.map((v) => ({ value: v, label: format(v) }))
	};
}

function shiftPhrase(s: WeightShift, locale: Locale): string {
	return translate(locale, s.direction === 'above' ? 'report.shift.above' : 'report.shift.below', {
		criterion: lowerFirst(criterionLabel(s.criterionId, locale)),
		threshold: formatShare(s.threshold, locale),
		weight: formatShare(s.weight, locale),
		model: modelName(s.model, locale)
	});
}

/** A tipping point without its successor, for a sentence that names the successor once. */
function bareShiftPhrase(s: WeightShift, locale: Locale): string {
	const key = s.direction === 'above' ? 'report.shift.bare.above' : 'report.shift.bare.below';
	return translate(locale, key, {
		criterion: lowerFirst(criterionLabel(s.criterionId, locale)),
		threshold: formatShare(s.threshold, locale),
		weight: formatShare(s.weight, locale)
	});
}

/** The nearest tipping points in one sentence; a successor both lead to is named once. */
function shiftSentence(near: readonly WeightShift[], leaderName: string, locale: Locale): string {
	const [a, b] = near;
	if (!a) return translate(locale, 'report.conclusion.shift.none', { leader: leaderName });
	if (!b)
		return translate(locale, 'report.conclusion.shift.one', { first: shiftPhrase(a, locale) });
	if (a.model === b.model)
		return translate(locale, 'report.conclusion.shift.twoSame', {
			model: modelName(a.model, locale),
			first: bareShiftPhrase(a, locale),
			second: bareShiftPhrase(b, locale)
		});
	return translate(locale, 'report.conclusion.shift.two', {
		first: shiftPhrase(a, locale),
		second: shiftPhrase(b, locale)
	});
}

/** The criteria named (at most two), as `a og b`. */
function aheadList(differences: readonly Difference[], locale: Locale): string {
	const ids = differences.map((d) => lowerFirst(criterionLabel(d.criterionId, locale)));
	if (ids.length < 2) return ids[0] ?? '–';
	return translate(locale, 'report.list.and', { a: ids[0]!, b: ids[1]! });
}

/** The ranking against the study's own order (§5.2), in a sentence. */
function studyOrder(e: Evaluation, locale: Locale): string {
	const first = modelName(STUDY_FIRST, locale);
	const fallback = modelName(STUDY_FALLBACK, locale);
	const c = studyComparison(e, AHEAD);
	switch (c.kind) {
		case 'agrees':
			return translate(locale, 'report.study.agrees', { first, fallback });
		case 'swapped':
			return translate(locale, 'report.study.swapped', {
				first,
				fallback,
				fallbackAhead: aheadList(c.fallbackAhead, locale),
				firstAhead: aheadList(c.firstAhead, locale)
			});
		case 'differs':
			return translate(locale, 'report.study.differs', {
				first,
				fallback,
				firstRank: c.firstRank,
				fallbackRank: c.fallbackRank
			});
	}
}

function conclusion(e: Evaluation, s: SmaaResult, stability: Stability, locale: Locale): string[] {
	const [leader, runnerUp] = ranked(e);
	const leaderName = modelName(leader!.id, locale);
	const lead = translate(locale, 'report.conclusion.leader', {
		leader: leaderName,
		score: formatScore(leader!.score, locale),
		margin: formatScore(leader!.score - runnerUp!.score, locale),
		runnerUp: modelName(runnerUp!.id, locale)
	});
	const probability = translate(locale, 'report.conclusion.smaa', {
		samples: formatCount(s.options.samples, locale),
		leader: leaderName,
		probability: formatShare(s.probabilityFirst[leader!.id] ?? 0, locale)
	});
	const near = weightShifts(stability).slice(0, SHIFTS);
	const change = shiftSentence(near, leaderName, locale);
	const decomposition = decompositionSentence(s, leader!.id, locale);
	const baseline = baselineSentence(e, locale);
	return [
		`${lead} ${probability} ${change}`,
		...(decomposition ? [decomposition] : []),
		studyOrder(e, locale),
		...(baseline ? [baseline] : [])
	];
}

/** Where a parameter belongs: a model's short name, or "shared". */
function owner(parameterId: string, locale: Locale): string {
	return parameterGroup(parameterId, locale) ?? translate(locale, 'report.audit.shared');
}

function valueRows(e: Evaluation, locale: Locale): AuditRow[] {
	const changed = onlyChanges(e.scenario).values;
	return parameters
		.filter((p) => changed[p.id] !== undefined)
		.map((p) => ({
			id: p.id,
			item: translate(locale, 'report.audit.item', {
				model: owner(p.id, locale),
				label: localized(p.label, locale)
			}),
			study: formatByUnit(p.default, p.unit, locale),
			current: formatByUnit(changed[p.id]!, p.unit, locale),
			source: p.sources.map((ref) => cite(ref, locale).text).join('; ')
		}));
}

function weightRows(e: Evaluation, locale: Locale): AuditRow[] {
	const changed = onlyChanges(e.scenario).weights;
	const study = resolveWeights(DEFAULT_SCENARIO);
	const studySum = Object.values(study).reduce((a, b) => a + b, 0);
	const weight = (points: number, share: number) =>
		translate(locale, 'report.audit.weight', {
			points: formatCount(points, locale),
			share: formatShare(share, locale)
		});
	return criteria
		.filter((c) => changed[c.id] !== undefined)
		.map((c) => ({
			id: c.id,
			item: localized(c.label, locale),
			study: weight(study[c.id]!, study[c.id]! / studySum),
			current: weight(changed[c.id]!, e.weights[c.id] ?? 0),
			source: translate(locale, 'report.audit.weightSource')
		}));
}

/** The sources behind every parameter the engine reads and every judged score, in data order. */
export function sourcesUsed(): Source[] {
	const ids = new Set<string>(['study']);
	for (const id of requiredParameterIds())
		for (const ref of parameterById.get(id)?.sources ?? []) ids.add(ref.source);
	for (const c of criteria)
		for (const score of Object.values(c.scores ?? {}))
			for (const ref of score.sources) ids.add(ref.source);
	return sources.filter((s) => ids.has(s.id));
}

function sourceEntry(source: Source, locale: Locale): SourceEntry {
	const base = translate(locale, 'report.source.entry', {
		title: source.title,
		publisher: source.publisher
	});
	const text =
		source.year === undefined
			? base
			: translate(locale, 'report.source.year', { text: base, year: String(source.year) });
	return { id: source.id, text, url: source.url ?? null };
}

function method(e: Evaluation, s: SmaaResult, locale: Locale): string[] {
	const rate = e.values.get('shared.discountRate');
	return [
		translate(locale, 'report.method.scoring', { criteria: formatCount(criteria.length, locale) }),
		`${translate(locale, 'judgements.scalesIntro')} ${scaleLines(e.scales, locale).join('; ')}.`,
		translate(locale, 'report.method.money', {
			rate: formatShare(rate ?? 0, locale),
			horizon: formatYears(e.horizonYears, locale)
		}),
		translate(locale, 'report.method.baseline'),
		translate(locale, 'report.method.stability'),
		translate(locale, 'report.method.smaa', {
			samples: formatCount(s.options.samples, locale),
			seed: String(s.options.seed),
			lambda: formatCount(s.options.weightUncertainty, locale)
		})
	];
}

/** Council mode's page: who took part, what they put first, and where they disagree. */
function groupPage(
	g: GroupResult,
	names: readonly string[],
	locale: Locale
): NonNullable<ReportContent['group']> {
	const t = translator(locale);
	return {
		heading: t('report.group.heading', { count: formatCount(g.members.length, locale) }),
		paragraphs: [
			t('cli.group.smaa', {
				samples: formatCount(g.options.samples, locale),
				seed: String(g.options.seed)
			}),
			majorityText(g, locale),
			probabilityText(g, locale),
			...(splitText(g, locale) ? [splitText(g, locale)!] : [])
		],
		members: {
			...groupMembersTable(g, locale, names),
			caption: t('cli.group.section.members')
		},
		models: { ...groupModelsTable(g, locale), caption: t('cli.group.section.models') },
		disagreement: {
			...groupDisagreementTable(g, locale),
			caption: t('cli.group.section.disagreement')
		},
		note: t('cli.group.note')
	};
}

/** Everything the summary says, in `options.locale`. */
export function reportContent(input: ReportInput, options: ReportOptions): ReportContent {
	const { evaluation: e, smaa: s } = input;
	const locale = options.locale;
	const t = translator(locale);
	const stability = weightStability(e);
	const changes = onlyChanges(e.scenario);
	const valueCount = Object.keys(changes.values).length;
	const weightCount = Object.keys(changes.weights).length;
	const judgementCount = changedJudgementCount(e.scenario);
	const changeCount = valueCount + weightCount + judgementCount;
	const name =
		e.scenario.name?.trim() ||
		(changeCount === 0 ? t('report.scenario.study') : t('report.scenario.unnamed'));
	const note = options.note?.trim() ? options.note.trim().slice(0, NOTE_MAX) : null;
	const modelsRanked = ranked(e);
	const programmeYears = e.models[0]!.companyCost.byYear.length;
	return {
		locale,
		isoDate: options.date,
		title: t('report.title'),
		subject: t('report.subject'),
		scenarioLine: t('report.scenario', { name }),
		dateText: formatDate(options.date, locale),
		dateLine: t('report.date', { date: formatDate(options.date, locale) }),
		changesLine:
			changeCount === 0
				? t('report.changes.none')
				: t('report.changes.some', {
						values: valueCount,
						weights: weightCount,
						judgements: judgementCount
					}),
		noteHeading: t('report.note'),
		note,
		conclusion: {
			heading: t('report.conclusion.heading'),
			paragraphs: conclusion(e, s, stability, locale)
		},
		ranking: {
			heading: t('report.ranking.heading'),
			table: {
				...rankingTable(e, s, locale, 'long', 'every-place'),
				caption: t('report.ranking.caption', {
					criteria: formatCount(criteria.length, locale),
					last: e.models.length
				})
			},
			chartTitle: t('report.ranking.chart'),
			bars: modelsRanked.map((m) => ({
				label: modelName(m.id, locale),
				value: m.score,
				valueText: formatScore(m.score, locale),
				emphasis: m.rank === 1
			})),
			axis: axisFor(1, (v) => formatNumber(v, locale, { maximumFractionDigits: 2 }))
		},
		company: {
			heading: t('report.company.heading'),
			table: {
				...companyCostTable(e, locale, 'long'),
				caption: t('report.company.caption', { years: formatYears(programmeYears, locale) })
			},
			split: {
				...companyCostSplitTable(e, locale, 'long'),
				caption: t('report.company.splitCaption')
			},
			chartTitle: `${t('report.company.chart')} (${formatYears(programmeYears, locale)})`,
			legend: COST_COMPONENTS.map((c) => header(c, locale, 'long')),
			stacks: modelsRanked.map((m) => ({
				label: modelName(m.id, locale),
				// Bar lengths only: the amounts themselves are printed from the decimals.
				segments: COST_COMPONENTS.map((c) => m.companyCost.byComponent[c].toNumber()),
				totalText: formatNok(m.companyCost.total, locale)
			})),
			axis: axisFor(Math.max(...e.models.map((m) => m.companyCost.total.toNumber())), (v) =>
				formatNok(v, locale)
			)
		},
		publicCost: {
			heading: t('report.public.heading'),
			table: {
				...publicCostByYearTable(e, locale),
				caption: t('report.public.caption', { years: formatYears(e.horizonYears, locale) })
			}
		},
		graduates: {
			heading: t('report.graduates.heading'),
			table: { ...graduatesTable(e, locale, 'long'), caption: t('report.graduates.caption') }
		},
		scoring: {
			heading: t('report.scoring.heading'),
			weights: { ...weightsTable(e, locale), caption: t('report.scoring.weights') },
			judged: { ...judgedScoresTable(e.scenario, locale), caption: t('report.scoring.judged') },
			contributions: {
				...contributionsTable(e, locale),
				caption: t('report.scoring.contributions')
			}
		},
		inputs: {
			heading: t('report.inputs.heading'),
			table: { ...inputsTable(e, locale), caption: t('report.inputs.caption') }
		},
		audit: {
			heading: t('report.audit.heading'),
			valuesHeading: t('report.audit.values'),
			weightsHeading: t('report.audit.weights'),
			head: [
				t('report.col.item'),
				t('report.col.study'),
				t('report.col.current'),
				t('report.col.source')
			],
			judgementsHeading: t('report.audit.judgements'),
			judgementsHead: [
				t('report.col.item'),
				t('report.col.reading'),
				t('report.col.current'),
				t('report.col.reason')
			],
			values: valueRows(e, locale),
			weights: weightRows(e, locale),
			judgements: judgementAuditRows(e.scenario, locale),
			noValues: t('report.audit.noValues'),
			noWeights: t('report.audit.noWeights'),
			noJudgements: t('report.audit.noJudgements')
		},
		group: input.group ? groupPage(input.group.result, input.group.names, locale) : null,
		sources: {
			heading: t('report.sources.heading'),
			intro: t('report.sources.intro'),
			entries: sourcesUsed().map((src) => sourceEntry(src, locale))
		},
		method: { heading: t('report.method.heading'), paragraphs: method(e, s, locale) },
		pageLabel: (page, pages) => t('report.page', { page, pages })
	};
}
