/**
 * The study's evaluation is worked out when the page is prerendered (routes/+page.server.ts)
 * and sent with it through SvelteKit's `transport` (hooks.ts), so the page does not evaluate it
 * again while it loads. What must hold: the decimals arrive exact, and the page uses the sent
 * evaluation only while the scenario is the study's.
 */
import { parse, stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { transport } from '../../src/hooks';
import { analyse, DEFAULT_SCENARIO, evaluate, parseScenario } from '$lib/engine';
import { AnalysisState } from '$lib/state/analysis.svelte';
import { Decimal } from '$lib/engine/money';
import { ScenarioState } from '$lib/state/scenario.svelte';

/** Through devalue as SvelteKit sends server data: the reducers and revivers of `transport`. */
function sent<T>(value: T): T {
	const reducers = { Decimal: transport.Decimal!.encode };
	const revivers = { Decimal: transport.Decimal!.decode };
	return parse(stringify(value, reducers), revivers) as T;
}

describe('the study as prerendered with the page', () => {
	it('arrives with every decimal exact and of the engine’s own Decimal', () => {
		const study = evaluate(DEFAULT_SCENARIO);
		const arrived = sent(study);
		expect(arrived).toEqual(study);
		// A present value with more digits than a float holds: the own scheme's employment cost,
		// year 0's 639 964.08 kr plus year 1's 711 071.20 kr / 1.04 = 1 323 686.387692307692…,
		// survives as its string, digit for digit.
		const employment = arrived.models[0]!.companyCost.employment.presentValue;
		expect(employment).toBeInstanceOf(Decimal);
		expect(employment.toString()).toBe(
			study.models[0]!.companyCost.employment.presentValue.toString()
		);
		expect(employment.toString().replace('.', '').length).toBeGreaterThan(17);
	});

	it('is used while the scenario is the study’s, and never once anything is changed', () => {
		const state = new ScenarioState();
		const given = sent(evaluate(DEFAULT_SCENARIO));
		state.useStudy(given);
		// Unchanged: the sent evaluation (its models are the very same objects), for this scenario.
		expect(state.evaluation.models).toBe(given.models);
		expect(state.evaluation.scenario).toBe(state.scenario);

		// Trainee Innlandet's membership fee from 20 000 to 30 000 kr (§4.1): evaluated afresh,
		// and the company's scheme cost in year 0 rises by 10 000 kr.
		state.setValue('trainee-innlandet.membershipFeePerYear', 30_000);
		expect(state.evaluation.models).not.toBe(given.models);
		const ti = (e: typeof given) => e.models.find((m) => m.id === 'trainee-innlandet')!;
		const before = ti(given).companyCost.byYear[0]!.scheme;
		expect(ti(state.evaluation).companyCost.byYear[0]!.scheme.minus(before).toString()).toBe(
			'10000'
		);

		// Back to the study's fee: the sent evaluation again.
		state.resetValue('trainee-innlandet.membershipFeePerYear');
		expect(state.evaluation.models).toBe(given.models);
	});

	it('gives the costs a weight moved re-scores, the same as worked out afresh', () => {
		const state = new ScenarioState();
		const given = sent(evaluate(DEFAULT_SCENARIO));
		// Worked out afresh, from other figures before it (nothing of the study's kept):
		// the company-cost weight from the study's to 40.
		evaluate({ ...DEFAULT_SCENARIO, values: { 'shared.horizonYears': 11 } });
		const fresh = evaluate({ ...DEFAULT_SCENARIO, weights: { 'company-cost': 40 } });
		state.useStudy(given);
		state.setWeight('company-cost', 40);
		// The sent study's costs, re-scored…
		expect(state.evaluation.models[1]!.companyCost).toBe(given.models[1]!.companyCost);
		expect(state.evaluation.models[3]!.schemeCostPer).toBe(given.models[3]!.schemeCostPer);
		// …to the very figures, scores and ranks of an evaluation from scratch.
		expect(state.evaluation).toEqual({ ...fresh, scenario: state.scenario });
	});

	it('sends the analysis the worker would work out for the untouched page, used only for it', () => {
		// What the page's worker is sent for the untouched scenario: the state's scenario as JSON
		// (state/analysis.svelte.ts), parsed back in the worker (workers/analysis.worker.ts).
		const state = new ScenarioState();
		const inWorker = analyse(parseScenario(JSON.parse(JSON.stringify(state.scenario))), {});
		const prerendered = sent(analyse(DEFAULT_SCENARIO, {}));
		// Seeded: the same draws, so the same probabilities to the last bit, and the same tornado.
		expect(prerendered).toEqual(inWorker);

		const analysis = new AnalysisState();
		analysis.useStudy(prerendered, state.scenario);
		expect(analysis.isStale(state.scenario)).toBe(false);
		state.setValue('trainee-innlandet.membershipFeePerYear', 30_000);
		expect(analysis.isStale(state.scenario)).toBe(true);
		state.resetValue('trainee-innlandet.membershipFeePerYear');
		expect(analysis.isStale(state.scenario)).toBe(false);
	});
});
