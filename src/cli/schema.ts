/**
 * The scenario file's JSON Schema, for `--schema`. It is the engine's `ScenarioShape` (written
 * again here in full zod, which has `toJSONSchema` and metadata) made stricter: `values` may hold only parameter ids, each an optional number within what is
 * physically possible (`boundsOf`), and `weights` only criterion ids, each a non-negative number.
 * What a schema cannot say (not all weights zero) `parseScenario` still checks.
 */
import { z } from 'zod';
import { criteria, MODEL_IDS, parameters } from '../lib/data';
import {
	ANALYSIS_BOUNDS,
	boundsOf,
	SCENARIO_NAME_MAX,
	SCENARIO_VERSION,
	SCORE_MAX,
	SCORE_MIN,
	WEIGHT_MAX
} from '../lib/engine';

/** `judgements`: judged criteria only, each model's score and range on 1–5. */
function judgementsShape() {
	const part = (what: string) =>
		z.number().min(SCORE_MIN).max(SCORE_MAX).optional().meta({ description: what });
	const judgement = z
		.object({
			score: part('The judged score, 1 (worst) to 5 (best).'),
			low: part('Lowest plausible score; the Monte Carlo draws from [low, high].'),
			high: part('Highest plausible score.')
		})
		.strict()
		.meta({
			description:
				"Parts changed from the data's judgement; low ≤ score ≤ high. A missing low or high is the data's, widened to include a changed score."
		});
	const byModel = z
		.object(Object.fromEntries(MODEL_IDS.map((m) => [m, judgement.optional()])))
		.strict();
	return z
		.object(
			Object.fromEntries(
				criteria
					.filter((c) => c.basis === 'judged')
					.map((c) => [c.id, byModel.optional().meta({ description: c.label.en })])
			)
		)
		.strict()
		.meta({
			description:
				'Judged scores and their ranges changed from the data (data/criteria.json), per criterion and model.'
		});
}

/** `analysis`: the Monte Carlo settings; command-line options override them. */
function analysisShape() {
	const setting = (key: keyof typeof ANALYSIS_BOUNDS, description: string) => {
		const b = ANALYSIS_BOUNDS[key];
		const n = b.integer ? z.number().int() : z.number();
		return n.min(b.min).max(b.max).optional().meta({ description });
	};
	return z
		.object({
			samples: setting('samples', 'Monte Carlo samples.'),
			seed: setting('seed', 'Seed of the random generator.'),
			weightUncertainty: setting(
				'weightUncertainty',
				'How imprecise the weights are: 0 = exactly these, 1 = any.'
			)
		})
		.strict()
		.meta({ description: 'Monte Carlo settings; options on the command line override them.' });
}

export function strictScenarioShape() {
	const values = z
		.object(
			Object.fromEntries(
				parameters.map((p) => {
					const b = boundsOf(p);
					const number = b.integer ? z.number().int() : z.number();
					return [
						p.id,
						number
							.min(b.min)
							.max(b.max)
							.optional()
							.meta({ description: `${p.label.en} (${p.unit}; ${p.kind})`, default: p.default })
					];
				})
			)
		)
		.strict()
		.meta({
			description: "Parameter values changed from the study's; missing ids keep the study's."
		});
	const weights = z
		.object(
			Object.fromEntries(
				criteria.map((c) => [
					c.id,
					z.number().min(0).max(WEIGHT_MAX).optional().meta({ description: c.label.en })
				])
			)
		)
		.strict()
		.meta({
			description:
				"Relative criterion weights (the study's preset sums to 100); missing ids keep the preset's. Not all may be zero."
		});
	return z
		.object({
			version: z.literal(SCENARIO_VERSION),
			name: z.string().max(SCENARIO_NAME_MAX).optional(),
			values: values.optional(),
			weights: weights.optional(),
			judgements: judgementsShape().optional(),
			analysis: analysisShape().optional()
		})
		.strict()
		.meta({
			title: 'Traineevalg scenario',
			description:
				"A scenario: the study's figures plus the user's changes. Everything but version is optional. Version 1 files (without judgements and analysis) are still accepted and read as version 2."
		});
}

export function scenarioJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(strictScenarioShape()) as Record<string, unknown>;
}
