/**
 * Graduates: trainees started over the horizon, those expected to stay in the region after the
 * programme, and those attributable to the scheme.
 *
 * Every model counts trainees *beyond* the zero alternative (today's Trainee Innlandet placements
 * go on in every model), so the zero alternative itself adds none. Of the new trainees who stay,
 * only a share stayed because of the scheme (`shared.attributionShare`, §1.5: 67 % of stayers say
 * the scheme contributed), and a share displaced trainees who would have come through another
 * scheme anyway (`<model>.displacementShare`, competition, §5.1.1):
 *
 *   retained     = started × retentionShare
 *   attributable = retained × attributionShare × (1 − displacementShare)
 *
 * Cohorts are counted by the year they start: a cohort started inside the horizon counts in full,
 * its stay in the region being the expected outcome after it finishes.
 */
import type { Intake, Values } from './costs';
import { valueOf } from './costs';
import { Decimal, ONE, ZERO, sum } from './money';
import { SHARED, type ModelSpec } from './spec';

export interface Retention {
	/** New trainees started over the horizon. */
	trainees: Decimal;
	retained: Decimal;
	attributable: Decimal;
	/** Per intake year of the horizon. */
	byYear: { year: number; started: Decimal; retained: Decimal; attributable: Decimal }[];
	/** Years from the decision to the first intake; the horizon when nothing starts within it. */
	yearsToFirstIntake: number;
}

export function retention(spec: ModelSpec, values: Values, intake: Intake): Retention {
	const o = spec.outcome;
	const keep = o ? valueOf(values, o.retentionShare) : ZERO;
	const attributableShare = o
		? valueOf(values, SHARED.attributionShare).times(
				ONE.minus(valueOf(values, o.displacementShare))
			)
		: ZERO;
	const byYear = intake.started.map((started, year) => {
		const retained = started.times(keep);
		return { year, started, retained, attributable: retained.times(attributableShare) };
	});
	const trainees = sum(intake.started);
	const firstIntake = intake.started.findIndex((s) => s.greaterThan(0));
	return {
		trainees,
		retained: sum(byYear.map((y) => y.retained)),
		attributable: sum(byYear.map((y) => y.attributable)),
		byYear,
		yearsToFirstIntake: firstIntake < 0 ? intake.horizonYears : firstIntake
	};
}
