/**
 * What can still be read from a stored scenario that no longer validates: each value and weight
 * is checked on its own, so one damaged or out-of-date field costs only that field. Ids that a
 * newer version renamed are carried over to their new names. Pure: no storage, no DOM.
 */
import { criterionById, parameterById } from '$lib/data';
import {
	SCENARIO_NAME_MAX,
	checkValue,
	checkWeight,
	parseScenario,
	resolveWeights,
	type Scenario
} from '$lib/engine';

/**
 * Old id → new id, for parameters and criteria renamed since scenarios were first stored. Empty
 * so far: no id has been renamed. A rename adds its line here, and stored scenarios follow.
 */
export const RENAMED_IDS: Readonly<Record<string, string>> = {};

export interface Salvaged {
	scenario: Scenario;
	/** Fields that could not be kept (`values.<id>`, `weights.<id>`, `name`, `version`). */
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
	if (data.version !== 1) dropped.push('version');
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
	let scenario: Scenario = {
		version: 1,
		...(name ? { name } : {}),
		values: groups.values,
		weights: groups.weights
	};
	if (Object.values(resolveWeights(scenario)).every((w) => w === 0)) {
		dropped.push(...Object.keys(groups.weights).map((id) => `weights.${id}`));
		scenario = { ...scenario, weights: {} };
	}
	return { scenario: parseScenario(scenario), dropped, migrated };
}
