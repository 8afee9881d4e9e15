/**
 * What can still be read from a stored scenario that no longer validates: each value and weight
 * is checked on its own, so one damaged or out-of-date field costs only that field. Ids that a
 * newer version renamed are carried over to their new names. Pure: no storage, no DOM.
 */
import { criterionById, parameterById } from '$lib/data';
import {
	SCENARIO_NAME_MAX,
	SCENARIO_VERSION,
	checkAnalysis,
	checkJudgements,
	checkValue,
	checkWeight,
	parseScenario,
	resolveWeights,
	type AnalysisSettings,
	type JudgementChanges,
	type Scenario
} from '$lib/engine';

/**
 * Old id → new id, for parameters and criteria renamed since scenarios were first stored. Empty
 * so far: no id has been renamed. A rename adds its line here, and stored scenarios follow.
 */
export const RENAMED_IDS: Readonly<Record<string, string>> = {};

export interface Salvaged {
	scenario: Scenario;
	/**
	 * Fields that could not be kept (`values.<id>`, `weights.<id>`,
	 * `judgements.<criterion>.<model>`, `analysis.<key>`, `name`, `version`).
	 */
	dropped: string[];
	/** `old → new` for each id carried over to its new name. */
	migrated: string[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The scenario in `data` as far as it can be read, or null when nothing of a scenario is there
 * (not an object). A valid scenario comes back unchanged, with nothing dropped.
 */
export function salvageScenario(
	data: unknown,
	renamed: Readonly<Record<string, string>> = RENAMED_IDS
): Salvaged | null {
	if (!isRecord(data)) return null;
	try {
		return { scenario: parseScenario(data), dropped: [], migrated: [] };
	} catch {
		// Read it field by field below.
	}
	const dropped: string[] = [];
	const migrated: string[] = [];
	// Version 1 (values and weights only) and version 2 are both read; anything else is dropped.
	if (data.version !== 1 && data.version !== SCENARIO_VERSION) dropped.push('version');
	let name: string | undefined;
	if (typeof data.name === 'string') name = data.name.slice(0, SCENARIO_NAME_MAX);
	else if (data.name !== undefined) dropped.push('name');

	const groups = { values: {} as Record<string, number>, weights: {} as Record<string, number> };
	for (const key of ['values', 'weights'] as const) {
		const group = data[key];
		if (group === undefined) continue;
		if (!isRecord(group)) {
			dropped.push(key);
			continue;
		}
		for (const [oldId, value] of Object.entries(group)) {
			const id = renamed[oldId] ?? oldId;
			try {
				if (key === 'values') {
					const p = parameterById.get(id);
					if (!p) throw new Error('unknown');
					groups.values[id] = checkValue(p, value, `values.${id}`);
				} else {
					if (!criterionById.has(id)) throw new Error('unknown');
					groups.weights[id] = checkWeight(value, `weights.${id}`);
				}
				if (id !== oldId) migrated.push(`${key}.${oldId} → ${key}.${id}`);
			} catch {
				dropped.push(`${key}.${oldId}`);
			}
		}
	}
	// Judgements and analysis settings (version 2), one model's judgement or one setting at a time.
	const judgements: Record<string, Record<string, unknown>> = {};
	if (data.judgements !== undefined && !isRecord(data.judgements)) dropped.push('judgements');
	else
		for (const [criterionId, byModel] of Object.entries(data.judgements ?? {})) {
			if (!isRecord(byModel)) {
				dropped.push(`judgements.${criterionId}`);
				continue;
			}
			for (const [model, change] of Object.entries(byModel)) {
				try {
					checkJudgements({ [criterionId]: { [model]: change } });
					if (!isRecord(change)) throw new Error('not an object');
					(judgements[criterionId] ??= {})[model] = change;
				} catch {
					dropped.push(`judgements.${criterionId}.${model}`);
				}
			}
		}
	const analysis: Record<string, unknown> = {};
	if (data.analysis !== undefined && !isRecord(data.analysis)) dropped.push('analysis');
	else
		for (const [key, value] of Object.entries(data.analysis ?? {})) {
			try {
				if (!['samples', 'seed', 'weightUncertainty'].includes(key)) throw new Error('unknown');
				checkAnalysis({ [key]: value });
				analysis[key] = value;
			} catch {
				dropped.push(`analysis.${key}`);
			}
		}
	let scenario: Scenario = {
		version: SCENARIO_VERSION,
		...(name ? { name } : {}),
		values: groups.values,
		weights: groups.weights,
		...(Object.keys(judgements).length ? { judgements: judgements as JudgementChanges } : {}),
		...(Object.keys(analysis).length ? { analysis: analysis as AnalysisSettings } : {})
	};
	if (Object.values(resolveWeights(scenario)).every((w) => w === 0)) {
		dropped.push(...Object.keys(groups.weights).map((id) => `weights.${id}`));
		scenario = { ...scenario, weights: {} };
	}
	return { scenario: parseScenario(scenario), dropped, migrated };
}
