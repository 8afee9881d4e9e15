/**
 * The page's words for the structured explanations of `./explain`: every sentence comes from the
 * message catalogue, with model names and criterion phrases in the UI language and numbers
 * through Intl. Pure functions of (parts, locale).
 */
import { criteria, MODEL_IDS } from '../data';
import type { Evaluation } from '../engine';
import type { Difference, Explanation, StudyComparison, WeightShift } from './explain';
import { formatList, formatScore, formatShare } from '../format';
import { translate, type Locale, type MessageKey } from '../i18n';
import { criterionPhrase, modelName } from './names';
import { STUDY_FALLBACK, STUDY_FIRST } from './study';

function phrases(ids: readonly { criterionId: string }[], locale: Locale): string {
	return formatList(
		ids.map((p) => criterionPhrase(p.criterionId, locale)),
		locale
	);
}

function shift(s: WeightShift, locale: Locale, keys: { above: MessageKey; below: MessageKey }) {
	return translate(locale, s.direction === 'above' ? keys.above : keys.below, {
		model: modelName(s.model, locale),
		criterion: criterionPhrase(s.criterionId, locale),
		threshold: formatShare(s.threshold, locale),
		weight: formatShare(s.weight, locale)
	});
}

function opening(x: Explanation, locale: Locale): string {
	const leader = x.model === x.leader;
	if (x.strengths.length === 0) return translate(locale, 'results.why.rankOnly', { rank: x.rank });
	const list = phrases(x.strengths, locale);
	const sections = x.sections.join(', ');
	if (leader)
		return sections
			? translate(locale, 'results.why.leader', { list, sections })
			: translate(locale, 'results.why.leaderPlain', { list });
	return sections
		? translate(locale, 'results.why.other', { rank: x.rank, list, sections })
		: translate(locale, 'results.why.otherPlain', { rank: x.rank, list });
}

/** The explanation of one model as a few short sentences. */
export function explanationSentences(x: Explanation, locale: Locale): string[] {
	const out = [opening(x, locale)];
	const leaderName = modelName(x.leader, locale);
	if (x.model === x.leader) {
		if (x.weaknesses.length > 0)
			out.push(
				translate(locale, 'results.why.weaknesses', { list: phrases(x.weaknesses, locale) })
			);
		const nearest = x.loseFirst[0];
		out.push(
			nearest
				? shift(nearest, locale, { above: 'results.why.loseAbove', below: 'results.why.loseBelow' })
				: translate(locale, 'results.why.robust')
		);
		return out;
	}
	const b = x.behindLeader;
	if (b) {
		const gap = formatScore(b.scoreGap, locale);
		out.push(
			b.otherAhead.length > 0
				? translate(locale, 'results.why.behind', {
						gap,
						leader: leaderName,
						list: phrases(b.otherAhead, locale)
					})
				: translate(locale, 'results.why.behindPlain', { gap, leader: leaderName })
		);
		if (b.modelAhead.length > 0)
			out.push(
				translate(locale, 'results.why.ahead', {
					leader: leaderName,
					list: phrases(b.modelAhead, locale)
				})
			);
	}
	const take = x.takeFirst[0];
	if (take)
		out.push(
			shift(take, locale, { above: 'results.why.takeAbove', below: 'results.why.takeBelow' })
		);
	if (x.smaa) {
		const share = formatShare(x.smaa.probabilityFirst, locale);
		if (x.smaa.probabilityFirst === 0) out.push(translate(locale, 'results.why.smaaNever'));
		else if (x.smaa.favouredBy)
			out.push(
				translate(locale, 'results.why.smaaFavoured', {
					share,
					criterion: criterionPhrase(x.smaa.favouredBy.criterionId, locale)
				})
			);
		else out.push(translate(locale, 'results.why.smaaFirst', { share }));
	}
	return out;
}

const list = (d: readonly Difference[], locale: Locale) => phrases(d, locale);

/** The note on the study's own conclusion, as sentences. */
export function studySentences(c: StudyComparison, locale: Locale): string[] {
	const first = modelName(STUDY_FIRST, locale);
	const fallback = modelName(STUDY_FALLBACK, locale);
	const out = [translate(locale, 'results.study.recommendation', { first, fallback })];
	if (c.kind === 'agrees') out.push(translate(locale, 'results.study.agrees', { first, fallback }));
	else if (c.kind === 'swapped') {
		const params = { first, fallback, fallbackAhead: list(c.fallbackAhead, locale) };
		out.push(
			c.firstAhead.length > 0
				? translate(locale, 'results.study.swapped', {
						...params,
						firstAhead: list(c.firstAhead, locale)
					})
				: translate(locale, 'results.study.swappedOnly', params)
		);
		out.push(translate(locale, 'results.study.swappedWhy'));
	} else {
		out.push(
			translate(locale, 'results.study.differs', {
				first,
				fallback,
				firstRank: c.firstRank,
				fallbackRank: c.fallbackRank,
				count: MODEL_IDS.length
			})
		);
		if (c.leader !== STUDY_FIRST && c.leader !== STUDY_FALLBACK)
			out.push(translate(locale, 'results.study.leader', { leader: modelName(c.leader, locale) }));
		// The study's fallback leads: say where the study's own reasons for its order went.
		if (c.leader === STUDY_FALLBACK) out.push(translate(locale, 'results.study.swappedWhy'));
		out.push(translate(locale, 'results.study.seeWhy'));
	}
	return out;
}

/** The zero alternative: going on as today, the yardstick every other model has to beat. */
export const BASELINE_MODEL = 'status-quo';

/**
 * Why the zero alternative ranks where it does, when it ranks above any real option: the weighted
 * criteria on which it gets full marks (where doing nothing carries no risk) and those on which
 * it gets nothing (what a scheme is for). Null when it ranks last. From the evaluation, so it
 * stays true under any weights and judgements.
 */
export function baselineSentence(e: Evaluation, locale: Locale): string | null {
	const m = e.models.find((x) => x.id === BASELINE_MODEL);
	if (!m || m.rank === e.models.length) return null;
	const weighted = criteria.filter((c) => (e.weights[c.id] ?? 0) > 0);
	const full = weighted.filter((c) => (m.values[c.id] ?? 0) >= 1 - 1e-9);
	const none = weighted.filter((c) => (m.values[c.id] ?? 1) <= 1e-9);
	const list = (cs: typeof criteria) =>
		formatList(
			cs.map((c) => criterionPhrase(c.id, locale)),
			locale
		);
	return translate(locale, 'results.baseline', {
		rank: m.rank,
		count: e.models.length,
		full: full.length ? list(full) : '–',
		none: none.length ? list(none) : '–'
	});
}
