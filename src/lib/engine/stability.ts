/**
 * Weight stability, in closed form. For criterion k, its weight w_k is moved to t ∈ [0, 1] and
 * the other weights are rescaled in proportion, so they keep summing to 1 − t:
 *
 *   S_m(t) = t·a_m + (1 − t)·b_m,  a_m = v_mk,  b_m = Σ_{j≠k} w_j·v_mj / (1 − w_k)
 *
 * Each model's score is linear in t, so the leader L stays on top exactly while, for every other
 * model m, d_m(t) = S_L(t) − S_m(t) = β + α·t ≥ 0 with β = b_L − b_m, α = (a_L − a_m) − β.
 * Each m bounds t from below (α > 0) or above (α < 0) at t = −β/α; the interval is the
 * intersection, and the model that binds at each end is the one that takes over there.
 * If w_k = 1 the others have no proportions to keep; they are then taken as equal.
 */
import type { ModelId } from '../data';
import type { Evaluation } from './evaluate';
import { CRITERION_IDS } from './scoring';

export interface StabilityInterval {
	criterion: string;
	/** The criterion's current normalised weight. */
	weight: number;
	/** The leader stays first for weights in [low, high]. */
	low: number;
	high: number;
	/** Who takes first place just below `low` / just above `high`; null at 0 or 1 with no change. */
	belowLow: ModelId | null;
	aboveHigh: ModelId | null;
}

export interface Stability {
	leader: ModelId;
	intervals: StabilityInterval[];
}

export function weightStability(evaluation: Evaluation): Stability {
	const models = evaluation.models;
	const leaderIndex = models.findIndex((m) => m.rank === 1);
	const leader = models[leaderIndex]!;
	const intervals = CRITERION_IDS.map((k): StabilityInterval => {
		const wk = evaluation.weights[k]!;
		const others = CRITERION_IDS.filter((j) => j !== k);
		const b = models.map((m) =>
			wk < 1
				? others.reduce((s, j) => s + evaluation.weights[j]! * m.values[j]!, 0) / (1 - wk)
				: others.reduce((s, j) => s + m.values[j]!, 0) / others.length
		);
		const a = models.map((m) => m.values[k]!);
		let low = 0;
		let high = 1;
		let belowLow: ModelId | null = null;
		let aboveHigh: ModelId | null = null;
		models.forEach((m, i) => {
			const beta = b[leaderIndex]! - b[i]!;
			const alpha = a[leaderIndex]! - a[i]! - beta;
			// α = 0: the gap β is the same for every t, so m bounds nothing. This skips the leader
			// itself too (β = α = 0).
			if (alpha === 0) return;
			const t = -beta / alpha;
			// Stryker disable next-line EqualityOperator: `alpha >= 0` is the same, α = 0 having returned above (`alpha <= 0`, which swaps the bounds, is killed by stability.bounds.test.ts)
			if (alpha > 0) {
				// m passes the leader below t: a lower bound.
				if (t > low) {
					low = Math.min(t, 1);
					belowLow = m.id;
				}
			} else if (t < high) {
				// α < 0: m passes the leader above t, an upper bound.
				high = Math.max(t, 0);
				aboveHigh = m.id;
			}
		});
		return { criterion: k, weight: wk, low, high, belowLow, aboveHigh };
	});
	return { leader: leader.id, intervals };
}
