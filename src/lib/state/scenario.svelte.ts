/**
 * The scenario being edited: only the user's changes from the study, plus the last invalid input
 * per field (which never drives results). Results are derived from the engine, never synced.
 */
import { criteria, parameterById, presets, type ModelId } from '$lib/data';
import { parseLocaleNumber } from '$lib/present/field-input';
import {
	DEFAULT_PRESET_ID,
	DEFAULT_SCENARIO,
	SCENARIO_VERSION,
	ScenarioError,
	checkValue,
	checkWeight,
	evaluate,
	keepCosts,
	onlyChanges,
	parseScenario,
	resolveWeights,
	weightStability,
	COUNTY_QUESTION,
	clearCountyAnswer,
	countyAnswerOf,
	switchCountyAnswer,
	type AnalysisSettings,
	type CountyAnswerId,
	type ErrorCode,
	type Evaluation,
	type Scenario
} from '$lib/engine';
import { UnknownIdError } from '$lib/errors';
import {
	changedJudgementCount,
	editJudgement,
	scenarioJudgements,
	studyJudgement,
	withJudgement,
	type Judgement,
	type Judgements
} from '$lib/present/judgements';

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
	/** Criterion id → model id → judgement, only where changed from the study's. */
	judgements = $state<Judgements>({});
	/** Monte Carlo settings a loaded scenario carries (kept as they are; not edited here). */
	analysis = $state<AnalysisSettings | undefined>(undefined);
	/** Field ('values.<id>' or 'weights.<id>') → the refused input. */
	errors = $state<Record<string, FieldError>>({});

	readonly scenario: Scenario = $derived(
		onlyChanges({
			version: SCENARIO_VERSION,
			...(this.name ? { name: this.name } : {}),
			values: this.values,
			weights: this.weights,
			judgements: this.judgements,
			...(this.analysis ? { analysis: this.analysis } : {})
		})
	);
	readonly changedCount = $derived(
		Object.keys(this.scenario.values).length +
			Object.keys(this.scenario.weights).length +
			changedJudgementCount(this.scenario)
	);
	/** The study's evaluation as prerendered with the page, if it came with it (`useStudy`). */
	#given = $state.raw<Evaluation | null>(null);
	/** The scenario's evaluation: the prerendered study's while nothing that counts is changed. */
	readonly evaluation = $derived(
		this.#given && this.changedCount === 0
			? { ...this.#given, scenario: this.scenario }
			: evaluate(this.scenario)
	);
	readonly stability = $derived(weightStability(this.evaluation));
	/** Raw weight per criterion in force (changes over the study's preset). */
	readonly rawWeights = $derived(resolveWeights(this.scenario));
	/** Which preset the weights match exactly, if any. */
	readonly activePreset = $derived(
		presets.find((p) => criteria.every((c) => (p.weights[c.id] ?? 0) === this.rawWeights[c.id]))
			?.id ?? null
	);

	#study: Evaluation | null = null;

	/**
	 * The study's own figures (the default scenario), for the changes the answer and the charts
	 * show: null while nothing is changed, evaluated once when first needed.
	 */
	/**
	 * Take the study's evaluation as the page was prerendered with it (`routes/+page.server.ts`),
	 * so the page does not work it out again while it loads.
	 */
	useStudy(study: Evaluation | undefined): void {
		if (!study) return;
		this.#given = study;
		this.#study = study;
		// The first weight moved then re-scores these costs (most of an evaluation's work).
		keepCosts(study);
	}

	get study(): Evaluation | null {
		return this.changedCount === 0 ? null : (this.#study ??= evaluate(DEFAULT_SCENARIO));
	}

	/** The value in force for a parameter (the change, else the study's). */
	valueOf(id: string): number {
		return this.values[id] ?? parameterById.get(id)!.default;
	}

	isChanged(id: string): boolean {
		return id in this.scenario.values;
	}

	/** The judgement in force for a model on a judged criterion. */
	judgementOf(criterionId: string, model: ModelId): Judgement {
		return this.judgements[criterionId]?.[model] ?? studyJudgement(criterionId, model);
	}

	/** Change one of a judgement's three numbers (see `editJudgement`). */
	setJudgement(criterionId: string, model: ModelId, field: keyof Judgement, value: number): void {
		if (!Number.isFinite(value)) return;
		const next = editJudgement(this.judgementOf(criterionId, model), field, value);
		this.judgements = withJudgement(this.judgements, criterionId, model, next);
	}

	resetJudgement(criterionId: string, model: ModelId): void {
		this.judgements = withJudgement(this.judgements, criterionId, model, null);
	}

	resetJudgements(): void {
		this.judgements = {};
	}

	/** Set a parameter from user input; an invalid input is kept as an error, not applied. */
	setValue(id: string, input: number | string): boolean {
		const field = `values.${id}`;
		const p = parameterById.get(id);
		if (!p) throw new UnknownIdError('parameter', id, 'setValue');
		const text = String(input);
		const parsed = typeof input === 'number' ? input : parseLocaleNumber(input);
		try {
			const value = checkValue(p, parsed, field);
			// The value in force already: nothing changes, so nothing is worked out again.
			if (this.valueOf(id) !== value) this.values = { ...this.values, [id]: value };
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
			if (this.rawWeights[id] === w) {
				// The weight in force already: nothing changes, so nothing is worked out again.
				this.#clearError(field);
				return true;
			}
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

	/**
	 * Set every weight at once (the guided weighting's result): each is checked as a slider's
	 * would be, and a set of all zeros is refused. Throws a ScenarioError naming the field and
	 * leaves the weights untouched when any is refused; clears the weights' refused inputs.
	 * A criterion left out gets 0 (the set replaces the preset, not just part of it).
	 */
	setWeights(weights: Readonly<Record<string, number>>): void {
		for (const id of Object.keys(weights))
			if (!criteria.some((c) => c.id === id))
				throw new UnknownIdError('criterion', id, 'setWeights');
		const next = Object.fromEntries(
			criteria.map((c) => [c.id, checkWeight(weights[c.id] ?? 0, `weights.${c.id}`)])
		);
		if (Object.values(next).every((x) => x === 0))
			throw new ScenarioError('all-weights-zero', { field: 'weights' });
		this.weights = next;
		this.errors = Object.fromEntries(
			Object.entries(this.errors).filter(([k]) => !k.startsWith('weights.'))
		);
	}

	applyPreset(presetId: string): void {
		const preset = presets.find((p) => p.id === presetId);
		if (!preset) return;
		this.weights = presetId === DEFAULT_PRESET_ID ? {} : { ...preset.weights };
		this.errors = Object.fromEntries(
			Object.entries(this.errors).filter(([k]) => !k.startsWith('weights.'))
		);
	}

	/** The county's answer the scenario carries ('yes', 'no'), or null for neither. */
	readonly countyAnswer = $derived(countyAnswerOf(this.scenario));

	/**
	 * "Fylket sier ja / nei" in one step: the county grant and the judged funding of the models
	 * that depend on it, together (data/county-question.json); null takes the answer out again.
	 * Every other change of the scenario stays.
	 */
	setCountyAnswer(id: CountyAnswerId | null): void {
		const next = id ? switchCountyAnswer(this.scenario, id) : clearCountyAnswer(this.scenario);
		this.values = { ...next.values };
		this.judgements = scenarioJudgements(next);
		// A refused input for a grant the answer now sets is no longer the user's latest word.
		const set = COUNTY_QUESTION.answers.flatMap((a) =>
			Object.keys(a.scenario.values).map((k) => `values.${k}`)
		);
		this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => !set.includes(k)));
	}

	resetAll(): void {
		this.name = '';
		this.values = {};
		this.weights = {};
		this.judgements = {};
		this.analysis = undefined;
		this.errors = {};
	}

	/** Replace the whole scenario (from a file, a saved scenario or a share link). */
	load(scenario: Scenario): void {
		this.name = scenario.name ?? '';
		this.values = { ...scenario.values };
		this.weights = { ...scenario.weights };
		this.judgements = scenarioJudgements(scenario);
		this.analysis = scenario.analysis ? { ...scenario.analysis } : undefined;
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
