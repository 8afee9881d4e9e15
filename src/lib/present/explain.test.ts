/**
 * The structured explanations (src/lib/explain.ts) on the study's default scenario and on
 * hand-made cases. Expected values are worked out by hand from data/criteria.json (judged scores
 * 1–5 → value (s − 1)/4), the default "tool-reading" weight preset (15, 10, 2.5, 15, 15, 15, 10,
 * 10, 5, 2.5 out of 100, in the order competence-fit, company-cost, public-cost,
 * graduates-retained, competition, ownership, funding-certainty, candidate-attraction,
 * distance-meeting-places, time-to-start; 0 for the three criteria of the study's own reasons)
 * and the study's figures. Computed criteria are on the fixed value scales (scales.ts): value =
 * (raw − worst) / (best − worst), with the ends read from `scaleOf`:
 *   company cost  worst 2 394 168, best 578 618 kr: TI and zero alternative 1 533 648 → 0.474,
 *                 consortium and Fjelltrainee 1 322 846 → 0.590, fagskole 1 196 491 → 0.660;
 *   public cost   worst 5 758 846, best 0 kr: zero alternative 0 → 1, TI 923 550 → 0.840,
 *                 consortium 1 044 389 → 0.819;
 *   graduates     worst 0, best 7.49: TI 2.388 → 0.319, consortium 4.776 → 0.638, zero 0 → 0;
 *   time to start worst 5, best 0 years: TI and consortium 1 → 0.8, zero alternative 5 → 0.
 */
import { describe, expect, it } from 'vitest';
import {
	evaluate,
	scaleOf,
	weightStability,
	type AnalysisResult,
	type Evaluation
} from '$lib/engine';
import { MODEL_IDS, presets, type ModelId } from '$lib/data';
import {
	explain,
	explainModel,
	studyComparison,
	studySections,
	weightShifts
} from '$lib/present/explain';

const DEFAULT = { version: 2 as const, values: {}, weights: {} };
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

	it("finds the leader's weaknesses: competence fit and graduates retained", () => {
		// Lost = weight × (1 − value): competence fit 0.15 × (1 − 0.25) = 0.1125; graduates
		// 0.15 × (1 − 2.388 / 7.49) = 0.15 × 0.681 = 0.102; then company cost 0.10 × (1 − 0.474)
		// = 0.053 (on the fixed scale TI is no longer at the bottom just for being the dearest).
		expect(ti.weaknesses.map((p) => p.criterionId)).toEqual([
			'competence-fit',
			'graduates-retained'
		]);
		expect(ti.weaknesses[0]!.lost).toBeCloseTo(0.1125, 10);
		const best = scaleOf('graduates-retained')!.best;
		const attributable = evaluation.models
			.find((m) => m.id === 'trainee-innlandet')!
			.retention.attributable.toNumber();
		expect(ti.weaknesses[1]!.lost).toBeCloseTo(0.15 * (1 - attributable / best), 10);
	});

	it('says the leader loses first place to the fagskole scheme above about 31 % weight on competence fit', () => {
		// Scores (weights × values, see the header): TI 0.0375 + 0.1 × 0.474 + 0.025 × 0.840
		// + 0.15 × 0.319 + 0.15 + 0.15 + 0.075 + 0.1 + 0.025 + 0.025 × 0.8 = 0.674;
		// fagskole 0.15 + 0.1 × 0.660 + 0.025 × 0.393 + 0.15 × 0.354 + 0.1125 + 0 + 0.025 + 0.025
		// + 0.05 + 0.025 × 0.4 = 0.501. Competence fit weighted t, the rest scaled by (1 − t)/0.85:
		// without competence fit TI 0.636, fagskole 0.351. Equal where
		// 0.25·t + (1 − t)·0.636/0.85 = 1·t + (1 − t)·0.351/0.85, i.e. (1 − t)·0.335 = 0.75·t,
		// t = 0.335 / 1.085 = 0.309.
		const nearest = ti.loseFirst[0]!;
		expect(nearest).toMatchObject({
			criterionId: 'competence-fit',
			direction: 'above',
			model: 'fagskole-scheme',
			weight: 0.15
		});
		expect(nearest.threshold).toBeGreaterThan(0.304);
		expect(nearest.threshold).toBeLessThan(0.314);
		expect(ti.takeFirst).toEqual([]);
		expect(ti.behindLeader).toBeNull();
	});

	it('says what the consortium lacks against the leader, and where it beats it', () => {
		const c = explainModel(evaluation, stability, null, 'naeringshage-consortium');
		expect(c.loseFirst).toEqual([]);
		// Ownership: TI 0.15 vs consortium 0.15 × 0.5 = 0.075, the largest gap (0.075); then
		// funding (0.10 × (0.75 − 0.25) = 0.05), tied with candidate attraction (0.10 × (1 − 0.5)),
		// which comes later in the data's order.
		expect(c.behindLeader!.otherAhead.map((d) => d.criterionId)).toEqual([
			'ownership',
			'funding-certainty'
		]);
		expect(c.behindLeader!.otherAhead[0]!.difference).toBeCloseTo(0.075, 10);
		// The consortium gains more from graduates (0.15 × (0.638 − 0.319) = 0.048) and company
		// cost (0.10 × (0.590 − 0.474) = 0.012).
		expect(c.behindLeader!.modelAhead.map((d) => d.criterionId)).toEqual([
			'graduates-retained',
			'company-cost'
		]);
		expect(c.behindLeader!.scoreGap).toBeGreaterThan(0);
	});

	it('gives the fagskole scheme the weight change that would make it first', () => {
		const f = explainModel(evaluation, stability, null, 'fagskole-scheme');
		// More weight on competence fit (fagskole 1, TI 0.25), above about 31 % (worked above), is
		// what brings the fagskole scheme up first.
		expect(f.takeFirst[0]).toMatchObject({
			criterionId: 'competence-fit',
			direction: 'above',
			model: 'fagskole-scheme'
		});
		// Nobody else takes over at the company-cost end.
		const own = explainModel(evaluation, stability, null, 'own-scheme');
		expect(own.takeFirst).toEqual([]);
	});

	it('has no SMAA part while the analysis is not available', () => {
		expect(ti.smaa).toBeNull();
	});
});

describe('explanations that never contradict themselves', () => {
	it("never names a criterion as both a model's strength and its weakness, under any preset", () => {
		// A heavily weighted criterion with a middling value can be both the largest contribution
		// and the largest loss: under "cost first" (30 % on the company's cost) Trainee Innlandet's
		// value of 0.474 gives 0.3 × 0.474 = 0.142 and loses 0.3 × 0.526 = 0.158; the first version
		// then named the same criterion as its strongest and its weakest.
		for (const preset of presets) {
			const e = evaluate({ version: 2, values: {}, weights: { ...preset.weights } });
			const s = weightStability(e);
			for (const x of explain(e, s, null)) {
				const strong = x.strengths.map((p) => p.criterionId);
				const weak = x.weaknesses.map((p) => p.criterionId);
				expect(
					weak.filter((id) => strong.includes(id)),
					`${preset.id}, ${x.model}`
				).toEqual([]);
			}
		}
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
	it('differs on the default weights: Trainee Innlandet first, the consortium fourth', () => {
		// Scores (values on the fixed scales): TI 0.673. Zero alternative (an ordinary hire, no
		// fees: 1 323 686 kr, value 0.599): ownership 0.15 + competition 0.15 + funding 0.10
		// + candidates 0.10 × 0.5 + distances 0.05 × 0.5 + public cost 0.025 × 1 + company cost
		// 0.1 × 0.599 = 0.560. Fagskole: competence 0.15 + company 0.1 × 0.669 + public
		// 0.025 × 0.399 + graduates 0.15 × 0.341 + competition 0.1125 + funding 0.025
		// + candidates 0.025 + distances 0.05 + time 0.025 × 0.4 = 0.501. Consortium: competence
		// 0.0375 + competition 0.1125 + ownership 0.075 + funding 0.025 + candidates 0.05
		// + distances 0.0125 + company cost 0.1 × 0.600 + public cost 0.025 × 0.805 + graduates
		// 0.15 × 0.460 (first intake in year 2: 9 trainees) + time 0.025 × 0.6 = 0.477.
		// So TI 1, zero alternative 2, fagskole 3, consortium 4.
		expect(studyComparison(evaluation)).toEqual({
			kind: 'differs',
			leader: 'trainee-innlandet',
			firstRank: 4,
			fallbackRank: 1
		});
	});

	it('is the same two in the other order when the consortium comes second', () => {
		const rest = evaluation.ranking.filter(
			(id) => id !== 'naeringshage-consortium' && id !== 'trainee-innlandet'
		);
		const swapped: Evaluation = {
			...evaluation,
			ranking: ['trainee-innlandet', 'naeringshage-consortium', ...rest]
		};
		const c = studyComparison(swapped);
		expect(c.kind).toBe('swapped');
		if (c.kind !== 'swapped') return;
		// TI gains more from ownership (0.075), funding and candidate attraction (0.05 each) and
		// competition (0.15 − 0.1125 = 0.0375); the consortium only from graduates (0.048) and
		// company cost (0.012): competence fit (2 each) and time to start (1 year each) are equal,
		// and public cost is TI's (0.840 > 0.819).
		expect(c.fallbackAhead.map((d) => d.criterionId)).toEqual([
			'ownership',
			'funding-certainty',
			'candidate-attraction',
			'competition'
		]);
		expect(c.firstAhead.map((d) => d.criterionId)).toEqual(['graduates-retained', 'company-cost']);
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
		// Weights 50/50: score = 0.5·competence value + 0.5·company-cost value (fixed scale, see
		// the header). Fagskole 0.5·1 + 0.5·0.660 = 0.830; own 0.5·0.5 + 0.5·0.519 = 0.510;
		// Fjelltrainee and consortium both 0.5·0.25 + 0.5·0.590 = 0.420 (the same company cost,
		// and competence fit 2 each since the consortium's was re-read): a tie, which goes to the
		// earlier model in the data, Fjelltrainee; TI 0.5·0.25 + 0.5·0.474 = 0.362; zero
		// alternative 0 + 0.237. So: fagskole 1, own 2, Fjelltrainee 3, consortium 4, TI 5.
		const e = evaluate({
			version: 2,
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
			firstRank: 4,
			fallbackRank: 5
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
			const e = evaluate({ version: 2, values: {}, weights });
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
