/**
 * The edited scenario's state: an input that changes nothing (a slider let go where it was, a
 * figure typed again) leaves the scenario and its evaluation as they are, so nothing on the page
 * is worked out again; a refused input before it is still cleared.
 */
import { describe, expect, it } from 'vitest';
import { parameterById, presets } from '$lib/data';
import { DEFAULT_PRESET_ID } from '$lib/engine';
import { ScenarioState } from '$lib/state/scenario.svelte';

const FEE = 'trainee-innlandet.membershipFeePerYear';

describe('an input that changes nothing', () => {
	it('a weight set to the one in force keeps the scenario and its evaluation', () => {
		const state = new ScenarioState();
		const studyPoints = presets.find((p) => p.id === DEFAULT_PRESET_ID)!.weights['company-cost']!;
		const scenario = state.scenario;
		const evaluation = state.evaluation;
		expect(state.setWeight('company-cost', studyPoints)).toBe(true);
		expect(state.scenario).toBe(scenario);
		expect(state.evaluation).toBe(evaluation);

		// A changed weight, then the same again: one change, the second keeps it.
		expect(state.setWeight('company-cost', studyPoints + 5)).toBe(true);
		const changed = state.scenario;
		expect(changed).not.toBe(scenario);
		expect(changed.weights).toEqual({ 'company-cost': studyPoints + 5 });
		state.setWeight('company-cost', String(studyPoints + 5));
		expect(state.scenario).toBe(changed);
	});

	it('a weight typed wrongly, then the one in force: the error goes', () => {
		const state = new ScenarioState();
		const points = state.rawWeights['company-cost']!;
		expect(state.setWeight('company-cost', 'mye')).toBe(false);
		expect(state.errors['weights.company-cost']?.input).toBe('mye');
		expect(state.setWeight('company-cost', points)).toBe(true);
		expect(state.errors['weights.company-cost']).toBeUndefined();
	});

	it('a figure set to the one in force keeps the scenario; a refused one before it is cleared', () => {
		const state = new ScenarioState();
		const scenario = state.scenario;
		// The study's 20 000 kr a year (§4.1), typed as Norwegians write it.
		expect(parameterById.get(FEE)!.default).toBe(20_000);
		expect(state.setValue(FEE, '20 000')).toBe(true);
		expect(state.scenario).toBe(scenario);
		expect(state.setValue(FEE, '-5')).toBe(false);
		expect(state.errors[`values.${FEE}`]).toBeDefined();
		expect(state.setValue(FEE, 20_000)).toBe(true);
		expect(state.errors[`values.${FEE}`]).toBeUndefined();
		expect(state.scenario).toBe(scenario);
		// 25 000 then 25 000 again: one change.
		state.setValue(FEE, 25_000);
		const changed = state.scenario;
		expect(changed.values).toEqual({ [FEE]: 25_000 });
		state.setValue(FEE, '25 000');
		expect(state.scenario).toBe(changed);
	});
});
