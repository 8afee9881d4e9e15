/**
 * SWING weighting (von Winterfeldt & Edwards, "Decision Analysis and Behavioral Research", 1986,
 * ch. 8): a member imagines every criterion at the worst end of its fixed value scale
 * (`scales.ts`; 1 for a judged criterion) and asks which single swing, worst end → best end,
 * they would want most. That swing gets 100 points; every other swing gets 0–100 points for how
 * much it matters compared with the first. The points are ratio weights: a swing given 50 points
 * is worth half the first. So the weight set is the points themselves, in the scenario's own
 * units (0–100, `WEIGHT_MAX`), and the engine normalises them as it does the sliders': with
 * 100, 50 and 25 the shares are 100/175, 50/175 and 25/175.
 *
 * The answers are kept (`SwingAnswers`, storable in a scenario or a member's answer) so that a
 * member can revisit them; `swingFromWeights` reads a weight set back as answers, so the guided
 * weighting can start from whatever the sliders show.
 */
import * as z from 'zod/mini';
import { criteria, criterionById } from '../data';
import { ScenarioError } from './errors';
import { isRecord, lazySchema, WEIGHT_MAX } from './scenario';

/** The points of the swing that matters most. */
export const SWING_TOP = WEIGHT_MAX;

/**
 * A member's SWING answers: points (0–100) per criterion for its swing from the worst to the
 * best end; the swing that matters most has 100 (several may, if they matter equally). A
 * criterion not listed gets 0 points: its swing does not matter to the member.
 */
export interface SwingAnswers {
	readonly points: Readonly<Record<string, number>>;
}

/** The answers' shape (zod mini), for a scenario or an answer that stores them. */
export const SwingShape = lazySchema(() =>
	z.strictObject({ points: z.record(z.string(), z.number()) })
);

/**
 * Check anything that claims to be SWING answers; throws a ScenarioError naming the field
 * (`<field>.points.<criterion id>`): an unknown criterion, points that are not a finite number,
 * negative or above 100, or no swing at 100.
 */
export function parseSwingAnswers(input: unknown, field = 'swing'): SwingAnswers {
	if (!isRecord(input))
		throw new ScenarioError('invalid-shape', { field, detail: 'expected an object' });
	for (const key of Object.keys(input))
		if (key !== 'points')
			throw new ScenarioError('invalid-shape', {
				field: `${field}.${key}`,
				detail: 'unexpected key'
			});
	const points = input.points;
	const pointsField = `${field}.points`;
	if (!isRecord(points))
		throw new ScenarioError('invalid-shape', { field: pointsField, detail: 'expected an object' });
	let top = false;
	for (const [id, value] of Object.entries(points)) {
		const f = `${pointsField}.${id}`;
		if (!criterionById.has(id)) throw new ScenarioError('unknown-criterion', { field: f });
		// Stryker disable next-line ConditionalExpression: `typeof value !== 'number'` → false is the same, as Number.isFinite is false for anything that is not a number (the typeof is there for TypeScript); the whole condition → true or false is killed (swing.test.ts, council.test.ts)
		if (typeof value !== 'number' || !Number.isFinite(value))
			throw new ScenarioError('not-a-number', { field: f, value });
		if (value < 0) throw new ScenarioError('negative-weight', { field: f, value });
		if (value > SWING_TOP)
			throw new ScenarioError('out-of-range', { field: f, value, min: 0, max: SWING_TOP });
		if (value === SWING_TOP) top = true;
	}
	if (!top) throw new ScenarioError('no-top-swing', { field: pointsField });
	return { points: { ...(points as Record<string, number>) } };
}

/**
 * The weight set the answers give, as a scenario holds it: every criterion's points (0 for one
 * not answered), so that no weight of the default preset is left behind.
 */
export function swingWeights(answers: SwingAnswers): Record<string, number> {
	return Object.fromEntries(criteria.map((c) => [c.id, answers.points[c.id] ?? 0]));
}

/**
 * A weight set read back as SWING answers: the largest weight is 100 points and every other is
 * scaled by the same factor (weight / largest × 100). The answers give the same shares as the
 * weights. Throws if every weight is 0 (there is no swing that matters most).
 */
export function swingFromWeights(weights: Readonly<Record<string, number>>): SwingAnswers {
	const entries = criteria.map((c) => [c.id, weights[c.id] ?? 0] as const);
	const largest = Math.max(...entries.map(([, w]) => w));
	if (!(largest > 0)) throw new ScenarioError('all-weights-zero', { field: 'weights' });
	return {
		points: Object.fromEntries(
			// w / w is exactly 1 in floating point, so the largest weight gets exactly 100.
			entries.map(([id, w]) => [id, (w / largest) * SWING_TOP])
		)
	};
}

/** The criteria whose swing matters most (100 points), in data order. */
export function topSwings(answers: SwingAnswers): string[] {
	return criteria.filter((c) => answers.points[c.id] === SWING_TOP).map((c) => c.id);
}
