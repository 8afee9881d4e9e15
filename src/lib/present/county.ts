/**
 * "Fylket sier ja / nei" on the page: what each answer does to the leader, under the weights in
 * force and under the study's own order, so the page can say whether the answer decides the
 * ranking and, if not, why not. Pure: no Svelte, no DOM.
 *
 * Relative imports only: the command line runs this with tsx, which does not know `$lib`.
 */
import { presets, type ModelId } from '../data';
import {
	COUNTY_QUESTION,
	evaluate,
	STUDY_ORDER_PRESET_ID,
	switchCountyAnswer,
	type CountyAnswerId,
	type Scenario
} from '../engine';
import { formatList, formatShare } from '../format';
import { localized, translate, type Locale } from '../i18n';
import { criterionPhrase, modelName } from './names';

let countyCriteria_: readonly string[] | null = null;

/** The criteria the county's answer moves (judged), besides the grant itself. */
export function countyCriteria(): readonly string[] {
	return (countyCriteria_ ??= [
		...new Set(COUNTY_QUESTION.answers.flatMap((a) => Object.keys(a.scenario.judgements ?? {})))
	]);
}

export interface CountyOutcome {
	/** The leader under each answer, with the scenario's own weights. */
	leaders: Record<CountyAnswerId, ModelId>;
	/** The leader under each answer with the weights of the study's own order. */
	studyOrderLeaders: Record<CountyAnswerId, ModelId>;
	/** The share of the weight on the criteria the answer moves (funding, county funding). */
	share: number;
}

/**
 * The leader under each answer, by the scenario's weights and by the study's order: four
 * evaluations, each only a re-scoring while the figures stay the same (the engine keeps the costs
 * of the figures it last evaluated, `evaluate`), so dragging a weight costs little here.
 */
export function countyOutcome(scenario: Scenario): CountyOutcome {
	const studyWeights = presets.find((p) => p.id === STUDY_ORDER_PRESET_ID)!.weights;
	const inStudyOrder = { ...scenario, weights: { ...studyWeights } };
	const leader = (s: Scenario, id: CountyAnswerId) =>
		evaluate(switchCountyAnswer(s, id)).ranking[0]!;
	// An answer moves figures and judgements, never weights: either answer's weights are the
	// scenario's.
	const yes = evaluate(switchCountyAnswer(scenario, 'yes'));
	return {
		leaders: { yes: yes.ranking[0]!, no: leader(scenario, 'no') },
		studyOrderLeaders: { yes: leader(inStudyOrder, 'yes'), no: leader(inStudyOrder, 'no') },
		share: countyCriteria().reduce((a, c) => a + (yes.weights[c] ?? 0), 0)
	};
}

/** What the answers do to first place, as sentences in `locale`. */
export function countySentences(o: CountyOutcome, locale: Locale): string[] {
	const yes = modelName(o.leaders.yes, locale);
	const no = modelName(o.leaders.no, locale);
	if (o.leaders.yes !== o.leaders.no)
		return [translate(locale, 'county.outcome.differs', { yes, no })];
	const out = [
		translate(locale, 'county.outcome.same', {
			leader: yes,
			share: formatShare(o.share, locale),
			criteria: formatList(
				countyCriteria().map((c) => criterionPhrase(c, locale)),
				locale
			)
		})
	];
	const sYes = modelName(o.studyOrderLeaders.yes, locale);
	const sNo = modelName(o.studyOrderLeaders.no, locale);
	out.push(
		o.studyOrderLeaders.yes !== o.studyOrderLeaders.no
			? translate(locale, 'county.outcome.studyOrder', { yes: sYes, no: sNo })
			: translate(locale, 'county.outcome.studyOrderSame', { leader: sYes })
	);
	return out;
}

/** The question, its note and each answer's description, from data/county-question.json. */
export function countyTexts(locale: Locale) {
	return {
		question: localized(COUNTY_QUESTION.question, locale),
		note: localized(COUNTY_QUESTION.note, locale),
		descriptions: Object.fromEntries(
			COUNTY_QUESTION.answers.map((a) => [a.id, localized(a.description, locale)])
		) as Record<CountyAnswerId, string>
	};
}
