// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteria } from '../data';
import { evaluate, keepCosts, KEPT_FIGURE_SETS } from './evaluate';
import { Decimal } from './money';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { intervalScale, rankOrder, weightedScores } from './scoring';
import { scenarioArb } from './test-arbitraries';

const model = (e: ReturnType<typeof evaluate>, id: string) => e.models.find((m) => m.id === id)!;
const withValues = (values: Record<string, number>): Scenario => ({ ...DEFAULT_SCENARIO, values });

describe('graduates (§1.5, §4.1)', () => {
	const e = () => evaluate(DEFAULT_SCENARIO);
	it('Trainee Innlandet pilot: 3 a year in the paid pilot years, 66 % stay, 67 % attributable, 10 % displaced', () => {
		// Retention is an assumption: 66 %, near the middle of TI's own 80 % (§4.1) and the 2011
		// evaluation's 54 % for TI (§1.5), not the top of the range.
		// The pilot is paid for in years 0–2 (pilotYears 3); intakes from year 1 → years 1 and 2:
		// 2 × 3 = 6 trainees; 6 × 0.66 = 3.96 stay; 3.96 × 0.67 × 0.9 = 2.38788
		const r = model(e(), 'trainee-innlandet').retention;
		expect(r.trainees.toFixed(4)).toBe('6.0000');
		expect(r.retained.toFixed(4)).toBe('3.9600');
		expect(r.attributable.toFixed(5)).toBe('2.38788');
		expect(r.yearsToFirstIntake).toBe(1);
	});
	it('a longer pilot pays for more intakes: five pilot years take cohorts in years 1–4', () => {
		// pilotYears 5: intakes in years 1–4 = 12 trainees; 12 × 0.66 × 0.67 × 0.9 = 4.77576
		const five = evaluate(withValues({ 'trainee-innlandet.pilotYears': 5 }));
		expect(model(five, 'trainee-innlandet').retention.attributable.toFixed(5)).toBe('4.77576');
	});
	it('own scheme: 4 a year from year 2, 66 % stay, 30 % displaced', () => {
		// Years 2–4: 3 × 4 = 12; 12 × 0.66 = 7.92; 7.92 × 0.67 × 0.7 = 3.71448
		const r = model(e(), 'own-scheme').retention;
		expect(r.attributable.toFixed(5)).toBe('3.71448');
	});
	it('the zero alternative adds no one and never starts', () => {
		const r = model(e(), 'status-quo').retention;
		expect(r.trainees.toNumber()).toBe(0);
		expect(r.yearsToFirstIntake).toBe(5);
	});
	it('cost per retained graduate for the pilot = public PV / retained', () => {
		// costs.test.ts: 903 550.2958… / 3.96 = 228 169.2666…
		const m = model(e(), 'trainee-innlandet');
		expect(m.publicCostPer.perRetained!.toFixed(2)).toBe('228169.27');
		expect(model(e(), 'status-quo').publicCostPer.perRetained).toBeNull();
	});
});

describe('scoring scales', () => {
	it('maps lower-is-better raw values linearly, best = 1, worst = 0', () => {
		const out = new Float64Array(3);
		intervalScale(Float64Array.of(100, 150, 200), false, out);
		expect(Array.from(out)).toEqual([1, 0.5, 0]);
		intervalScale(Float64Array.of(100, 150, 200), true, out);
		expect(Array.from(out)).toEqual([0, 0.5, 1]);
		intervalScale(Float64Array.of(7, 7, 7), true, out);
		expect(Array.from(out)).toEqual([1, 1, 1]);
	});
	it('sums weight × value and ranks with ties in data order', () => {
		// Model 0: 0.25 × 1 + 0.75 × 0 = 0.25; model 1: 0.25 × 0 + 0.75 × 1 = 0.75; model 2: 0.25
		const scores = weightedScores(
			[
				[1, 0, 1],
				[0, 1, 0]
			],
			[0.25, 0.75],
			3
		);
		expect(scores).toEqual([0.25, 0.75, 0.25]);
		expect(rankOrder(scores)).toEqual([1, 0, 2]);
	});
	it('uses the study’s judged scores: Trainee Innlandet ownership 5 → 1, own scheme 1 → 0', () => {
		const e = evaluate(DEFAULT_SCENARIO);
		expect(model(e, 'trainee-innlandet').values['ownership']).toBe(1);
		expect(model(e, 'own-scheme').values['ownership']).toBe(0);
	});
});

describe('the tool’s reading of the study (the default weights)', () => {
	it('puts Trainee Innlandet first and the own scheme last', () => {
		// The study recommends pursuing the consortium first and Trainee Innlandet if that fails
		// (§5.2), for reasons the default weights leave out (they weigh 0 there); with them the
		// consortium comes first: see presets.test.ts. Without them the established scheme leads.
		const e = evaluate(DEFAULT_SCENARIO);
		expect(e.ranking[0]).toBe('trainee-innlandet');
		expect(e.ranking.at(-1)).toBe('own-scheme');
	});
});

describe('re-scoring the same figures', () => {
	/** Everything an evaluation holds, decimals as their exact text and maps as entries. */
	const text = (e: ReturnType<typeof evaluate>) =>
		JSON.stringify(e, (_, v: unknown) =>
			v instanceof Map ? [...v.entries()] : Object.is(v, -0) ? '-0' : v
		);
	/** Other figures than `s`'s: evaluating it first means nothing of `s`'s can be kept. */
	const other = (s: Scenario): Scenario => ({
		...s,
		values: { ...s.values, 'shared.horizonYears': (s.values['shared.horizonYears'] ?? 10) + 1 }
	});

	it('a weight or a judgement moved keeps the costs as they are (the same objects)', () => {
		const before = evaluate(DEFAULT_SCENARIO);
		const reweighed = evaluate({ ...DEFAULT_SCENARIO, weights: { 'company-cost': 40 } });
		expect(reweighed.models[0]!.companyCost).toBe(before.models[0]!.companyCost);
		expect(reweighed.models[2]!.publicCostPer).toBe(before.models[2]!.publicCostPer);
		expect(reweighed.values).toBe(before.values);
		// …but a figure changed works them out again.
		const refigured = evaluate(other(DEFAULT_SCENARIO));
		expect(refigured.models[0]!.companyCost).not.toBe(before.models[0]!.companyCost);
	});

	it('an evaluation is the same whether the figures before it were the same or others', () => {
		fc.assert(
			fc.property(scenarioArb, scenarioArb, (s, weightsFrom) => {
				const reweighed = { ...s, weights: weightsFrom.weights };
				evaluate(other(s));
				const fresh = text(evaluate(reweighed));
				evaluate(s);
				expect(text(evaluate(reweighed))).toBe(fresh);
			}),
			{ numRuns: 40 }
		);
	});

	it(`keeps the last ${KEPT_FIGURE_SETS} figure sets evaluated, dropping the one least recently used`, () => {
		// Figure sets 0, 1, 2, … differ in the horizon: 20 + i years.
		const figures = (i: number): Scenario => ({
			...DEFAULT_SCENARIO,
			values: { 'shared.horizonYears': 20 + i }
		});
		const costOf = (s: Scenario) => evaluate(s).models[0]!.companyCost;
		const reweighed = (i: number) => costOf({ ...figures(i), weights: { 'company-cost': 33 } });
		const first = [0, 1, 2, 3].map((i) => costOf(figures(i)));
		// All four kept: re-scoring any of them takes its costs as they are.
		expect(reweighed(0)).toBe(first[0]);
		// A fifth pushes out the least recently used: 1 (0 was just used again).
		costOf(figures(4));
		expect(reweighed(1)).not.toBe(first[1]);
		// …1 evaluated again pushes out 2, the least recently used then; 0 stays.
		expect(reweighed(2)).not.toBe(first[2]);
		expect(reweighed(0)).toBe(first[0]);
	});

	it('keeps the costs of an evaluation handed to it, as if it had just worked them out', () => {
		// The page's case: the study evaluated elsewhere (prerendered, sent with the page) and
		// handed over, after other figures have filled what is kept.
		const study = evaluate(DEFAULT_SCENARIO);
		for (let i = 0; i < KEPT_FIGURE_SETS; i++)
			evaluate({ ...DEFAULT_SCENARIO, values: { 'shared.horizonYears': 30 + i } });
		keepCosts(study);
		const reweighed = evaluate({ ...DEFAULT_SCENARIO, weights: { 'company-cost': 40 } });
		study.models.forEach((m, i) => {
			expect(reweighed.models[i]!.companyCost).toBe(m.companyCost);
			expect(reweighed.models[i]!.publicCost).toBe(m.publicCost);
			expect(reweighed.models[i]!.retention).toBe(m.retention);
			expect(reweighed.models[i]!.publicCostPer).toBe(m.publicCostPer);
			expect(reweighed.models[i]!.schemeCostPer).toBe(m.schemeCostPer);
		});
		expect(reweighed.values).toBe(study.values);
		// Re-scored to the figures of an evaluation from scratch (other figures in between, so
		// nothing kept is used).
		evaluate(other(DEFAULT_SCENARIO));
		for (let i = 0; i < KEPT_FIGURE_SETS; i++)
			evaluate({ ...DEFAULT_SCENARIO, values: { 'shared.horizonYears': 40 + i } });
		expect(text(reweighed)).toBe(
			text(evaluate({ ...DEFAULT_SCENARIO, weights: { 'company-cost': 40 } }))
		);
	});

	it('refuses to keep the costs of an evaluation whose models are out of order', () => {
		const study = evaluate(DEFAULT_SCENARIO);
		const reversed = { ...study, models: [...study.models].reverse() };
		expect(() => keepCosts(reversed)).toThrow(
			`keepCosts: model 0 is '${reversed.models[0]!.id}', not '${study.models[0]!.id}'`
		);
	});

	it('-0 and 0 are different figures to the kept costs', () => {
		const id = 'own-scheme.newTraineesPerYear';
		const zero = text(evaluate({ ...DEFAULT_SCENARIO, values: { [id]: 0 } }));
		evaluate(other(DEFAULT_SCENARIO));
		const negativeZero = text(evaluate({ ...DEFAULT_SCENARIO, values: { [id]: -0 } }));
		expect(text(evaluate({ ...DEFAULT_SCENARIO, values: { [id]: 0 } }))).toBe(zero);
		expect(text(evaluate({ ...DEFAULT_SCENARIO, values: { [id]: -0 } }))).toBe(negativeZero);
	});
});

describe('invariants', () => {
	it(
		'scores are finite, contributions sum to the score, ranks are 1–6, nothing is NaN',
		{ timeout: 120_000 },
		() => {
			// Scores may leave [0, 1]: a value moved beyond its plausible range is extended linearly
			// past the fixed scale's ends (scales.ts).
			fc.assert(
				fc.property(scenarioArb, (s) => {
					const e = evaluate(s);
					expect(e.models.map((m) => m.rank).sort()).toEqual([1, 2, 3, 4, 5, 6]);
					for (const m of e.models) {
						expect(Number.isFinite(m.score)).toBe(true);
						const total = criteria.reduce((a, c) => a + m.contributions[c.id]!, 0);
						expect(Math.abs(total - m.score)).toBeLessThan(1e-12);
						for (const x of [
							m.companyCost.presentValue,
							m.publicCost.public.presentValue,
							m.retention.attributable
						])
							expect(x.isFinite()).toBe(true);
					}
				}),
				{ numRuns: 150 }
			);
		}
	);

	it('more trainees never cost the region, county and companies less in all', () => {
		fc.assert(
			fc.property(scenarioArb, fc.double({ min: 0, max: 10, noNaN: true }), (s, extra) => {
				const base = evaluate(s);
				for (const id of [
					'own-scheme',
					'fagskole-scheme',
					'trainee-innlandet',
					'fjelltrainee',
					'naeringshage-consortium'
				]) {
					const key = `${id}.newTraineesPerYear`;
					const now = s.values[key] ?? base.values.get(key)!.toNumber();
					const more = evaluate({
						...s,
						values: { ...s.values, [key]: Math.min(1000, now + extra) }
					});
					const all = (e: typeof base) => {
						const p = model(e, id).publicCost;
						return p.public.presentValue.plus(p.companyFees.presentValue);
					};
					expect(all(more).greaterThanOrEqualTo(all(base).minus(new Decimal('0.01')))).toBe(true);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('higher fees never cost a member company less', () => {
		fc.assert(
			fc.property(scenarioArb, fc.double({ min: 0, max: 1e5, noNaN: true }), (s, extra) => {
				const base = evaluate(s);
				const key = 'trainee-innlandet.serviceFeePerTraineePerTertial';
				const more = evaluate({
					...s,
					values: { ...s.values, [key]: base.values.get(key)!.toNumber() + extra }
				});
				return model(more, 'trainee-innlandet').companyCost.total.greaterThanOrEqualTo(
					model(base, 'trainee-innlandet').companyCost.total
				);
			}),
			{ numRuns: 60 }
		);
	});

	it('changing a Trainee Innlandet fee moves its company cost by exactly the fee × tertials × years', () => {
		// (30 000 − 29 013) × 3 tertials × 2 years = 5 922
		const a = model(evaluate(DEFAULT_SCENARIO), 'trainee-innlandet').companyCost.total;
		const b = model(
			evaluate(withValues({ 'trainee-innlandet.serviceFeePerTraineePerTertial': 30000 })),
			'trainee-innlandet'
		).companyCost.total;
		expect(b.minus(a).toFixed(2)).toBe('5922.00');
	});
});
