/**
 * The guided (SWING) weighting in words: each criterion's swing from the worst to the best end
 * of its fixed value scale (`engine/scales.ts`; 1 to 5 for a judged criterion), as the member
 * weighs it: «fra 2,4 mill. kr til 590 000 kr per trainee». The ends are rounded for reading
 * (two significant digits): the member weighs the size of a swing, not its last krone.
 *
 * Relative imports only: the command line runs this with tsx, which does not know `$lib`.
 */
import { criteria, criterionById } from '../data';
import { scaleOf, SCORE_MAX, SCORE_MIN } from '../engine';
import { formatCount, formatNokRounded, formatNumber, formatYears, WHOLE } from '../format';
import { localized, translate, type Locale, type MessageKey } from '../i18n';
import { loadCouncilMessages } from '../i18n/council';

/** One criterion's swing as the guided weighting shows it. */
export interface SwingLine {
	criterion: string;
	/** The criterion's label. */
	label: string;
	/** Its swing, worst end → best end, in words. */
	range: string;
}

function end(criterion: string, value: number, locale: Locale): string {
	if (criterion === 'company-cost' || criterion === 'public-cost')
		return formatNokRounded(value, locale);
	if (criterion === 'time-to-start') return formatYears(value, locale);
	return formatCount(value, locale);
}

/**
 * The swing of one criterion in words, worst end → best end, for the analysis period
 * `horizonYears` (the computed criteria's scales depend on it; the study's by default).
 */
export function swingRange(criterion: string, locale: Locale, horizonYears?: number): string {
	const c = criterionById.get(criterion);
	if (!c) throw new RangeError(`swing: unknown criterion '${criterion}'`);
	// The guided weighting's words load with it, not with the page (../i18n/council.ts).
	loadCouncilMessages();
	if (c.basis === 'judged')
		return translate(locale, 'swing.range.judged', {
			worst: formatNumber(SCORE_MIN, locale, WHOLE),
			best: formatNumber(SCORE_MAX, locale, WHOLE)
		});
	const scale = scaleOf(criterion, horizonYears);
	if (!scale) throw new RangeError(`swing: no value scale for '${criterion}'`);
	return translate(locale, `swing.range.${criterion}` as MessageKey, {
		worst: end(criterion, scale.worst, locale),
		best: end(criterion, scale.best, locale)
	});
}

/** Every criterion's swing, in data order. */
export function swingLines(locale: Locale, horizonYears?: number): SwingLine[] {
	return criteria.map((c) => ({
		criterion: c.id,
		label: localized(c.label, locale),
		range: swingRange(c.id, locale, horizonYears)
	}));
}
