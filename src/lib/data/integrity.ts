/**
 * Cross-file checks on the study data that the per-item zod schemas cannot make: that ids are
 * unique, that every reference (to a source, a parameter, a criterion) resolves, that judged
 * criteria score every model. Pure functions over already-parsed data; each returns the problems
 * it finds (an empty list means the data holds). `checkIntegrity` runs them all.
 */
import { MODEL_IDS } from './constants';
import type { Criterion, Model, Parameter, Source } from './schema';
import type { WeightPreset } from './schema';

export interface DataSet {
	readonly parameters: readonly Parameter[];
	readonly models: readonly Model[];
	readonly criteria: readonly Criterion[];
	readonly presets: readonly WeightPreset[];
	readonly sources: readonly Source[];
}

export interface IntegrityIssue {
	/** Which check failed, e.g. `unique-ids`. */
	readonly check: string;
	readonly message: string;
}

function issue(check: string, message: string): IntegrityIssue {
	return { check, message };
}

/** Ids that occur more than once in `items`, each reported once. */
export function duplicateIds(kind: string, items: readonly { id: string }[]): IntegrityIssue[] {
	const seen = new Set<string>();
	const reported = new Set<string>();
	const issues: IntegrityIssue[] = [];
	for (const { id } of items) {
		if (seen.has(id) && !reported.has(id)) {
			issues.push(issue('unique-ids', `${kind} id '${id}' occurs more than once`));
			reported.add(id);
		}
		seen.add(id);
	}
	return issues;
}

export function checkUniqueIds(data: DataSet): IntegrityIssue[] {
	return [
		...duplicateIds('parameter', data.parameters),
		...duplicateIds('model', data.models),
		...duplicateIds('criterion', data.criteria),
		...duplicateIds('preset', data.presets),
		...duplicateIds('source', data.sources)
	];
}

export function checkParametersHaveSources(data: DataSet): IntegrityIssue[] {
	return data.parameters
		.filter((p) => p.sources.length === 0)
		.map((p) => issue('parameter-sources', `parameter '${p.id}' has no source`));
}

/** Every place the data cites a source, with a description of where it is. */
export function sourceReferences(data: DataSet): { where: string; source: string }[] {
	const refs: { where: string; source: string }[] = [];
	for (const p of data.parameters)
		for (const s of p.sources) refs.push({ where: `parameter '${p.id}'`, source: s.source });
	for (const m of data.models)
		m.keyFigures.forEach((k, i) => {
			for (const s of k.sources ?? [])
				refs.push({ where: `model '${m.id}' key figure ${i}`, source: s.source });
		});
	for (const c of data.criteria)
		for (const [modelId, score] of Object.entries(c.scores ?? {}))
			for (const s of score?.sources ?? [])
				refs.push({ where: `criterion '${c.id}' score for '${modelId}'`, source: s.source });
	return refs;
}

export function checkSourceReferences(data: DataSet): IntegrityIssue[] {
	const known = new Set(data.sources.map((s) => s.id));
	return sourceReferences(data)
		.filter((ref) => !known.has(ref.source))
		.map((ref) => issue('source-refs', `${ref.where} cites unknown source '${ref.source}'`));
}

export function checkKeyFigureParameters(data: DataSet): IntegrityIssue[] {
	const known = new Set(data.parameters.map((p) => p.id));
	const issues: IntegrityIssue[] = [];
	for (const m of data.models)
		m.keyFigures.forEach((k, i) => {
			if (k.parameter !== undefined && !known.has(k.parameter))
				issues.push(
					issue(
						'key-figure-parameters',
						`model '${m.id}' key figure ${i} names unknown parameter '${k.parameter}'`
					)
				);
		});
	return issues;
}

export function checkDefaultsInRange(data: DataSet): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	for (const p of data.parameters) {
		const [low, high] = p.range;
		if (low > high)
			issues.push(issue('default-in-range', `parameter '${p.id}' has range low ${low} > ${high}`));
		else if (p.default < low || p.default > high)
			issues.push(
				issue(
					'default-in-range',
					`parameter '${p.id}' default ${p.default} lies outside [${low}, ${high}]`
				)
			);
	}
	return issues;
}

export function checkModelsComplete(data: DataSet): IntegrityIssue[] {
	const present = new Set(data.models.map((m) => m.id));
	return MODEL_IDS.filter((id) => !present.has(id)).map((id) =>
		issue('models-complete', `model '${id}' is missing`)
	);
}

export function checkJudgedCriteriaScoreAllModels(data: DataSet): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	for (const c of data.criteria) {
		if (c.basis !== 'judged') continue;
		for (const m of data.models)
			if (!c.scores?.[m.id])
				issues.push(
					issue('judged-scores', `judged criterion '${c.id}' does not score model '${m.id}'`)
				);
	}
	return issues;
}

export function checkPresetsNameExistingCriteria(data: DataSet): IntegrityIssue[] {
	const known = new Set(data.criteria.map((c) => c.id));
	const issues: IntegrityIssue[] = [];
	for (const preset of data.presets)
		for (const criterionId of Object.keys(preset.weights))
			if (!known.has(criterionId))
				issues.push(
					issue(
						'preset-criteria',
						`preset '${preset.id}' weights unknown criterion '${criterionId}'`
					)
				);
	return issues;
}

/** A preset that gives reasons gives one for every criterion it weighs, and for nothing else. */
export function checkPresetReasons(data: DataSet): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	for (const preset of data.presets) {
		if (!preset.reasons) continue;
		for (const c of data.criteria)
			if (!preset.reasons[c.id])
				issues.push(issue('preset-reasons', `preset '${preset.id}' gives no reason for '${c.id}'`));
		for (const id of Object.keys(preset.reasons))
			if (!data.criteria.some((c) => c.id === id))
				issues.push(
					issue('preset-reasons', `preset '${preset.id}' gives a reason for unknown '${id}'`)
				);
	}
	return issues;
}

/**
 * Every preset weighs every criterion: a criterion left out would silently weigh 0 under that
 * preset (a criterion added to the data must be given a weight in each preset).
 */
export function checkPresetsWeighEveryCriterion(data: DataSet): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	for (const preset of data.presets)
		for (const c of data.criteria)
			if (preset.weights[c.id] === undefined)
				issues.push(
					issue('preset-complete', `preset '${preset.id}' gives no weight to criterion '${c.id}'`)
				);
	return issues;
}

export const CHECKS = [
	checkUniqueIds,
	checkParametersHaveSources,
	checkSourceReferences,
	checkKeyFigureParameters,
	checkDefaultsInRange,
	checkModelsComplete,
	checkJudgedCriteriaScoreAllModels,
	checkPresetsNameExistingCriteria,
	checkPresetReasons,
	checkPresetsWeighEveryCriterion
] as const;

/** All checks; an empty list means the data holds together. */
export function checkIntegrity(data: DataSet): IntegrityIssue[] {
	return CHECKS.flatMap((check) => check(data));
}
