/**
 * A scenario: the study's data plus the user's changes. File form (also used by share links),
 * version 2:
 * `{ "version": 2, "name": "…", "values": { "<parameter id>": number },
 *    "weights": { "<criterion id>": number },
 *    "judgements": { "<criterion id>": { "<model id>": { "score": 1–5, "low": 1–5, "high": 1–5 } } },
 *    "analysis": { "samples": n, "seed": n, "weightUncertainty": 0–1 } }`
 * Everything but `version` is optional, and only changes are stored; what is missing takes the
 * study's default. Weights are relative, in the same points as the presets (the default preset
 * sums to 100). A judgement may give any of score, low and high; see `resolveJudgements` for how
 * the missing ones are filled. Version 1 files (no judgements, no analysis) are migrated on read
 * (`migrateScenario`).
 */
import * as z from 'zod/mini';
import { criteria, criterionById, MODEL_IDS, parameterById, parameters, presets } from '../data';
import type { ModelId } from '../data';
import { UNIT_BOUNDS, type Parameter } from '../data';
import { ScenarioError } from './errors';
import { Decimal } from './money';
import { invariant, UnknownIdError } from '../errors';

export const SCENARIO_VERSION = 2;
/** The default weights: the tool's own reading of the study (the study itself has no weights). */
export const DEFAULT_PRESET_ID = 'tool-reading';
/** The weights that reproduce the study's own order (§5.2), each with its reason in the data. */
export const STUDY_ORDER_PRESET_ID = 'study-order';

/** A judged score on the 1–5 scale and the range it may lie in (low ≤ score ≤ high). */
export interface Judgement {
	readonly score: number;
	readonly low: number;
	readonly high: number;
}

/** Judgements changed from the data: criterion id → model id → the parts changed. */
export type JudgementChanges = Readonly<
	Record<string, Readonly<Record<string, Readonly<Partial<Judgement>>>>>
>;

/** Monte Carlo settings stored with a scenario; each overrides the engine's default. */
export interface AnalysisSettings {
	readonly samples?: number;
	readonly seed?: number;
	readonly weightUncertainty?: number;
}

export interface Scenario {
	readonly version: 2;
	readonly name?: string;
	/** Only the values changed from the study. */
	readonly values: Readonly<Record<string, number>>;
	/** Only the weights changed from the default preset. */
	readonly weights: Readonly<Record<string, number>>;
	/** Only the judged scores and ranges changed from the data. */
	readonly judgements?: JudgementChanges;
	/** Monte Carlo settings, if the scenario sets any. */
	readonly analysis?: AnalysisSettings;
}

export const SCENARIO_NAME_MAX = 200;

/**
 * The largest weight: the top of the page's 0–100 slider, in the presets' points. One bound for
 * the page, files, links and the command line, so that a weight the page cannot show (1e308)
 * is refused everywhere instead of overflowing the sum.
 */
export const WEIGHT_MAX = 100;

// zod probes `new Function` for speed; the page's CSP forbids eval. See data/schema.ts.
// Stryker disable next-line ObjectLiteral,BooleanLiteral: only the page's CSP can tell (zod's JIT probe calls new Function, which it forbids)
z.config({ jitless: true });

/**
 * A zod schema built when first used. zod builds a schema eagerly, object by object, and the
 * page's few schemas cost about 15 ms as its code loaded on a phone-speed CPU (issue 11).
 */
export function lazySchema<T>(build: () => T): () => T {
	let schema: T | undefined;
	return () => (schema ??= build());
}

/** Judgement changes as a scenario or a council answer holds them: criterion → model → parts. */
export const JudgementChangesShape = lazySchema(() =>
	z.record(
		z.string(),
		z.record(
			z.string(),
			z.strictObject({
				score: z.optional(z.number()),
				low: z.optional(z.number()),
				high: z.optional(z.number())
			})
		)
	)
);

/**
 * The scenario file's shape (zod mini, to keep the page small); `parseScenario` checks the rest
 * (known ids, physical bounds, weights).
 */
export const ScenarioShape = lazySchema(() =>
	z.strictObject({
		version: z.literal(SCENARIO_VERSION),
		name: z.optional(z.string().check(z.maxLength(SCENARIO_NAME_MAX))),
		values: z.optional(z.record(z.string(), z.number())),
		weights: z.optional(z.record(z.string(), z.number())),
		judgements: z.optional(JudgementChangesShape()),
		analysis: z.optional(
			// Stryker disable next-line ObjectLiteral: `{}` here survives only because the schema is built once per test process (lazySchema) and Stryker switches mutants at run time; written into the source, it fails 'accepts each setting at both of its bounds' (checked by hand, session 20)
			z.strictObject({
				samples: z.optional(z.number()),
				seed: z.optional(z.number()),
				weightUncertainty: z.optional(z.number())
			})
		)
	})
);

export const DEFAULT_SCENARIO: Scenario = { version: SCENARIO_VERSION, values: {}, weights: {} };

function studyPresetWeights(): Record<string, number> {
	// Stryker disable next-line ConditionalExpression: the study preset is the first in data/criteria.json, so `find(() => true)` finds it too
	const preset = presets.find((p) => p.id === DEFAULT_PRESET_ID);
	// Stryker disable next-line ConditionalExpression,StringLiteral: the data always has the study preset; the guard never fires
	if (!preset) throw new UnknownIdError('preset', DEFAULT_PRESET_ID, 'data');
	return preset.weights;
}

/** Physically possible bounds for a parameter: its own, else its unit's. */
export function boundsOf(p: Parameter): { min: number; max: number; integer: boolean } {
	const unit = UNIT_BOUNDS[p.unit];
	return { ...unit, ...(p.bounds ?? {}), integer: unit.integer === true };
}

/** Check one value for a parameter; throws a ScenarioError naming `field`. */
export function checkValue(p: Parameter, value: unknown, field: string): number {
	// Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything that is not a number
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw new ScenarioError('not-a-number', { field, value });
	const b = boundsOf(p);
	if (value < b.min || value > b.max)
		throw new ScenarioError('out-of-range', { field, value, min: b.min, max: b.max });
	if (b.integer && !Number.isInteger(value))
		throw new ScenarioError('not-an-integer', { field, value });
	return value;
}

/** Check one weight; throws a ScenarioError naming `field`. */
export function checkWeight(value: unknown, field: string): number {
	// Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything that is not a number
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw new ScenarioError('not-a-number', { field, value });
	if (value < 0) throw new ScenarioError('negative-weight', { field, value });
	if (value > WEIGHT_MAX)
		throw new ScenarioError('out-of-range', { field, value, min: 0, max: WEIGHT_MAX });
	return value;
}

function issuePath(path: readonly PropertyKey[]): string {
	// Stryker disable next-line StringLiteral: unreachable: nested fields are checked one by one before zod, so zod's paths have one element
	return path.length ? path.map(String).join('.') : '(root)';
}

/** The keys a version 1 file may hold. */
const V1_KEYS = new Set(['version', 'name', 'values', 'weights']);

/**
 * A version 1 scenario as version 2: the same name, values and weights (still relative to the
 * default preset: renamed from 'study' to 'tool-reading', with the same weights for every
 * criterion version 1 knew and 0 for the three added since), no judgements and no analysis settings, which
 * version 1 did not have. Anything else (not an object, another version) is returned as it is,
 * for `parseScenario` to judge. A version 1 file with a key version 1 did not know is refused,
 * naming the key.
 */
export function migrateScenario(input: unknown): unknown {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
	const raw = input as Record<string, unknown>;
	if (raw.version !== 1) return input;
	for (const key of Object.keys(raw))
		if (!V1_KEYS.has(key))
			throw new ScenarioError('invalid-shape', {
				field: key,
				detail: `version 1 files have no '${key}' (version 2 has judgements and analysis)`
			});
	return { ...raw, version: SCENARIO_VERSION };
}

/** Check the `values` and `weights` groups one entry at a time, so the message names the id. */
function checkValuesAndWeights(raw: Record<string, unknown>): void {
	for (const key of ['values', 'weights'] as const) {
		const group = raw[key];
		if (!isRecord(group)) continue;
		for (const [id, value] of Object.entries(group)) {
			const field = `${key}.${id}`;
			if (key === 'values') {
				const p = parameterById.get(id);
				if (!p) throw new ScenarioError('unknown-parameter', { field });
				checkValue(p, value, field);
			} else {
				if (!criterionById.has(id)) throw new ScenarioError('unknown-criterion', { field });
				checkWeight(value, field);
			}
		}
	}
}

export const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** Lowest and highest judged score. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
const JUDGEMENT_PARTS = ['score', 'low', 'high'] as const;

/**
 * Check `judgements` one entry at a time: known judged criteria and models, each part a number
 * in 1–5, and, once filled in, low ≤ score ≤ high. Throws a ScenarioError naming the field.
 */
export function checkJudgements(judgements: unknown): void {
	if (!isRecord(judgements)) return; // the shape check names it
	for (const [criterionId, byModel] of Object.entries(judgements)) {
		const c = criterionById.get(criterionId);
		const field = `judgements.${criterionId}`;
		if (!c) throw new ScenarioError('unknown-criterion', { field });
		if (c.basis !== 'judged') throw new ScenarioError('not-judged', { field });
		if (!isRecord(byModel)) continue;
		for (const [modelId, change] of Object.entries(byModel)) {
			const mField = `${field}.${modelId}`;
			if (!(MODEL_IDS as readonly string[]).includes(modelId))
				throw new ScenarioError('unknown-model', { field: mField });
			if (!isRecord(change)) continue;
			for (const part of JUDGEMENT_PARTS) {
				const value = change[part];
				if (value === undefined) continue;
				const pField = `${mField}.${part}`;
				// Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything that is not a number
				if (typeof value !== 'number' || !Number.isFinite(value))
					throw new ScenarioError('not-a-number', { field: pField, value });
				if (value < SCORE_MIN || value > SCORE_MAX)
					throw new ScenarioError('out-of-range', {
						field: pField,
						value,
						min: SCORE_MIN,
						max: SCORE_MAX
					});
			}
			// Only a low or high the change gives can break the order: a missing one is the data's
			// widened to include the score (resolveJudgement), so the field is always that part.
			const j = resolveJudgement(criterionId, modelId as ModelId, change as Partial<Judgement>);
			if (j.low > j.score)
				throw new ScenarioError('judgement-order', {
					field: `${mField}.low`,
					detail: `low ${j.low} > score ${j.score}`
				});
			if (j.score > j.high)
				throw new ScenarioError('judgement-order', {
					field: `${mField}.high`,
					detail: `score ${j.score} > high ${j.high}`
				});
		}
	}
}

/** Bounds of the stored Monte Carlo settings (as the command line's options). */
export const ANALYSIS_BOUNDS = {
	samples: { min: 1, max: 1_000_000, integer: true },
	seed: { min: 0, max: 2 ** 32 - 1, integer: true },
	weightUncertainty: { min: 0, max: 1, integer: false }
} as const;

/** Check `analysis` one setting at a time; throws a ScenarioError naming the field. */
export function checkAnalysis(analysis: unknown): void {
	if (!isRecord(analysis)) return;
	for (const [key, b] of Object.entries(ANALYSIS_BOUNDS)) {
		const value = analysis[key];
		if (value === undefined) continue;
		const field = `analysis.${key}`;
		// Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything that is not a number
		if (typeof value !== 'number' || !Number.isFinite(value))
			throw new ScenarioError('not-a-number', { field, value });
		if (value < b.min || value > b.max)
			throw new ScenarioError('out-of-range', { field, value, min: b.min, max: b.max });
		if (b.integer && !Number.isInteger(value))
			throw new ScenarioError('not-an-integer', { field, value });
	}
}

/**
 * Parse and validate anything that claims to be a scenario (a parsed JSON value; version 1 is
 * migrated first). Throws a ScenarioError for the first problem, naming the field.
 */
export function parseScenario(input: unknown): Scenario {
	input = migrateScenario(input);
	if (isRecord(input) && 'version' in input) {
		const v = input.version;
		if (v !== SCENARIO_VERSION)
			throw new ScenarioError('unsupported-version', { field: 'version', value: v });
	}
	// Check entries one by one first, so the message names the parameter, criterion or model.
	if (isRecord(input)) {
		checkValuesAndWeights(input);
		checkJudgements(input.judgements);
		checkAnalysis(input.analysis);
	}
	const parsed = ScenarioShape().safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ScenarioError('invalid-shape', {
			field: issuePath(issue.path),
			detail: issue.message
		});
	}
	const d = parsed.data;
	const scenario: Scenario = {
		version: SCENARIO_VERSION,
		...(d.name !== undefined ? { name: d.name } : {}),
		values: d.values ?? {},
		weights: d.weights ?? {},
		...(d.judgements !== undefined ? { judgements: d.judgements } : {}),
		...(d.analysis !== undefined ? { analysis: d.analysis } : {})
	};
	const weights = resolveWeights(scenario);
	if (Object.values(weights).every((w) => w === 0))
		throw new ScenarioError('all-weights-zero', { field: 'weights' });
	return scenario;
}

/** Parse scenario JSON text; invalid JSON becomes a ScenarioError too. */
export function parseScenarioJson(text: string): Scenario {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new ScenarioError('invalid-json', { field: '(root)', detail: (e as Error).message });
	}
	return parseScenario(data);
}

/** Every parameter's value in this scenario, as decimals. */
export function resolveValues(scenario: Scenario): Map<string, Decimal> {
	const values = new Map<string, Decimal>();
	for (const p of parameters) values.set(p.id, new Decimal(scenario.values[p.id] ?? p.default));
	return values;
}

/** Raw (unnormalised) weight per criterion: the scenario's, else the study preset's. */
export function resolveWeights(scenario: Scenario): Record<string, number> {
	const preset = studyPresetWeights();
	const out: Record<string, number> = {};
	for (const c of criteria) out[c.id] = scenario.weights[c.id] ?? preset[c.id] ?? 0;
	return out;
}

/** Drop values and weights equal to the study's, so a scenario holds only real changes. */
export function onlyChanges(scenario: Scenario): Scenario {
	const preset = studyPresetWeights();
	const values = Object.fromEntries(
		Object.entries(scenario.values).filter(([id, v]) => parameterById.get(id)?.default !== v)
	);
	const weights = Object.fromEntries(
		Object.entries(scenario.weights).filter(([id, w]) => preset[id] !== w)
	);
	const rest: Scenario = { ...scenario };
	delete (rest as { judgements?: unknown }).judgements;
	const judgements = judgementChangesOnly(scenario.judgements);
	return {
		...rest,
		values,
		weights,
		...(Object.keys(judgements).length ? { judgements } : {})
	};
}

/** The data's judgement of `model` on the judged criterion `criterionId`. */
export function dataJudgement(criterionId: string, model: ModelId): Judgement {
	const s = criterionById.get(criterionId)?.scores?.[model];
	invariant(s, () => `data: no judged score for '${criterionId}' / '${model}'`);
	return { score: s.score, low: s.low, high: s.high };
}

/**
 * One judgement with a scenario's changes applied. Parts the change gives are taken as they are;
 * a missing low or high is the data's, widened to include a changed score (so moving only the
 * score never makes the range invalid); a missing score is the data's.
 */
export function resolveJudgement(
	criterionId: string,
	model: ModelId,
	change: Partial<Judgement> | undefined
): Judgement {
	const d = dataJudgement(criterionId, model);
	const score = change?.score ?? d.score;
	return {
		score,
		low: change?.low ?? Math.min(d.low, score),
		high: change?.high ?? Math.max(d.high, score)
	};
}

/** Every judged criterion's judgement of every model in this scenario. */
export function resolveJudgements(scenario: Scenario): Record<string, Record<ModelId, Judgement>> {
	const out: Record<string, Record<ModelId, Judgement>> = {};
	for (const c of criteria) {
		if (c.basis !== 'judged') continue;
		const changes = scenario.judgements?.[c.id];
		out[c.id] = Object.fromEntries(
			MODEL_IDS.map((m) => [m, resolveJudgement(c.id, m, changes?.[m])])
		) as Record<ModelId, Judgement>;
	}
	return out;
}

/** Judgement changes without the parts equal to the data's (and without empty entries). */
export function judgementChangesOnly(
	judgements: JudgementChanges | undefined
): Record<string, Record<string, Partial<Judgement>>> {
	const out: Record<string, Record<string, Partial<Judgement>>> = {};
	for (const [criterionId, byModel] of Object.entries(judgements ?? {})) {
		for (const [model, change] of Object.entries(byModel)) {
			const d = dataJudgement(criterionId, model as ModelId);
			const kept = Object.fromEntries(
				JUDGEMENT_PARTS.filter((k) => change[k] !== undefined && change[k] !== d[k]).map((k) => [
					k,
					change[k]!
				])
			);
			if (Object.keys(kept).length) (out[criterionId] ??= {})[model] = kept;
		}
	}
	return out;
}
