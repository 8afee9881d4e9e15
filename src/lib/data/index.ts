/**
 * The study's data, typed. Everything numeric the app shows comes from here (through the engine);
 * nothing numeric lives in components.
 *
 * The JSON is validated by the zod schemas in `schema.ts` (see `validate.ts`) when the app is
 * built, in the tests and when the command line starts, so the browser gets it without shipping
 * zod's data schemas.
 */
import criteriaJson from '../../../data/criteria.json';
import zonesJson from '../../../data/employer-zones.json';
import modelsJson from '../../../data/models.json';
import parametersJson from '../../../data/parameters.json';
import sourcesJson from '../../../data/sources.json';
import type { ModelId } from './constants';
import type {
	Criterion,
	EmployerZone,
	HostMunicipality,
	Model,
	Parameter,
	Recommendation,
	Source,
	WeightPreset
} from './schema';

export * from './constants';
export type {
	Criterion,
	EmployerZone,
	HostMunicipality,
	KeyFigure,
	LocalizedText,
	Model,
	Parameter,
	Recommendation,
	Source,
	SourceRef,
	WeightPreset
} from './schema';

export const parameters = parametersJson.parameters as unknown as readonly Parameter[];
export const models = modelsJson.models as unknown as readonly Model[];
/** The study's recommendation (§5.2): the model first, and the one to fall back on. */
export const recommendation = modelsJson.recommendation as unknown as Recommendation;
export const criteria = criteriaJson.criteria as unknown as readonly Criterion[];
export const presets = criteriaJson.presets as unknown as readonly WeightPreset[];
export const sources = sourcesJson.sources as unknown as readonly Source[];
/** Employer's contribution zones and the host municipalities' zones (data/employer-zones.json). */
export const employerZones = zonesJson.zones as unknown as readonly EmployerZone[];
export const hostMunicipalities =
	zonesJson.municipalities as unknown as readonly HostMunicipality[];
export const ZONE_RATES_SOURCE: string = zonesJson.ratesSource;

export const parameterById: ReadonlyMap<string, Parameter> = new Map(
	parameters.map((p) => [p.id, p])
);
export const sourceById: ReadonlyMap<string, Source> = new Map(sources.map((s) => [s.id, s]));
export const modelById: ReadonlyMap<ModelId, Model> = new Map(models.map((m) => [m.id, m]));
export const criterionById: ReadonlyMap<string, Criterion> = new Map(
	criteria.map((c) => [c.id, c])
);
