/**
 * The study's data, parsed through the zod schemas once at import. Everything numeric the app
 * shows comes from here (through the engine) — nothing numeric lives in components.
 */
import criteriaJson from '../../../data/criteria.json';
import modelsJson from '../../../data/models.json';
import parametersJson from '../../../data/parameters.json';
import sourcesJson from '../../../data/sources.json';
import {
	CriteriaFile,
	ModelsFile,
	ParametersFile,
	SourcesFile,
	type Criterion,
	type Model,
	type ModelId,
	type Parameter,
	type Source,
	type WeightPreset
} from './schema';

export * from './schema';

const parsedParameters = ParametersFile.parse(parametersJson);
const parsedModels = ModelsFile.parse(modelsJson);
const parsedCriteria = CriteriaFile.parse(criteriaJson);
const parsedSources = SourcesFile.parse(sourcesJson);

export const parameters: readonly Parameter[] = parsedParameters.parameters;
export const models: readonly Model[] = parsedModels.models;
export const criteria: readonly Criterion[] = parsedCriteria.criteria;
export const presets: readonly WeightPreset[] = parsedCriteria.presets;
export const sources: readonly Source[] = parsedSources.sources;

export const parameterById: ReadonlyMap<string, Parameter> = new Map(
	parameters.map((p) => [p.id, p])
);
export const sourceById: ReadonlyMap<string, Source> = new Map(sources.map((s) => [s.id, s]));
export const modelById: ReadonlyMap<ModelId, Model> = new Map(models.map((m) => [m.id, m]));
export const criterionById: ReadonlyMap<string, Criterion> = new Map(
	criteria.map((c) => [c.id, c])
);
