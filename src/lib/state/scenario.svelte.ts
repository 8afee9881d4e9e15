/**
 * The scenario being edited: only the user's changes from the study, plus the last invalid input
 * per field (which never drives results). Results are derived from the engine, never synced.
 */
import { criteria, parameterById, presets } from '$lib/data';
import { parseLocaleNumber } from '$lib/present/field-input';
import {
	DEFAULT_PRESET_ID,
	SCENARIO_VERSION,
	ScenarioError,
	checkValue,
	checkWeight,
	evaluate,
	onlyChanges,
	parseScenario,
	resolveWeights,
	weightStability,
	type ErrorCode,
	type Scenario
} from '$lib/engine';

/** An input the user typed that the engine refused; the last valid value stays in force. */
export interface FieldError {
	code: ErrorCode;
	min?: number;
	max?: number;
	/** What the user typed, so the field can keep showing it. */
	input: string;
}

export class ScenarioState {
	name = $state('');
	/** Parameter id → value, only where changed from the study. */
	values = $state<Record<string, number>>({});
	/** Criterion id → raw weight, only where changed from the study's preset. */
	weights = $state<Record<string, number>>({});
	/** Field ('values.<id>' or 'weights.<id>') → the refused input. */
	errors = $state<Record<string, FieldError>>({});

	readonly scenario: Scenario = $derived(
		onlyChanges({
			version: SCENARIO_VERSION,
			...(this.name ? { name: this.name } : {}),
			values: this.values,
			weights: this.weights
		})
	);
	readonly evaluation = $derived(evaluate(this.scenario));
	readonly stability = $derived(weightStability(this.evaluation));
	/** Raw weight per criterion in force (changes over the study's preset). */
	readonly rawWeights = $derived(resolveWeights(this.scenario));
	/** Which preset the weights match exactly, if any. */
	readonly activePreset = $derived(
		presets.find((p) => criteria.every((c) => (p.weights[c.id] ?? 0) === this.rawWeights[c.id]))
			?.id ?? null
	);
	readonly changedCount = $derived(
		Object.keys(this.scenario.values).length + Object.keys(this.scenario.weights).length
	);

	/** The value in force for a parameter (the change, else the study's). */
	valueOf(id: string): number {
		return this.values[id] ?? parameterById.get(id)!.default;
	}

	isChanged(id: string): boolean {
		return id in this.scenario.values;
	}

	/** Set a parameter from user input; an invalid input is kept as an error, not applied. */
	setValue(id: string, input: number | string): boolean {
		const field = `values.${id}`;
		const p = parameterById.get(id);
		if (!p) throw new Error(`unknown parameter ${id}`);
		const text = String(input);
		const parsed = typeof input === 'number' ? input : parseLocaleNumber(input);
		try {
			const value = checkValue(p, parsed, field);
			this.values = { ...this.values, [id]: value };
			this.#clearError(field);
			return true;
		} catch (e) {
			if (!(e instanceof ScenarioError)) throw e;
			this.errors = {
				...this.errors,
				[field]: { code: e.code, min: e.details.min, max: e.details.max, input: text }
			};
			return false;
		}
	}

	resetValue(id: string): void {
		const { [id]: _, ...rest } = this.values;
		void _;
		this.values = rest;
		this.#clearError(`values.${id}`);
	}

	setWeight(id: string, input: number | string): boolean {
		const field = `weights.${id}`;
		const parsed = typeof input === 'number' ? input : parseLocaleNumber(input);
		try {
			const w = checkWeight(parsed, field);
			const next = { ...this.weights, [id]: w };
			const all = resolveWeights({ version: SCENARIO_VERSION, values: {}, weights: next });
			if (Object.values(all).every((x) => x === 0))
				throw new ScenarioError('all-weights-zero', { field });
			this.weights = next;
			this.#clearError(field);
			return true;
		} catch (e) {
			if (!(e instanceof ScenarioError)) throw e;
			this.errors = { ...this.errors, [field]: { code: e.code, input: String(input) } };
			return false;
		}
	}

	applyPreset(presetId: string): void {
		const preset = presets.find((p) => p.id === presetId);
		if (!preset) return;
		this.weights = presetId === DEFAULT_PRESET_ID ? {} : { ...preset.weights };
		this.errors = Object.fromEntries(
			Object.entries(this.errors).filter(([k]) => !k.startsWith('weights.'))
		);
	}

	resetAll(): void {
		this.name = '';
		this.values = {};
		this.weights = {};
		this.errors = {};
	}

	/** Replace the whole scenario (from a file, a saved scenario or a share link). */
	load(scenario: Scenario): void {
		this.name = scenario.name ?? '';
		this.values = { ...scenario.values };
		this.weights = { ...scenario.weights };
		this.errors = {};
	}

	/**
	 * Load from untrusted data; throws ScenarioError (naming the field) and leaves the current
	 * scenario untouched when the data is not a valid scenario.
	 */
	loadUntrusted(data: unknown): void {
		this.load(parseScenario(data));
	}

	#clearError(field: string): void {
		if (!(field in this.errors)) return;
		const { [field]: _, ...rest } = this.errors;
		void _;
		this.errors = rest;
	}
}

export const scenarioState = new ScenarioState();
