/**
 * One-at-a-time sensitivity (tornado): each uncertain parameter is set to the low and then the
 * high end of its range, all others kept at the scenario's values, and the whole evaluation is
 * rerun. Reported: the swing in the leading model's margin over the runner-up, whether the
 * leader changes, and each model's company cost at both ends.
 */
import { parameters, type ModelId } from '../data';
import { evaluate, type Evaluation } from './evaluate';
import type { Decimal } from './money';
import type { Scenario } from './scenario';

export interface TornadoBar {
	parameter: string;
	base: number;
	low: number;
	high: number;
	/** Leader's score minus the best other score, with the parameter at its low / high end. */
	marginAtLow: number;
	marginAtHigh: number;
	/** First-ranked model at each end. */
	leaderAtLow: ModelId;
	leaderAtHigh: ModelId;
	leaderChanges: boolean;
	companyCostAtLow: Record<ModelId, Decimal>;
	companyCostAtHigh: Record<ModelId, Decimal>;
}

export interface Tornado {
	leader: ModelId;
	baseMargin: number;
	/** Sorted by the size of the margin swing, largest first. */
	bars: TornadoBar[];
}

/** The leader's margin over the best other model (negative when another model leads). */
export function leaderMargin(evaluation: Evaluation, leader: ModelId): number {
	const own = evaluation.models.find((m) => m.id === leader)!.score;
	const best = Math.max(...evaluation.models.filter((m) => m.id !== leader).map((m) => m.score));
	return own - best;
}

function companyCosts(e: Evaluation): Record<ModelId, Decimal> {
	return Object.fromEntries(e.models.map((m) => [m.id, m.companyCost.presentValue])) as Record<
		ModelId,
		Decimal
	>;
}

export function tornado(scenario: Scenario): Tornado {
	const base = evaluate(scenario);
	const leader = base.ranking[0]!;
	const bars: TornadoBar[] = [];
	for (const p of parameters) {
		const [low, high] = p.range;
		if (low === high) continue;
		const at = (value: number) =>
			evaluate({ ...scenario, values: { ...scenario.values, [p.id]: value } });
		const lo = at(low);
		const hi = at(high);
		bars.push({
			parameter: p.id,
			base: scenario.values[p.id] ?? p.default,
			low,
			high,
			marginAtLow: leaderMargin(lo, leader),
			marginAtHigh: leaderMargin(hi, leader),
			leaderAtLow: lo.ranking[0]!,
			leaderAtHigh: hi.ranking[0]!,
			leaderChanges: lo.ranking[0] !== leader || hi.ranking[0] !== leader,
			companyCostAtLow: companyCosts(lo),
			companyCostAtHigh: companyCosts(hi)
		});
	}
	const swing = (b: TornadoBar) => Math.abs(b.marginAtHigh - b.marginAtLow);
	bars.sort((a, b) => swing(b) - swing(a) || a.parameter.localeCompare(b.parameter));
	return { leader, baseMargin: leaderMargin(base, leader), bars };
}
