/**
 * Zod schemas for everything in `data/`: the study's figures, the models, the scoring criteria
 * and the sources. `validate.ts` parses the JSON through them at build time (a Vite plugin), in
 * the tests and in the command line; the browser bundle carries the validated data without zod.
 */
import { z } from 'zod';
import { MODEL_IDS, UNITS, UNIT_BOUNDS } from './constants';

export { MODEL_IDS, UNITS, UNIT_BOUNDS, PARAMETER_GROUPS } from './constants';

// zod 4 probes `new Function` to speed up parsing; the page's CSP forbids eval, and the probe
// shows up as a CSP violation. Parsing without it is fast enough for our few small files.
z.config({ jitless: true });

export const ModelId = z.enum(MODEL_IDS);
export type ModelId = z.infer<typeof ModelId>;

/** Text in both languages the app speaks. */
export const LocalizedText = z.object({ nb: z.string().min(1), en: z.string().min(1) }).strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A reference to a source, optionally narrowed to a section or page (`§4.1`). */
export const SourceRef = z
	.object({
		source: z.string().min(1),
		section: z.string().optional(),
		/** What exactly the source says, quoted or paraphrased, in the source's language. */
		quote: z.string().optional()
	})
	.strict();
export type SourceRef = z.infer<typeof SourceRef>;

export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

export const Parameter = z
	.object({
		/** `<model-id>.<name>` or `shared.<name>`. */
		id: z.string().regex(/^[a-z-]+\.[a-zA-Z0-9]+$/),
		label: LocalizedText,
		description: LocalizedText,
		unit: Unit,
		default: z.number().finite(),
		/** `[low, high]` where sources disagree or the value is uncertain; equal ends mean certain. */
		range: z.tuple([z.number().finite(), z.number().finite()]),
		/** Narrower bounds than the unit's, where the engine needs them (e.g. a horizon of 1–50). */
		bounds: z.object({ min: z.number(), max: z.number() }).strict().optional(),
		kind: z.enum(['fact', 'assumption']),
		/** Where the range came from, when it is not obvious from the sources. */
		rangeNote: LocalizedText.optional(),
		/** For an assumption: where its default and range came from. */
		origin: LocalizedText.optional(),
		sources: z.array(SourceRef).min(1)
	})
	.strict()
	.superRefine((p, ctx) => {
		const [low, high] = p.range;
		if (low > high) ctx.addIssue({ code: 'custom', message: `${p.id}: range low > high` });
		if (p.default < low || p.default > high)
			ctx.addIssue({ code: 'custom', message: `${p.id}: default ${p.default} outside range` });
		if (p.kind === 'assumption' && !p.origin)
			ctx.addIssue({ code: 'custom', message: `${p.id}: an assumption needs an origin` });
		const b = p.bounds ?? UNIT_BOUNDS[p.unit];
		if (low < b.min || high > b.max)
			ctx.addIssue({ code: 'custom', message: `${p.id}: range outside physical bounds` });
	});
export type Parameter = z.infer<typeof Parameter>;

/** A figure shown on a model's card: a parameter's value, or a fact that is not a parameter. */
export const KeyFigure = z
	.object({
		label: LocalizedText,
		/** Either a parameter id (value, unit and sources come from it) ... */
		parameter: z.string().optional(),
		/** ... or a literal value with its own unit and sources. */
		value: z.number().optional(),
		unit: Unit.optional(),
		/** Upper end when the source gives a range (e.g. 18–20 members). */
		valueHigh: z.number().optional(),
		sources: z.array(SourceRef).optional()
	})
	.strict()
	.refine(
		(k) => (k.parameter ? k.value === undefined : k.value !== undefined && !!k.unit && !!k.sources),
		{
			message: 'a key figure names a parameter, or gives value, unit and sources'
		}
	);
export type KeyFigure = z.infer<typeof KeyFigure>;

export const Model = z
	.object({
		id: ModelId,
		name: LocalizedText,
		shortName: LocalizedText,
		summary: LocalizedText,
		verdict: LocalizedText,
		sections: z.array(z.string()).min(1),
		keyFigures: z.array(KeyFigure)
	})
	.strict();
export type Model = z.infer<typeof Model>;

export const Criterion = z
	.object({
		id: z.string().regex(/^[a-z-]+$/),
		label: LocalizedText,
		/** The criterion inside a sentence (`eierskap og organisering`), lower case as it reads there. */
		phrase: LocalizedText,
		description: LocalizedText,
		/** `higher` = more is better (retained graduates); `lower` = less is better (cost). */
		direction: z.enum(['higher', 'lower']),
		/** `computed` from the engine's results; `judged` from scores in the data. */
		basis: z.enum(['computed', 'judged']),
		/** For judged criteria: a 1–5 score per model with its rationale and section. */
		scores: z
			.record(
				ModelId,
				z
					.object({
						score: z.number().int().min(1).max(5),
						/**
						 * The range the score may lie in, honest about how firmly the study supports
						 * it: narrow where the study says it plainly, wide where it is read between
						 * the lines. The Monte Carlo draws the score from a triangular distribution
						 * on [low, high] with its mode at `score`; low = high keeps it fixed.
						 */
						low: z.number().min(1).max(5),
						high: z.number().min(1).max(5),
						rationale: LocalizedText,
						sources: z.array(SourceRef).min(1)
					})
					.strict()
					.refine((s) => s.low <= s.score && s.score <= s.high, {
						message: 'a judged score needs low ≤ score ≤ high'
					})
			)
			.optional()
	})
	.strict()
	.refine((c) => (c.basis === 'judged') === (c.scores !== undefined), {
		message: 'judged criteria have scores, computed ones do not'
	});
export type Criterion = z.infer<typeof Criterion>;

export const WeightPreset = z
	.object({
		id: z.string(),
		label: LocalizedText,
		description: LocalizedText,
		weights: z.record(z.string(), z.number().min(0)),
		/**
		 * Whose judgement the preset is, in one line per weight: why each criterion weighs what
		 * it does (required for a preset that claims to render a source's judgement).
		 */
		reasons: z.record(z.string(), LocalizedText).optional()
	})
	.strict();
export type WeightPreset = z.infer<typeof WeightPreset>;

export const Source = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/),
		title: z.string(),
		publisher: z.string(),
		year: z.number().int().optional(),
		url: z.string().url().optional(),
		/** Whether it is the study itself, a document the study cites, or a second source. */
		role: z.enum(['study', 'cited-by-study', 'second-source', 'standard']),
		note: LocalizedText.optional()
	})
	.strict();
export type Source = z.infer<typeof Source>;

export const ParametersFile = z.object({ parameters: z.array(Parameter) }).strict();
/** The study's own recommendation (§5.2): a model first, and one to fall back on. */
export const Recommendation = z
	.object({ first: ModelId, fallback: ModelId, sources: z.array(SourceRef).min(1) })
	.strict();
export type Recommendation = z.infer<typeof Recommendation>;

export const ModelsFile = z
	.object({ models: z.array(Model), recommendation: Recommendation })
	.strict();
export const CriteriaFile = z
	.object({ criteria: z.array(Criterion), presets: z.array(WeightPreset) })
	.strict();
export const SourcesFile = z.object({ sources: z.array(Source) }).strict();
