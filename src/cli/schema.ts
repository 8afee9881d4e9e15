/**
 * The scenario file's JSON Schema, for `--schema`. It is the engine's `ScenarioShape` (written
 * again here in full zod, which has `toJSONSchema` and metadata) made stricter: `values` may hold only parameter ids, each an optional number within what is
 * physically possible (`boundsOf`), and `weights` only criterion ids, each a non-negative number.
 * What a schema cannot say (not all weights zero) `parseScenario` still checks.
 */
import { z } from 'zod';
import { criteria, parameters } from '../lib/data';
import { boundsOf, SCENARIO_NAME_MAX, SCENARIO_VERSION, WEIGHT_MAX } from '../lib/engine';

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
			weights: weights.optional()
		})
		.strict()
		.meta({
			title: 'Traineevalg scenario',
			description:
				"A scenario: the study's figures plus the user's changes. Everything but version is optional."
		});
}

export function scenarioJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(strictScenarioShape()) as Record<string, unknown>;
}
