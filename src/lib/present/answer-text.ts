/**
 * The answer (answer.ts) in words, through the catalogue: one sentence per part, so that the
 * page, the print view and a test read the same text.
 */
import type { Decimal } from '../engine';
import { formatNok, formatNumber, formatScore, formatShare, ONE_DECIMAL } from '../format';
import { translator, type Locale } from '../i18n';
import type { Answer, Figure, NearTie } from './answer';
import { criterionPhrase, modelName } from './names';

export interface AnswerText {
	lead: string;
	/** The leader's first-place probability, or that it is being calculated. */
	probability: string;
	/** What the leader costs a member company and the public per year. */
	cost: string;
	runnerUp: string;
	tipping: string;
	nearTies: string[];
}

export type FigureKind = 'nok' | 'count';

/** A key figure as text. */
export function figureText(value: Decimal, kind: FigureKind, locale: Locale): string {
	return kind === 'nok' ? formatNok(value, locale) : formatNumber(value, locale, ONE_DECIMAL);
}

/** A figure's change against the study's: `▲ 2 961 kr`, `▼ 0,5`; null when unchanged. */
export function deltaText(f: Figure, kind: FigureKind, locale: Locale): string | null {
	if (!f.delta) return null;
	const t = translator(locale);
	const amount = figureText(f.delta.abs(), kind, locale);
	return f.delta.isNegative() ? t('answer.down', { amount }) : t('answer.up', { amount });
}

/** What the study had, for a screen reader beside the arrow. */
export function deltaHidden(f: Figure, kind: FigureKind, locale: Locale): string | null {
	if (!f.delta) return null;
	return translator(locale)('answer.deltaHidden', {
		study: figureText(f.value.minus(f.delta), kind, locale)
	});
}

/** Percentage points with one decimal: 0.0123 → `1,2`. */
function points(share: number, locale: Locale): string {
	return formatNumber(share * 100, locale, ONE_DECIMAL);
}

function tieText(tie: NearTie, locale: Locale): string {
	const t = translator(locale);
	switch (tie.kind) {
		case 'order':
			return t('answer.tie.order', {
				scoreLeader: modelName(tie.scoreLeader, locale),
				mostOftenFirst: modelName(tie.mostOftenFirst, locale),
				share: formatShare(tie.share, locale)
			});
		case 'judgementStep':
			return t('answer.tie.judgementStep', {
				margin: formatScore(tie.margin, locale),
				criterion: criterionPhrase(tie.criterionId, locale),
				step: formatScore(tie.step, locale)
			});
		case 'sampling':
			return t('answer.tie.sampling', {
				a: modelName(tie.a, locale),
				b: modelName(tie.b, locale),
				difference: points(tie.difference, locale),
				noise: points(tie.twoStandardErrors, locale)
			});
	}
}

export function answerText(a: Answer, locale: Locale): AnswerText {
	const t = translator(locale);
	const tp = a.tippingPoint;
	return {
		lead: t('answer.lead', { leader: modelName(a.leader, locale) }),
		probability:
			a.probabilityFirst === null
				? t('answer.probabilityPending')
				: t('answer.probability', {
						leader: modelName(a.leader, locale),
						share: formatShare(a.probabilityFirst, locale)
					}),
		cost: t('answer.cost', {
			company: formatNok(a.models[0]!.schemePerYear.value, locale),
			public: formatNok(a.models[0]!.publicPerYear.value, locale)
		}),
		runnerUp: t('answer.runnerUp', {
			runnerUp: modelName(a.runnerUp, locale),
			margin: formatScore(a.margin, locale)
		}),
		tipping: tp
			? t(tp.direction === 'above' ? 'answer.tipping.above' : 'answer.tipping.below', {
					criterion: criterionPhrase(tp.criterionId, locale),
					threshold: formatShare(tp.threshold, locale),
					weight: formatShare(tp.weight, locale),
					model: modelName(tp.model, locale)
				})
			: t('answer.tipping.none'),
		nearTies: a.nearTies.map((x) => tieText(x, locale))
	};
}
