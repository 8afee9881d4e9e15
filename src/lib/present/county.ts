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
	type Evaluation,
	type Scenario
} from '../engine';
import { CRITERION_IDS, rankOrder, scenarioWeights, weightedScores } from '../engine/scoring';
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
 * The first model of `e`'s models under `weights`: the engine's own scoring (`evaluate`), with
 * the same numbers in the same order, so the same leader, ties included.
 */
function leaderUnder(e: Evaluation, weights: readonly number[]): ModelId {
	const matrix = CRITERION_IDS.map((id) => e.models.map((m) => m.values[id]!));
	const order = rankOrder(weightedScores(matrix, weights, e.models.length));
	return e.models[order[0]!]!.id;
}

/**
 * The scenario evaluated under each answer, kept while its figures and judgements stay the same:
 * a weight moved does not change what the models cost or how they are judged, only how that is
 * weighed, so dragging a weight re-weighs these instead of evaluating the scenario four times
 * over on every step (bench:ui: the page's slowest input). The engine keeps the costs of the
 * figures it evaluated, so four plain `evaluate` calls would be re-scorings only, but building
 * four whole evaluations still made the first slider step 2–3 ms slower (bench:ui's input 2,
 * 15.0–18.2 → 17.5–18.8 ms over six runs each), so the leader is re-weighed here.
 */
const underAnswer = new Map<CountyAnswerId, { key: string; evaluation: Evaluation }>();

function evaluatedUnder(scenario: Scenario, id: CountyAnswerId): Evaluation {
	const key = JSON.stringify([scenario.values, scenario.judgements ?? {}]);
	const kept = underAnswer.get(id);
	if (kept?.key === key) return kept.evaluation;
	const evaluation = evaluate(switchCountyAnswer(scenario, id));
	underAnswer.set(id, { key, evaluation });
	return evaluation;
}

export function countyOutcome(scenario: Scenario): CountyOutcome {
	const studyWeights = presets.find((p) => p.id === STUDY_ORDER_PRESET_ID)!.weights;
	const own = scenarioWeights(scenario);
	const study = scenarioWeights({ ...scenario, weights: { ...studyWeights } });
	const yes = evaluatedUnder(scenario, 'yes');
	const no = evaluatedUnder(scenario, 'no');
	const weightOf = Object.fromEntries(CRITERION_IDS.map((id, i) => [id, own[i]!]));
	return {
		leaders: { yes: leaderUnder(yes, own), no: leaderUnder(no, own) },
		studyOrderLeaders: { yes: leaderUnder(yes, study), no: leaderUnder(no, study) },
		share: countyCriteria().reduce((a, c) => a + (weightOf[c] ?? 0), 0)
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
