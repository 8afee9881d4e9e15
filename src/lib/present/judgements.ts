/**
 * The judged scores as the user sees them: each model's 1–5 score on each judged criterion with
 * the range the study supports, its rationale and sections, and whether the scenario changes it.
 * Pure: no Svelte, no DOM. Page, PDF and comparison read judgements only through these
 * functions, so the engine's scenario format is the one place that defines them.
 *
 * Relative imports only: the command line runs this with tsx, which does not know `$lib`.
 */
import { cite } from '../citations';
import { criteria, MODEL_IDS, modelById, type Criterion, type ModelId } from '../data';
import {
	dataJudgement,
	resolveJudgement,
	type Judgement,
	type JudgementChanges,
	type Scenario,
	type SmaaResult,
	type ValueScale
} from '../engine';
import { formatCount, formatNok, formatNumber, formatShare, formatYears } from '../format';
import { localized, translate, type Locale } from '../i18n';

export type { Judgement } from '../engine';

/** criterion id → model id → whole judgement, as the page edits them (only changed cells). */
export type Judgements = Readonly<Record<string, Readonly<Record<string, Judgement>>>>;

export const JUDGEMENT_MIN = 1;
export const JUDGEMENT_MAX = 5;

/** The judged criteria, in data order. */
export const JUDGED_CRITERIA: readonly Criterion[] = criteria.filter((c) => c.basis === 'judged');

function criterionOf(id: string): Criterion {
	const c = JUDGED_CRITERIA.find((x) => x.id === id);
	if (!c) throw new Error(`judgements: '${id}' is not a judged criterion`);
	return c;
}

/** The tool's reading of the study: the score and range in data/criteria.json. */
export function studyJudgement(criterionId: string, model: ModelId): Judgement {
	criterionOf(criterionId);
	return dataJudgement(criterionId, model);
}

/** The judgement in force in a scenario: its change (parts filled as the engine does), else the data's. */
export function judgementIn(
	scenario: Pick<Scenario, 'judgements'>,
	criterionId: string,
	model: ModelId
): Judgement {
	return resolveJudgement(criterionId, model, scenario.judgements?.[criterionId]?.[model]);
}

/** A scenario's judgement changes as whole judgements, for editing (only the changed cells). */
export function scenarioJudgements(scenario: Scenario): Judgements {
	const out: Record<string, Record<string, Judgement>> = {};
	const changes: JudgementChanges = scenario.judgements ?? {};
	for (const [criterionId, byModel] of Object.entries(changes))
		for (const model of Object.keys(byModel) as ModelId[]) {
			const j = judgementIn(scenario, criterionId, model);
			if (!sameJudgement(j, studyJudgement(criterionId, model)))
				(out[criterionId] ??= {})[model] = j;
		}
	return out;
}

export function sameJudgement(a: Judgement, b: Judgement): boolean {
	return a.score === b.score && a.low === b.low && a.high === b.high;
}

/** Whether the scenario's judgement differs from the study's. */
export function isJudgementChanged(
	scenario: Pick<Scenario, 'judgements'>,
	criterionId: string,
	model: ModelId
): boolean {
	return !sameJudgement(
		judgementIn(scenario, criterionId, model),
		studyJudgement(criterionId, model)
	);
}

/** How many judgements the scenario changes. */
export function changedJudgementCount(scenario: Pick<Scenario, 'judgements'>): number {
	// None given, none changed (the page's load asks this of the study's scenario).
	if (!scenario.judgements || Object.keys(scenario.judgements).length === 0) return 0;
	let n = 0;
	for (const c of JUDGED_CRITERIA)
		for (const m of MODEL_IDS) if (isJudgementChanged(scenario, c.id, m)) n++;
	return n;
}

/**
 * A new judgement from an edit of one of its three numbers. Changing the score widens the range
 * to hold it; a low above the score or a high below it is brought to the score. Every number is
 * kept on the 1–5 scale.
 */
export function editJudgement(
	current: Judgement,
	field: keyof Judgement,
	value: number
): Judgement {
	const v = Math.min(JUDGEMENT_MAX, Math.max(JUDGEMENT_MIN, Math.round(value)));
	if (field === 'score')
		return { score: v, low: Math.min(current.low, v), high: Math.max(current.high, v) };
	if (field === 'low') return { ...current, low: Math.min(v, current.score) };
	return { ...current, high: Math.max(v, current.score) };
}

/**
 * The judgements map with one cell set; a cell equal to the study's is dropped, so the map holds
 * only real changes.
 */
export function withJudgement(
	judgements: Judgements,
	criterionId: string,
	model: ModelId,
	judgement: Judgement | null
): Judgements {
	const row = { ...(judgements[criterionId] ?? {}) };
	if (judgement === null || sameJudgement(judgement, studyJudgement(criterionId, model)))
		delete row[model];
	else row[model] = { score: judgement.score, low: judgement.low, high: judgement.high };
	const out = { ...judgements };
	if (Object.keys(row).length === 0) delete out[criterionId];
	else out[criterionId] = row;
	return out;
}

/** `3 (2–4)`, or `3` where the range is a single point. */
export function judgementText(j: Judgement, locale: Locale): string {
	const n = (x: number) => formatCount(x, locale);
	return j.low === j.high
		? translate(locale, 'judgements.fixedText', { score: n(j.score) })
		: translate(locale, 'judgements.rangeText', {
				score: n(j.score),
				low: n(j.low),
				high: n(j.high)
			});
}

/** The study's sections behind a score, `§4.3, §5.2`, or the other sources where none. */
export function judgementSections(criterionId: string, model: ModelId, locale: Locale): string {
	const s = criterionOf(criterionId).scores?.[model];
	if (!s) return '';
	const sections = s.sources
		.filter((ref) => ref.source === 'study' && ref.section)
		.map((ref) => ref.section!);
	return sections.length
		? sections.join(', ')
		: s.sources.map((ref) => cite(ref, locale).text).join('; ');
}

/** The rationale for a score, in the UI language. */
export function judgementRationale(criterionId: string, model: ModelId, locale: Locale): string {
	const s = criterionOf(criterionId).scores?.[model];
	return s ? localized(s.rationale, locale) : '';
}

/** One cell of the models × criteria matrix, already in words. */
export interface JudgementCell {
	readonly criterionId: string;
	readonly model: ModelId;
	readonly current: Judgement;
	readonly study: Judgement;
	readonly changed: boolean;
	/** `3 (2–4)`. */
	readonly text: string;
	/** The study's judgement in words, for the changed mark. */
	readonly studyText: string;
	readonly rationale: string;
	/** `§4.3, §5.2`. */
	readonly sections: string;
}

export interface JudgementRow {
	readonly model: ModelId;
	readonly modelName: string;
	readonly cells: readonly JudgementCell[];
}

/** The matrix: one row per model (data order), one cell per judged criterion (data order). */
export function judgementMatrix(
	scenario: Pick<Scenario, 'judgements'>,
	locale: Locale
): JudgementRow[] {
	return MODEL_IDS.map((model) => ({
		model,
		modelName: localized(modelById.get(model)!.shortName, locale),
		cells: JUDGED_CRITERIA.map((c) => {
			const current = judgementIn(scenario, c.id, model);
			const study = studyJudgement(c.id, model);
			return {
				criterionId: c.id,
				model,
				current,
				study,
				changed: !sameJudgement(current, study),
				text: judgementText(current, locale),
				studyText: judgementText(study, locale),
				rationale: judgementRationale(c.id, model, locale),
				sections: judgementSections(c.id, model, locale)
			};
		})
	}));
}

/** One changed judgement for the PDF's audit trail. */
export interface JudgementAuditRow {
	/** `<criterion id>.<model id>`. */
	readonly id: string;
	readonly item: string;
	readonly study: string;
	readonly current: string;
	readonly source: string;
}

/** The changed judgements, criteria then models in data order. */
export function judgementAuditRows(scenario: Scenario, locale: Locale): JudgementAuditRow[] {
	const rows: JudgementAuditRow[] = [];
	for (const c of JUDGED_CRITERIA)
		for (const model of MODEL_IDS) {
			if (!isJudgementChanged(scenario, c.id, model)) continue;
			rows.push({
				id: `${c.id}.${model}`,
				item: translate(locale, 'judgements.auditItem', {
					model: localized(modelById.get(model)!.shortName, locale),
					criterion: localized(c.label, locale)
				}),
				study: judgementText(studyJudgement(c.id, model), locale),
				current: judgementText(judgementIn(scenario, c.id, model), locale),
				source: translate(locale, 'judgements.auditSource', {
					sections: judgementSections(c.id, model, locale)
				})
			});
		}
	return rows;
}

/** First-place probability of one model with each source of uncertainty held fixed. */
export interface DecompositionLine {
	readonly all: number;
	readonly judgementsFixed: number;
	readonly parametersFixed: number;
	readonly weightsFixed: number;
}

/** The decomposition for `model`, or null when the analysis did not run it. */
export function decompositionOf(smaa: SmaaResult, model: ModelId): DecompositionLine | null {
	const d = smaa.decomposition;
	if (!d) return null;
	return {
		all: smaa.probabilityFirst[model] ?? 0,
		judgementsFixed: d.judgementsFixed[model] ?? 0,
		parametersFixed: d.parametersFixed[model] ?? 0,
		weightsFixed: d.weightsFixed[model] ?? 0
	};
}

/**
 * The leader's first-place probability given these judgements and weights, and with each source
 * held fixed in turn, as one paragraph; null without a decomposition.
 */
export function decompositionSentence(
	smaa: SmaaResult,
	model: ModelId,
	locale: Locale
): string | null {
	const d = decompositionOf(smaa, model);
	if (!d) return null;
	return translate(locale, 'judgements.decomposition', {
		model: localized(modelById.get(model)!.shortName, locale),
		all: formatShare(d.all, locale),
		judgements: formatShare(d.judgementsFixed, locale),
		parameters: formatShare(d.parametersFixed, locale),
		weights: formatShare(d.weightsFixed, locale)
	});
}

function scaleEnd(criterion: string, value: number, locale: Locale): string {
	if (criterion === 'company-cost' || criterion === 'public-cost') return formatNok(value, locale);
	if (criterion === 'time-to-start') return formatYears(value, locale);
	return formatNumber(value, locale, { maximumFractionDigits: 1 });
}

/** Each computed criterion's fixed scale in words: `Kostnad …: 0 at 1 800 000 kr, 1 at …`. */
export function scaleLines(scales: readonly ValueScale[], locale: Locale): string[] {
	return scales.map((s) =>
		translate(locale, 'judgements.scaleLine', {
			criterion: localized(criteria.find((c) => c.id === s.criterion)!.label, locale),
			worst: scaleEnd(s.criterion, s.worst, locale),
			best: scaleEnd(s.criterion, s.best, locale)
		})
	);
}
