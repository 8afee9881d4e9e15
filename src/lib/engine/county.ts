/**
 * "Fylket sier ja / nei": the study's deciding uncertainty (§4.3, §5.1.5, §5.2) as one switch.
 * Each answer in data/county-question.json is a version 2 scenario fragment that sets the county
 * grant and the judged funding scores of the models that depend on the county, together;
 * `applyCountyAnswer` lays it over a scenario (the answer's values and judgements win, the rest
 * of the scenario is kept). The same fragments are the ready scenario files in examples/.
 */
import countyJson from '../../../data/county-question.json';
import { parameterById, presets, type LocalizedText, type ModelId } from '../data';
import {
	onlyChanges,
	parseScenario,
	resolveJudgement,
	STUDY_ORDER_PRESET_ID,
	type Judgement,
	type Scenario
} from './scenario';
import { invariant } from '../errors';

export type CountyAnswerId = 'yes' | 'no';

export interface CountyAnswer {
	id: CountyAnswerId;
	label: LocalizedText;
	description: LocalizedText;
	/** The answer as a scenario of its own (the study's figures plus the answer). */
	scenario: Scenario;
}

let answers: readonly CountyAnswer[] | null = null;

export const COUNTY_QUESTION: {
	question: LocalizedText;
	note: LocalizedText;
	readonly answers: readonly CountyAnswer[];
} = {
	question: countyJson.question,
	note: countyJson.note,
	// Checked when first asked for, not when the page's code loads (issue 11: the page's load).
	get answers() {
		return (answers ??= countyJson.answers.map((a) => ({
			id: a.id as CountyAnswerId,
			label: a.label,
			description: a.description,
			scenario: parseScenario(a.scenario)
		})));
	}
};

export function countyAnswer(id: CountyAnswerId): CountyAnswer {
	const a = COUNTY_QUESTION.answers.find((x) => x.id === id);
	invariant(a, () => `data: no county answer '${id}'`);
	return a;
}

/** `scenario` with the county's answer laid over it: grant values and funding judgements. */
export function applyCountyAnswer(scenario: Scenario, id: CountyAnswerId): Scenario {
	const overlay = countyAnswer(id).scenario;
	const judgements: Record<string, Record<string, Partial<Judgement>>> = {};
	for (const source of [scenario.judgements ?? {}, overlay.judgements ?? {}])
		for (const [c, byModel] of Object.entries(source))
			for (const [m, j] of Object.entries(byModel)) (judgements[c] ??= {})[m] = { ...j };
	return {
		...scenario,
		values: { ...scenario.values, ...overlay.values },
		judgements
	};
}

/**
 * `scenario` with no county answer in it: every value and judgement that either answer sets goes
 * back to the study's (dropped from the changes), the rest is kept. Switching from one answer to
 * the other goes through this, so 'yes' after 'no' does not keep what only 'no' set.
 */
export function clearCountyAnswer(scenario: Scenario): Scenario {
	const values = { ...scenario.values };
	const judgements: Record<string, Record<string, Partial<Judgement>>> = {};
	for (const [c, byModel] of Object.entries(scenario.judgements ?? {}))
		for (const [m, j] of Object.entries(byModel)) (judgements[c] ??= {})[m] = { ...j };
	for (const a of COUNTY_QUESTION.answers) {
		for (const k of Object.keys(a.scenario.values)) delete values[k];
		for (const [c, byModel] of Object.entries(a.scenario.judgements ?? {}))
			for (const m of Object.keys(byModel)) delete judgements[c]?.[m];
	}
	return { ...scenario, values, judgements };
}

/** `scenario` switched to the answer `id`: the other answer's settings cleared, this one's laid over. */
export function switchCountyAnswer(scenario: Scenario, id: CountyAnswerId): Scenario {
	return applyCountyAnswer(clearCountyAnswer(scenario), id);
}

/**
 * Which answer, if any, a scenario carries (for a page's switch to show its state). Compared on
 * the values and judgements in force, so a scenario reduced to its changes (`onlyChanges`, which
 * drops a part equal to the data's) is still recognised.
 */
export function countyAnswerOf(scenario: Scenario): CountyAnswerId | null {
	for (const a of COUNTY_QUESTION.answers) {
		const o = a.scenario;
		const valuesMatch = Object.entries(o.values).every(
			// Stryker disable next-line OptionalChaining: an answer's values passed parseScenario when the module loaded, so every key is a known parameter
			([k, v]) => (scenario.values[k] ?? parameterById.get(k)?.default) === v
		);
		const judgementsMatch = Object.entries(o.judgements ?? {}).every(([c, byModel]) =>
			Object.entries(byModel).every(([m, j]) => {
				const s = resolveJudgement(c, m as ModelId, scenario.judgements?.[c]?.[m]);
				const want = resolveJudgement(c, m as ModelId, j);
				return s.score === want.score && s.low === want.low && s.high === want.high;
			})
		);
		if (valuesMatch && judgementsMatch) return a.id;
	}
	return null;
}

/**
 * The ready scenario files examples/fylket-sier-{ja,nei}.json (path → text): each answer over
 * the weights of the study's own order, so the file shows what the answer does to the leader.
 */
export function countyExampleFiles(): Record<string, string> {
	const weights = presets.find((p) => p.id === STUDY_ORDER_PRESET_ID)!.weights;
	const out: Record<string, string> = {};
	for (const a of COUNTY_QUESTION.answers) {
		const s = applyCountyAnswer({ ...a.scenario, weights: { ...weights } }, a.id);
		const file = `examples/fylket-sier-${a.id === 'yes' ? 'ja' : 'nei'}.json`;
		out[file] =
			JSON.stringify(
				{ ...onlyChanges(s), name: `${a.label.nb}, forstudiens rekkefølge` },
				null,
				'\t'
			) + '\n';
	}
	return out;
}
