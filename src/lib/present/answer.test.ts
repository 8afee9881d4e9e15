/**
 * The answer the page opens on (answer.ts, answer-text.ts). Expected figures are worked by hand
 * from the study and the inputs, not read from the engine:
 *   Trainee Innlandet's cost to a member company per year (§4.1): membership 20 000 kr a year
 *   plus 29 013 kr a tertial × 3 tertials = 87 039 kr → 107 039 kr a year, pay aside.
 *   The zero alternative (an ordinary hire) has no scheme: 0 kr, no public cost, 0 retained.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, weightStability, type Evaluation, type SmaaResult } from '$lib/engine';
import type { ModelId } from '$lib/data';
import { answerOf, firstShare, judgementStepTie, samplingTie } from './answer';
import { answerText, deltaHidden, deltaText } from './answer-text';

const DEFAULT = { version: 2 as const, values: {}, weights: {} };

function smaaWith(probabilityFirst: Partial<Record<ModelId, number>>, samples = 10_000) {
	return {
		options: { samples, seed: 1, weightUncertainty: 0.3 },
		probabilityFirst,
		rankAcceptability: {},
		centralWeights: {},
		confidence: {}
	} as unknown as SmaaResult;
}

const TI_FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';

/** Trainee Innlandet's key figures with its service fee at `fee` kr a tertial (§4.1: 29 013). */
function tiWithFee(fee: number, study: Evaluation | null, weights: Record<string, number> = {}) {
	const e = evaluate({ ...DEFAULT, values: { [TI_FEE]: fee }, weights });
	return answerOf(e, weightStability(e), null, study).models.find(
		(m) => m.model === 'trainee-innlandet'
	)!;
}

describe('key figures', () => {
	it("gives Trainee Innlandet's cost to a member company per year as the study's fees", () => {
		const e = evaluate(DEFAULT);
		const a = answerOf(e, weightStability(e), null, null);
		const ti = a.models.find((m) => m.model === 'trainee-innlandet')!;
		// 20 000 + 3 × 29 013 = 107 039
		expect(ti.schemePerYear.value.toString()).toBe('107039');
		expect(ti.schemePerYear.delta).toBeNull();
		const zero = a.models.find((m) => m.model === 'status-quo')!;
		expect(zero.schemePerYear.value.isZero()).toBe(true);
		expect(zero.publicPerYear.value.isZero()).toBe(true);
		expect(zero.retained.value.isZero()).toBe(true);
	});

	it('lists every model once, best first, and marks no probability while it is pending', () => {
		const e = evaluate(DEFAULT);
		const a = answerOf(e, weightStability(e), null, null);
		expect(a.models.map((m) => m.model)).toEqual(e.ranking);
		expect(a.models.map((m) => m.rank)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(a.probabilityFirst).toBeNull();
		expect(a.leader).toBe(e.ranking[0]);
		expect(a.runnerUp).toBe(e.ranking[1]);
	});

	it("shows the change against the study's figure when a fee changes", () => {
		const study = evaluate(DEFAULT);
		const e = evaluate({
			...DEFAULT,
			values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30_000 }
		});
		const a = answerOf(e, weightStability(e), null, study);
		const ti = a.models.find((m) => m.model === 'trainee-innlandet')!;
		// 20 000 + 3 × 30 000 = 110 000; against 107 039: +2 961
		expect(ti.schemePerYear.value.toString()).toBe('110000');
		expect(ti.schemePerYear.delta!.toString()).toBe('2961');
		expect(deltaText(ti.schemePerYear, 'nok', 'nb')).toBe('▲ 2\u00a0961\u00a0kr');
		expect(deltaHidden(ti.schemePerYear, 'nok', 'nb')).toBe(
			'endret fra forstudiens 107\u00a0039\u00a0kr'
		);
		// Another model's fee is untouched: no change shown.
		const own = a.models.find((m) => m.model === 'own-scheme')!;
		expect(own.schemePerYear.delta).toBeNull();
		expect(deltaText(own.schemePerYear, 'nok', 'nb')).toBeNull();
	});

	it('works the cost figures out once per figures: a weight moved keeps them, a fee does not', () => {
		const study = evaluate(DEFAULT);
		// The same figure objects for the same costs against the same study…
		expect(tiWithFee(30_000, study, { 'company-cost': 40 }).schemePerYear).toBe(
			tiWithFee(30_000, study).schemePerYear
		);
		// …but not against no study (no change shown then), nor for another fee.
		expect(tiWithFee(30_000, null).schemePerYear).not.toBe(tiWithFee(30_000, study).schemePerYear);
		expect(tiWithFee(30_000, null).schemePerYear.delta).toBeNull();
		// 20 000 + 3 × 31 000 = 113 000; against 107 039: +5 961
		expect(tiWithFee(31_000, study).schemePerYear.delta!.toString()).toBe('5961');
		expect(tiWithFee(30_000, study).schemePerYear.delta!.toString()).toBe('2961');
	});

	it("keeps a row's key figures while its rank and costs stay, whatever the simulation", () => {
		const study = evaluate(DEFAULT);
		const e = evaluate({ ...DEFAULT, weights: { 'company-cost': 40 } });
		const stepped = evaluate({ ...DEFAULT, weights: { 'company-cost': 41 } });
		expect(stepped.ranking).toEqual(e.ranking); // checked: the step turns no rank
		const smaa = smaaWith({ 'trainee-innlandet': 0.9, 'own-scheme': 0.1 });
		const rows = answerOf(e, weightStability(e), smaa, study).models;
		const again = answerOf(stepped, weightStability(stepped), smaa, study).models;
		again.forEach((row, i) => expect(row).toBe(rows[i]));
		// The simulation out of date: the same rows, the probabilities pending apart from them.
		const pending = answerOf(stepped, weightStability(stepped), null, study);
		pending.models.forEach((row, i) => expect(row).toBe(rows[i]));
		expect(pending.probabilityFirst).toBeNull();
		expect(firstShare(null, 'trainee-innlandet')).toBeNull();
		expect(firstShare(smaa, 'trainee-innlandet')).toBe(0.9);
		// A model the simulation never put first has a share of 0, not none.
		expect(firstShare(smaa, 'fjelltrainee')).toBe(0);
		// A turned order gives the moved rows their new ranks.
		const turned = evaluate({ ...DEFAULT, weights: { 'competence-fit': 100 } });
		expect(turned.ranking).not.toEqual(e.ranking);
		const turnedRows = answerOf(turned, weightStability(turned), smaa, study).models;
		expect(turnedRows.map((m) => m.model)).toEqual(turned.ranking);
		expect(turnedRows.map((m) => m.rank)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it("shows no change against the study's own figures, with the figures of no study", () => {
		const study = evaluate(DEFAULT);
		const a = answerOf(study, weightStability(study), null, study);
		const none = answerOf(study, weightStability(study), null, null);
		for (const m of a.models) {
			expect(m.schemePerYear.delta).toBeNull();
			expect(m.publicPerYear.delta).toBeNull();
			expect(m.retained.delta).toBeNull();
		}
		a.models.forEach((m, i) => expect(m).toBe(none.models[i]));
	});

	it('shows no change for a difference under half an øre', () => {
		const study = evaluate(DEFAULT);
		// 29 013.001 kr a tertial: 3 × 0.001 = 0.003 kr a year more, under half an øre.
		const ti = tiWithFee(29_013.001, study);
		expect(ti.schemePerYear.value.toString()).toBe('107039.003');
		expect(ti.schemePerYear.delta).toBeNull();
		// 29 013.002: 0.006 kr, over half an øre, shown.
		expect(tiWithFee(29_013.002, study).schemePerYear.delta!.toString()).toBe('0.006');
	});

	it('points down for a lower figure', () => {
		const ti = tiWithFee(29_000, evaluate(DEFAULT));
		// 3 × (29 000 − 29 013) = −39
		expect(deltaText(ti.schemePerYear, 'nok', 'nb')).toBe('▼ 39\u00a0kr');
	});
});

describe('near ties', () => {
	/** Only what judgementStepTie reads: the weights and the judgements of two models. */
	function judged(
		weight: number,
		leader: { score: number; low: number; high: number },
		runner: { score: number; low: number; high: number }
	): Evaluation {
		return {
			weights: { 'competence-fit': weight },
			judgements: {
				'competence-fit': { 'trainee-innlandet': leader, 'own-scheme': runner }
			}
		} as unknown as Evaluation;
	}

	it('flags a margin one judged step would close, within the stated range', () => {
		// weight 0.5, leader 4 with range 3–5: one step down = 0.5 × 1 × 1/4 = 0.125
		const e = judged(0.5, { score: 4, low: 3, high: 5 }, { score: 3, low: 3, high: 3 });
		expect(judgementStepTie(e, 'trainee-innlandet', 'own-scheme', 0.1)).toEqual({
			kind: 'judgementStep',
			criterionId: 'competence-fit',
			margin: 0.1,
			step: 0.125
		});
		expect(judgementStepTie(e, 'trainee-innlandet', 'own-scheme', 0.125)).not.toBeNull();
		expect(judgementStepTie(e, 'trainee-innlandet', 'own-scheme', 0.13)).toBeNull();
	});

	it('moves a judgement only as far as its range allows', () => {
		// leader 4 with range 3.5–4: half a step down = 0.5 × 0.5 × 1/4 = 0.0625;
		// runner-up 3 with range 3–3.2: 0.2 of a step up = 0.025. The larger counts.
		const e = judged(0.5, { score: 4, low: 3.5, high: 4 }, { score: 3, low: 3, high: 3.2 });
		expect(judgementStepTie(e, 'trainee-innlandet', 'own-scheme', 0.06)?.step).toBe(0.0625);
		expect(judgementStepTie(e, 'trainee-innlandet', 'own-scheme', 0.07)).toBeNull();
		// No range at all: nothing can move, no flag however small the margin.
		const fixed = judged(0.5, { score: 4, low: 4, high: 4 }, { score: 3, low: 3, high: 3 });
		expect(judgementStepTie(fixed, 'trainee-innlandet', 'own-scheme', 0.001)).toBeNull();
	});

	it('counts a runner-up step up as well as a leader step down', () => {
		// runner-up 2 with range 2–4: a full step up = 0.4 × 1 × 1/4 = 0.1
		const e = judged(0.4, { score: 4, low: 4, high: 4 }, { score: 2, low: 2, high: 4 });
		expect(judgementStepTie(e, 'trainee-innlandet', 'own-scheme', 0.1)?.step).toBeCloseTo(0.1, 12);
	});

	it('flags first-place shares sampling cannot tell apart', () => {
		// p1 0.46, p2 0.45, n 10 000: Var = (0.91 − 0.01²) / 10 000 = 9.099e-5,
		// 2 SE = 2 × 0.0095389 = 0.0190779 > 0.01: a tie
		const tie = samplingTie(smaaWith({ 'own-scheme': 0.46, 'trainee-innlandet': 0.45 }));
		expect(tie).toMatchObject({ kind: 'sampling', a: 'own-scheme', b: 'trainee-innlandet' });
		expect(tie!.difference).toBeCloseTo(0.01, 12);
		expect(tie!.twoStandardErrors).toBeCloseTo(0.0190779, 6);
		// p1 0.5, p2 0.45: Var = (0.95 − 0.0025) / 10 000, 2 SE = 0.019468 < 0.05: no tie
		expect(samplingTie(smaaWith({ 'own-scheme': 0.5, 'trainee-innlandet': 0.45 }))).toBeNull();
		// The same shares from 100 draws: 2 SE = 2 × √(0.9475 / 100) = 0.19468 > 0.05: a tie
		expect(
			samplingTie(smaaWith({ 'own-scheme': 0.5, 'trainee-innlandet': 0.45 }, 100))
		).not.toBeNull();
	});

	it('flags a leader by score that the simulation does not put first most often', () => {
		const e = evaluate(DEFAULT);
		const [leader, second] = e.ranking as [ModelId, ModelId];
		const a = answerOf(e, weightStability(e), smaaWith({ [leader]: 0.3, [second]: 0.7 }), null);
		expect(a.nearTies).toContainEqual({
			kind: 'order',
			scoreLeader: leader,
			mostOftenFirst: second,
			share: 0.7
		});
		const b = answerOf(e, weightStability(e), smaaWith({ [leader]: 0.9, [second]: 0.1 }), null);
		expect(b.nearTies.filter((t) => t.kind !== 'judgementStep')).toEqual([]);
		expect(b.probabilityFirst).toBe(0.9);
	});
});

describe('in words', () => {
	it("says who leads, how sure, the runner-up's margin and the tipping point", () => {
		const e = evaluate(DEFAULT);
		const a = answerOf(e, weightStability(e), smaaWith({ 'trainee-innlandet': 0.925 }), null);
		const t = answerText(a, 'nb');
		expect(t.lead).toBe('Trainee Innlandet kommer først.');
		expect(t.probability).toBe(
			'Gitt disse vurderingene og vektene er Trainee Innlandet først i 92,5\u00a0% av simuleringene.'
		);
		expect(t.cost).toContain('107\u00a0039\u00a0kr i året for én trainee');
		expect(t.runnerUp).toMatch(/^Nest best er .+, 0,\d{3} poeng bak/);
		expect(t.tipping).toMatch(/^Rekkefølgen snur om .+ av vekten \(nå .+\): da kommer .+ først\.$/);
		expect(answerText(a, 'en').lead).toBe('Trainee Innlandet comes first.');
	});

	it('says the probability is being calculated while the simulation runs', () => {
		const e = evaluate(DEFAULT);
		const t = answerText(answerOf(e, weightStability(e), null, null), 'nb');
		expect(t.probability).toBe('Sannsynligheten for førsteplass beregnes …');
	});

	it('gives each near tie a sentence', () => {
		const e = evaluate(DEFAULT);
		const [leader, second] = e.ranking as [ModelId, ModelId];
		const a = answerOf(e, weightStability(e), smaaWith({ [leader]: 0.49, [second]: 0.51 }), null);
		const t = answerText(a, 'nb');
		expect(t.nearTies.some((s) => s.includes('er oftest først i simuleringene (51\u00a0%)'))).toBe(
			true
		);
		// 0.51 − 0.49 = 0.02 apart; 2 SE = 2 √((1 − 0.0004) / 10 000) = 0.019996 < 0.02: no sampling tie
		expect(t.nearTies.some((s) => s.includes('skilles med 2 prosentpoeng'))).toBe(false);
	});
});
