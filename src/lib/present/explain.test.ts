/**
 * The structured explanations (src/lib/explain.ts) on the study's default scenario and on
 * hand-made cases. Expected values are worked out by hand from data/criteria.json (judged scores
 * 1–5 → value (s − 1)/4), the "study" weight preset (15, 10, 2.5, 15, 15, 15, 10, 10, 5, 2.5 out
 * of 100, in the order competence-fit, company-cost, public-cost, graduates-retained,
 * competition, ownership, funding-certainty, candidate-attraction, distance-meeting-places,
 * time-to-start) and the study's figures.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, weightStability, type AnalysisResult, type Evaluation } from '$lib/engine';
import { MODEL_IDS, type ModelId } from '$lib/data';
import {
	explain,
	explainModel,
	studyComparison,
	studySections,
	weightShifts
} from '$lib/present/explain';

const DEFAULT = { version: 1 as const, values: {}, weights: {} };
const evaluation = evaluate(DEFAULT);
const stability = weightStability(evaluation);

/** A made-up SMAA result: only the parts the explanation reads. */
function fakeAnalysis(
	probabilityFirst: Partial<Record<ModelId, number>>,
	centralWeights: Partial<Record<ModelId, Record<string, number> | null>>
): AnalysisResult {
	const all = <T>(value: (id: ModelId) => T) =>
		Object.fromEntries(MODEL_IDS.map((id) => [id, value(id)])) as Record<ModelId, T>;
	return {
		smaa: {
			options: { samples: 100, seed: 1, weightUncertainty: 0.3 },
			rankAcceptability: all(() => [0, 0, 0, 0, 0, 0]),
			probabilityFirst: all((id) => probabilityFirst[id] ?? 0),
			centralWeights: all((id) => centralWeights[id] ?? null),
			confidence: all((id) => (centralWeights[id] ? 0.5 : null))
		},
		tornado: { leader: 'trainee-innlandet', baseMargin: 0, bars: [] }
	};
}

describe('explain on the default scenario', () => {
	const ti = explainModel(evaluation, stability, null, 'trainee-innlandet');

	it('has Trainee Innlandet first, and explains every model in rank order', () => {
		const all = explain(evaluation, stability, null);
		expect(all.map((x) => x.model)[0]).toBe('trainee-innlandet');
		expect(all).toHaveLength(MODEL_IDS.length);
		expect(all.map((x) => x.rank)).toEqual(MODEL_IDS.map((_, i) => i + 1));
		expect(all.every((x) => x.leader === 'trainee-innlandet')).toBe(true);
	});

	it("names ownership among the leader's strengths, with the study's sections", () => {
		// TI scores 5 (value 1) on ownership (§1.3, §4.1) and competition (§5.2): each gives the
		// full weight 0.15, the largest any criterion can give at these weights. Ties go to the
		// criterion where TI stands out most from the other five: ownership (others' values 0, 0,
		// 0.25, 0.5, 1: mean 0.35, so +0.65), competition (others 0, 0.75, 0.75, 0.75, 1: mean
		// 0.65, so +0.35). Then candidate attraction, 0.10 × 1. Its pilot's graduates (2.4 of the
		// consortium's 4.8, value 0.5) give only 0.075.
		expect(ti.strengths.map((p) => p.criterionId)).toEqual([
			'ownership',
			'competition',
			'candidate-attraction'
		]);
		expect(ti.strengths.map((p) => p.contribution)).toEqual([0.15, 0.15, 0.1]);
		// Sections: ownership's §1.3 and §4.1, competition's §5.2.
		expect(ti.sections).toEqual(['§1.3', '§4.1', '§5.2']);
	});

	it("finds the leader's weaknesses: competence fit and cost to a member company", () => {
		// Lost = weight × (1 − value): competence fit 0.15 × (1 − 0.25) = 0.1125; company cost
		// 0.10 × (1 − 0) = 0.10 (TI is the dearest for a company, with the zero alternative);
		// the next, funding 0.10 × 0.25 and distances 0.05 × 0.5, lose 0.025.
		expect(ti.weaknesses.map((p) => p.criterionId)).toEqual(['competence-fit', 'company-cost']);
		expect(ti.weaknesses[0]!.lost).toBeCloseTo(0.1125, 10);
		expect(ti.weaknesses[1]!.lost).toBeCloseTo(0.1, 10);
	});

	it('says the leader loses first place to the fagskole scheme above about 18 % weight on company cost', () => {
		// Company cost weighted t, the rest scaled by (1 − t)/0.9. TI scores 0.677 with 0 from
		// company cost (the dearest); the fagskole scheme 0.582 of which 0.10 × 1 = 0.100 from
		// company cost (the cheapest). Without company cost: TI 0.677/0.9 = 0.752, fagskole
		// 0.482/0.9 = 0.536. Equal where (1 − t)·0.752 = t + (1 − t)·0.536, i.e.
		// t = 0.216/1.216 = 0.178 (the consortium, 0.625 on company cost, would need 0.207).
		const nearest = ti.loseFirst[0]!;
		expect(nearest).toMatchObject({
			criterionId: 'company-cost',
			direction: 'above',
			model: 'fagskole-scheme',
			weight: 0.1
		});
		expect(nearest.threshold).toBeGreaterThan(0.173);
		expect(nearest.threshold).toBeLessThan(0.183);
		expect(ti.takeFirst).toEqual([]);
		expect(ti.behindLeader).toBeNull();
	});

	it('says what the consortium lacks against the leader, and where it beats it', () => {
		const c = explainModel(evaluation, stability, null, 'naeringshage-consortium');
		expect(c.loseFirst).toEqual([]);
		// Ownership: TI 0.15 vs consortium 0.15 × 0.5 = 0.075, the largest gap (0.075); then
		// funding (0.10 × (0.75 − 0.25) = 0.05) and candidate attraction (0.10 × (1 − 0.5) = 0.05).
		expect(c.behindLeader!.otherAhead.map((d) => d.criterionId)).toEqual([
			'ownership',
			'funding-certainty'
		]);
		expect(c.behindLeader!.otherAhead[0]!.difference).toBeCloseTo(0.075, 10);
		// The consortium gains more from company cost (0.10 × 0.625 against 0: 0.0625) and
		// graduates (0.15 × (3.58182 − 2.38788) / 3.71448 = 0.15 × 0.321 = 0.048; the own scheme
		// now has the most graduates, the consortium's first intake being in year 2).
		expect(c.behindLeader!.modelAhead.map((d) => d.criterionId)).toEqual([
			'company-cost',
			'graduates-retained'
		]);
		expect(c.behindLeader!.scoreGap).toBeGreaterThan(0);
	});

	it('gives the fagskole scheme the weight change that would make it first', () => {
		const f = explainModel(evaluation, stability, null, 'fagskole-scheme');
		// More weight on company cost (above 17.8 %, 7.8 points away) or less on ownership (TI 1,
		// fagskole 0; below about 6 %, 9 points away) brings the fagskole scheme up first.
		expect(f.takeFirst[0]).toMatchObject({ criterionId: 'company-cost', direction: 'above' });
		expect(f.takeFirst.map((x) => x.criterionId)).toContain('ownership');
		// Nobody else takes over at the company-cost end.
		const own = explainModel(evaluation, stability, null, 'own-scheme');
		expect(own.takeFirst).toEqual([]);
	});

	it('has no SMAA part while the analysis is not available', () => {
		expect(ti.smaa).toBeNull();
	});
});

describe('explain with an SMAA result', () => {
	it('handles a model with a null central weight (never first)', () => {
		const analysis = fakeAnalysis(
			{ 'trainee-innlandet': 0.9, 'fagskole-scheme': 0.1 },
			{
				'trainee-innlandet': { ...evaluation.weights },
				// The fagskole scheme wins where company cost weighs 0.30 instead of 0.10 (+0.20)
				// and competence fit 0.20 instead of 0.15 (+0.05).
				'fagskole-scheme': { ...evaluation.weights, 'company-cost': 0.3, 'competence-fit': 0.2 }
			}
		);
		const sq = explainModel(evaluation, stability, analysis, 'status-quo');
		expect(sq.smaa).toEqual({ probabilityFirst: 0, confidence: null, favouredBy: null });

		const f = explainModel(evaluation, stability, analysis, 'fagskole-scheme');
		expect(f.smaa!.probabilityFirst).toBe(0.1);
		expect(f.smaa!.favouredBy).toEqual({
			criterionId: 'company-cost',
			centralWeight: 0.3,
			weight: 0.1
		});
		// Central weights equal to today's favour nothing.
		const ti = explainModel(evaluation, stability, analysis, 'trainee-innlandet');
		expect(ti.smaa!.favouredBy).toBeNull();
	});
});

describe("the study's conclusion", () => {
	it('is the same two in the other order on the default weights', () => {
		const c = studyComparison(evaluation);
		expect(c.kind).toBe('swapped');
		if (c.kind !== 'swapped') return;
		// TI gains more from ownership (0.075), funding and candidate attraction (0.05 each) and
		// competition (0.15 − 0.1125 = 0.0375); the consortium from company cost (0.0625),
		// graduates (0.048) and competence fit (0.0375).
		expect(c.fallbackAhead.map((d) => d.criterionId)).toEqual([
			'ownership',
			'funding-certainty',
			'candidate-attraction',
			'competition'
		]);
		expect(c.firstAhead.map((d) => d.criterionId)).toEqual([
			'company-cost',
			'graduates-retained',
			'competence-fit'
		]);
	});

	it('agrees when the consortium leads and Trainee Innlandet follows', () => {
		const rest = evaluation.ranking.filter(
			(id) => id !== 'naeringshage-consortium' && id !== 'trainee-innlandet'
		);
		const agreeing: Evaluation = {
			...evaluation,
			ranking: ['naeringshage-consortium', 'trainee-innlandet', ...rest]
		};
		expect(studyComparison(agreeing)).toEqual({ kind: 'agrees' });
	});

	it('differs, with both ranks, when competence fit and company cost are all that count', () => {
		// Weights 50/50: score = 0.5·competence value + 0.5·company-cost value.
		// Fagskole 0.5·1 + 0.5·1 = 1 (fits best, cheapest). Consortium 0.5·0.5 + 0.5·v, with v > 0
		// the same as Fjelltrainee's (same company cost) but Fjelltrainee fits less (0.25), and the
		// own scheme (0.5) costs more than the consortium; the zero alternative 0 + 0.5·0.623 =
		// 0.311 (an ordinary hire: (1 533 648 − 1 323 686) / (1 533 648 − 1 196 491) = 0.623);
		// TI 0.5·0.25 + 0 = 0.125 (the dearest). So: fagskole 1, consortium 2, …, TI 6.
		const e = evaluate({
			version: 1,
			values: {},
			weights: {
				'competence-fit': 50,
				'company-cost': 50,
				'public-cost': 0,
				'graduates-retained': 0,
				competition: 0,
				ownership: 0,
				'funding-certainty': 0,
				'candidate-attraction': 0,
				'distance-meeting-places': 0,
				'time-to-start': 0
			}
		});
		expect(studyComparison(e)).toEqual({
			kind: 'differs',
			leader: 'fagskole-scheme',
			firstRank: 2,
			fallbackRank: 6
		});
	});
});

describe('helpers', () => {
	it("lists the study's sections behind a judged score, and none for a computed criterion", () => {
		expect(studySections('ownership', 'trainee-innlandet')).toEqual(['§1.3', '§4.1']);
		expect(studySections('company-cost', 'trainee-innlandet')).toEqual([]);
	});

	it('turns stability interval ends into weight shifts, nearest first', () => {
		const shifts = weightShifts(stability);
		const distances = shifts.map((s) => Math.abs(s.threshold - s.weight));
		expect(distances).toEqual([...distances].sort((a, b) => a - b));
		for (const s of shifts) expect(s.model).not.toBe('trainee-innlandet');
	});

	it('keeps strengths and weaknesses in order for every model and preset', () => {
		const variants: Record<string, number>[] = [
			{},
			{ 'company-cost': 60 },
			{ 'graduates-retained': 80 }
		];
		for (const weights of variants) {
			const e = evaluate({ version: 1, values: {}, weights });
			for (const x of explain(e, weightStability(e), null)) {
				const c = x.strengths.map((p) => p.contribution);
				expect(c).toEqual([...c].sort((a, b) => b - a));
				const l = x.weaknesses.map((p) => p.lost);
				expect(l).toEqual([...l].sort((a, b) => b - a));
				expect(x.strengths.every((p) => p.contribution > 0)).toBe(true);
			}
		}
	});
});
