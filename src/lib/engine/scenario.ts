/**
 * A scenario: the study's data plus the user's changes. File form (also used by share links):
 * `{ "version": 1, "name": "…", "values": { "<parameter id>": number }, "weights": { "<criterion id>": number } }`
 * Everything but `version` is optional; what is missing takes the study's default. Weights are
 * relative, in the same points as the presets (the study's preset sums to 100).
 */
import * as z from 'zod/mini';
import { criteria, criterionById, parameterById, parameters, presets } from '../data';
import { UNIT_BOUNDS, type Parameter } from '../data';
import { ScenarioError } from './errors';
import { Decimal } from './money';

export const SCENARIO_VERSION = 1;
export const DEFAULT_PRESET_ID = 'study';

export interface Scenario {
	readonly version: 1;
	readonly name?: string;
	/** Only the values changed from the study. */
	readonly values: Readonly<Record<string, number>>;
	/** Only the weights changed from the study's preset. */
	readonly weights: Readonly<Record<string, number>>;
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
 * The scenario file's shape (zod mini, to keep the page small); `parseScenario` checks the rest
 * (known ids, physical bounds, weights).
 */
export const ScenarioShape = z.strictObject({
	version: z.literal(SCENARIO_VERSION),
	name: z.optional(z.string().check(z.maxLength(SCENARIO_NAME_MAX))),
	values: z.optional(z.record(z.string(), z.number())),
	weights: z.optional(z.record(z.string(), z.number()))
});

export const DEFAULT_SCENARIO: Scenario = { version: 1, values: {}, weights: {} };

function studyPresetWeights(): Record<string, number> {
	// Stryker disable next-line ConditionalExpression: the study preset is the first in data/criteria.json, so `find(() => true)` finds it too
	const preset = presets.find((p) => p.id === DEFAULT_PRESET_ID);
	// Stryker disable next-line ConditionalExpression,StringLiteral: the data always has the study preset; the guard never fires
	if (!preset) throw new Error(`data: preset '${DEFAULT_PRESET_ID}' missing`);
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

/**
 * Parse and validate anything that claims to be a scenario (a parsed JSON value). Throws a
 * ScenarioError for the first problem, naming the field.
 */
export function parseScenario(input: unknown): Scenario {
	if (typeof input === 'object' && input !== null && 'version' in input) {
		const v = (input as { version: unknown }).version;
		if (v !== SCENARIO_VERSION)
			throw new ScenarioError('unsupported-version', { field: 'version', value: v });
	}
	// Check values one by one first, so the message names the parameter.
	// Stryker disable next-line ConditionalExpression: a number or string has no `values` or `weights` key either; the loop skips it the same way
	if (typeof input === 'object' && input !== null) {
		const raw = input as Record<string, unknown>;
		for (const key of ['values', 'weights'] as const) {
			const group = raw[key];
			if (
				// Stryker disable next-line ConditionalExpression: typeof undefined is not 'object', so the next test skips it anyway
				group === undefined ||
				typeof group !== 'object' ||
				group === null ||
				Array.isArray(group)
			)
				continue;
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
	const parsed = ScenarioShape.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ScenarioError('invalid-shape', {
			field: issuePath(issue.path),
			detail: issue.message
		});
	}
	const scenario: Scenario = {
		version: 1,
		...(parsed.data.name !== undefined ? { name: parsed.data.name } : {}),
		values: parsed.data.values ?? {},
		weights: parsed.data.weights ?? {}
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
	return { ...scenario, values, weights };
}
