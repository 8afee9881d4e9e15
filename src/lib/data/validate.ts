/**
 * Validate the files in `data/` with the zod schemas and the cross-file integrity checks. Run by
 * the Vite plugin in `vite.config.ts` (a build with invalid data fails), by the command line at
 * start and by the tests. Throws one error that lists every problem, naming file and field.
 */
import criteriaJson from '../../../data/criteria.json';
import zonesJson from '../../../data/employer-zones.json';
import modelsJson from '../../../data/models.json';
import parametersJson from '../../../data/parameters.json';
import sourcesJson from '../../../data/sources.json';
import { checkIntegrity } from './integrity';
import { CriteriaFile, EmployerZonesFile, ModelsFile, ParametersFile, SourcesFile } from './schema';

/**
 * The zone table's own checks: every municipality's zone and source exist, and the employer's
 * contribution's range starts at the lowest rate any host municipality has and ends at the
 * highest (so that no zone below the region's lowest is in the range).
 */
function checkZones(): string[] {
	const file = 'data/employer-zones.json';
	const zones = EmployerZonesFile.parse(zonesJson);
	const sourceIds = new Set(SourcesFile.parse(sourcesJson).sources.map((s) => s.id));
	const rateOf = new Map(zones.zones.map((z) => [z.id, z.rate]));
	const problems: string[] = [];
	if (!sourceIds.has(zones.ratesSource))
		problems.push(`${file}: ratesSource: unknown source '${zones.ratesSource}'`);
	for (const m of zones.municipalities) {
		if (!rateOf.has(m.zone)) problems.push(`${file}: ${m.name}: unknown zone '${m.zone}'`);
		for (const s of m.sources)
			if (!sourceIds.has(s)) problems.push(`${file}: ${m.name}: unknown source '${s}'`);
	}
	const rates = zones.municipalities.map((m) => rateOf.get(m.zone) ?? Number.NaN);
	const p = ParametersFile.parse(parametersJson).parameters.find(
		(x) => x.id === 'shared.employerContributionRate'
	);
	if (p && (p.range[0] !== Math.min(...rates) || p.range[1] !== Math.max(...rates)))
		problems.push(
			`data/parameters.json: shared.employerContributionRate: range must be the host municipalities' lowest to highest zone rate (${Math.min(...rates)}–${Math.max(...rates)})`
		);
	return problems;
}

export function validateData(): void {
	const problems: string[] = [];
	const files = [
		['data/parameters.json', ParametersFile, parametersJson],
		['data/models.json', ModelsFile, modelsJson],
		['data/criteria.json', CriteriaFile, criteriaJson],
		['data/sources.json', SourcesFile, sourcesJson],
		['data/employer-zones.json', EmployerZonesFile, zonesJson]
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
		problems.push(...checkZones());
	}
	if (problems.length) throw new Error(`invalid data:\n  ${problems.join('\n  ')}`);
}
