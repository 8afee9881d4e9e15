/**
 * Validate the files in `data/` with the zod schemas and the cross-file integrity checks. Run by
 * the Vite plugin in `vite.config.ts` (a build with invalid data fails), by the command line at
 * start and by the tests. Throws one error that lists every problem, naming file and field.
 */
import criteriaJson from '../../../data/criteria.json';
import modelsJson from '../../../data/models.json';
import parametersJson from '../../../data/parameters.json';
import sourcesJson from '../../../data/sources.json';
import { checkIntegrity } from './integrity';
import { CriteriaFile, ModelsFile, ParametersFile, SourcesFile } from './schema';

export function validateData(): void {
	const problems: string[] = [];
	const files = [
		['data/parameters.json', ParametersFile, parametersJson],
		['data/models.json', ModelsFile, modelsJson],
		['data/criteria.json', CriteriaFile, criteriaJson],
		['data/sources.json', SourcesFile, sourcesJson]
	] as const;
	const parsed: Record<string, unknown> = {};
	for (const [file, schema, json] of files) {
		const result = schema.safeParse(json);
		if (result.success) parsed[file] = result.data;
		else
			for (const issue of result.error.issues)
				problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	}
	if (problems.length === 0) {
		const issues = checkIntegrity({
			parameters: ParametersFile.parse(parametersJson).parameters,
			models: ModelsFile.parse(modelsJson).models,
			criteria: CriteriaFile.parse(criteriaJson).criteria,
			presets: CriteriaFile.parse(criteriaJson).presets,
			sources: SourcesFile.parse(sourcesJson).sources
		});
		for (const i of issues) problems.push(`data: ${i.check}: ${i.message}`);
	}
	if (problems.length) throw new Error(`invalid data:\n  ${problems.join('\n  ')}`);
}
