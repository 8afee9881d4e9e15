/**
 * Integrity of the study data in data/*.json: the checks pass on the real data, and each check
 * (and each zod schema) rejects a deliberately broken copy, so a passing run means something.
 */
import { describe, expect, it } from 'vitest';
import criteriaJson from '../../data/criteria.json';
import modelsJson from '../../data/models.json';
import parametersJson from '../../data/parameters.json';
import sourcesJson from '../../data/sources.json';
import { criteria, models, parameters, presets, sources } from '$lib/data';
import { MODEL_IDS, ModelsFile, Parameter, ParametersFile, SourcesFile } from '$lib/data/schema';
import {
	checkDefaultsInRange,
	checkIntegrity,
	checkJudgedCriteriaScoreAllModels,
	checkKeyFigureParameters,
	checkModelsComplete,
	checkParametersHaveSources,
	checkPresetsNameExistingCriteria,
	checkSourceReferences,
	checkUniqueIds,
	sourceReferences,
	type DataSet
} from '$lib/data/integrity';

const real: DataSet = { parameters, models, criteria, presets, sources };

/** A deep, mutable copy of the real data to break on purpose. */
function copy(): {
	-readonly [K in keyof DataSet]: DataSet[K] extends readonly (infer T)[] ? T[] : never;
} {
	return structuredClone({
		parameters: [...parameters],
		models: [...models],
		criteria: [...criteria],
		presets: [...presets],
		sources: [...sources]
	});
}

describe('the study data', () => {
	it('has every model of MODEL_IDS, in that order', () => {
		expect(models.map((m) => m.id)).toEqual([...MODEL_IDS]);
	});

	it('gives every parameter at least one source', () => {
		for (const p of parameters) expect(p.sources.length, p.id).toBeGreaterThanOrEqual(1);
		expect(checkParametersHaveSources(real)).toEqual([]);
	});

	it('cites only sources that exist (parameters, key figures, criterion scores)', () => {
		const refs = sourceReferences(real);
		// The walk reaches all three kinds of reference.
		expect(refs.some((r) => r.where.startsWith('parameter'))).toBe(true);
		expect(refs.some((r) => r.where.includes('key figure'))).toBe(true);
		expect(refs.some((r) => r.where.startsWith('criterion'))).toBe(true);
		expect(checkSourceReferences(real)).toEqual([]);
	});

	it('names only existing parameters in key figures', () => {
		expect(checkKeyFigureParameters(real)).toEqual([]);
	});

	it('has unique ids for parameters, models, criteria, presets and sources', () => {
		expect(checkUniqueIds(real)).toEqual([]);
	});

	it('keeps every default inside its range', () => {
		for (const p of parameters) {
			expect(p.range[0], p.id).toBeLessThanOrEqual(p.default);
			expect(p.default, p.id).toBeLessThanOrEqual(p.range[1]);
		}
		expect(checkDefaultsInRange(real)).toEqual([]);
	});

	it('scores all six models on every judged criterion', () => {
		expect(criteria.some((c) => c.basis === 'judged')).toBe(true);
		expect(checkJudgedCriteriaScoreAllModels(real)).toEqual([]);
	});

	it('names only existing criteria in weight presets', () => {
		expect(checkPresetsNameExistingCriteria(real)).toEqual([]);
	});

	it('passes every check together', () => {
		expect(checkIntegrity(real)).toEqual([]);
	});

	it('carries the study’s figures for Trainee Innlandet and Fjelltrainee', () => {
		const byId = new Map(parameters.map((p) => [p.id, p]));
		expect(byId.get('trainee-innlandet.membershipFeePerYear')?.default).toBe(20000);
		expect(byId.get('trainee-innlandet.serviceFeePerTraineePerTertial')?.default).toBe(29013);
		expect(byId.get('trainee-innlandet.salaryYear1')?.default).toBe(540000);
		expect(byId.get('trainee-innlandet.salaryYear2')?.default).toBe(600000);
		// TI's 80 % is its own claim for its own region (§4.1): an assumption whose range reaches
		// the 2011 evaluation's 54 % (§1.5) and Distriktssenteret's 50 % three years after.
		const tiRetention = byId.get('trainee-innlandet.retentionShare')!;
		expect(tiRetention.kind).toBe('assumption');
		expect(tiRetention.range).toEqual([0.5, 0.8]);
		expect(tiRetention.default).toBe(0.66);
		expect(tiRetention.sources.map((r) => r.section ?? r.source)).toEqual([
			'§4.1',
			'§1.5',
			'distriktssenteret-2011-summary'
		]);
		expect(byId.get('fjelltrainee.membershipFeePerYear')?.default).toBe(9500);
		// §4.2 does not say whether the 7 500 is per company or per trainee: one meaning, per trainee.
		const surcharge = byId.get('fjelltrainee.hiringSurchargePerYear')!;
		expect(surcharge.default).toBe(7500);
		expect(surcharge.unit).toBe('nok-per-trainee-per-year');
		expect(surcharge.kind).toBe('assumption');
		expect(byId.get('fjelltrainee.countyGrantTroendelagPerYear')?.default).toBe(400000);
		expect(byId.get('fjelltrainee.retentionShare')?.default).toBe(0.5);
	});

	it('shows Fjelltrainee’s completed trainees as the study’s range, 41 (§1.4) to about 50 (§4.2)', () => {
		const fjell = models.find((m) => m.id === 'fjelltrainee')!;
		const completed = fjell.keyFigures.find((k) => k.value === 41)!;
		expect(completed.valueHigh).toBe(50);
		expect(completed.sources!.map((r) => r.section)).toEqual(['§1.4', '§4.2']);
	});

	it('cites no section for what it does not say', () => {
		const byId = new Map(parameters.map((p) => [p.id, p]));
		// §3.1 is the survey that "gives little or no value": it supports no member count.
		const members = byId.get('own-scheme.newMemberCompanies')!;
		expect(members.sources.map((r) => r.section)).not.toContain('§3.1');
		// The eight municipalities are §1.4's list; §4.2 gives the ten trainees a year.
		const intake = byId.get('own-scheme.newTraineesPerYear')!;
		expect(intake.sources.map((r) => r.section)).toEqual(['§4.2', '§1.4']);
	});
});

describe('the checks reject broken data', () => {
	it('a parameter without sources', () => {
		const data = copy();
		data.parameters[0]!.sources = [];
		expect(checkParametersHaveSources(data)).toEqual([
			{ check: 'parameter-sources', message: `parameter '${data.parameters[0]!.id}' has no source` }
		]);
		expect(checkIntegrity(data).map((i) => i.check)).toContain('parameter-sources');
	});

	it('a default outside its range', () => {
		const data = copy();
		const fee = data.parameters.find((p) => p.id === 'trainee-innlandet.membershipFeePerYear')!;
		fee.default = 25000;
		const issues = checkDefaultsInRange(data);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.message).toContain('trainee-innlandet.membershipFeePerYear');
	});

	it('a range whose low end is above its high end', () => {
		const data = copy();
		data.parameters[0]!.range = [10, 3];
		expect(checkDefaultsInRange(data).map((i) => i.check)).toEqual(['default-in-range']);
	});

	it('a duplicated id', () => {
		const data = copy();
		data.parameters.push(structuredClone(data.parameters[3]!));
		data.sources.push(structuredClone(data.sources[0]!));
		const messages = checkUniqueIds(data).map((i) => i.message);
		expect(messages).toEqual([
			`parameter id '${data.parameters[3]!.id}' occurs more than once`,
			`source id 'study' occurs more than once`
		]);
	});

	it('a dangling source reference, wherever it is', () => {
		const data = copy();
		data.parameters[0]!.sources[0]!.source = 'no-such-source';
		const literal = data.models[0]!.keyFigures.find((k) => k.sources)!;
		literal.sources![0]!.source = 'also-missing';
		const judged = data.criteria.find((c) => c.scores)!;
		judged.scores!['fjelltrainee']!.sources[0]!.source = 'gone';
		const messages = checkSourceReferences(data).map((i) => i.message);
		expect(messages).toHaveLength(3);
		expect(messages[0]).toContain("unknown source 'no-such-source'");
		expect(messages[1]).toContain("unknown source 'also-missing'");
		expect(messages[2]).toContain("unknown source 'gone'");
	});

	it('a removed source that is still cited', () => {
		const data = copy();
		data.sources = data.sources.filter((s) => s.id !== 'study');
		expect(checkSourceReferences(data).length).toBeGreaterThan(10);
	});

	it('a key figure naming a parameter that does not exist', () => {
		const data = copy();
		const figure = data.models[2]!.keyFigures.find((k) => k.parameter)!;
		figure.parameter = 'trainee-innlandet.noSuchThing';
		expect(checkKeyFigureParameters(data)).toHaveLength(1);
	});

	it('a judged criterion that skips a model', () => {
		const data = copy();
		const judged = data.criteria.find((c) => c.basis === 'judged')!;
		delete (judged.scores as Partial<Record<string, unknown>>)['status-quo'];
		expect(checkJudgedCriteriaScoreAllModels(data)).toEqual([
			{
				check: 'judged-scores',
				message: `judged criterion '${judged.id}' does not score model 'status-quo'`
			}
		]);
	});

	it('a preset weighting a criterion that does not exist', () => {
		const data = copy();
		data.presets[0]!.weights['no-such-criterion'] = 5;
		expect(checkPresetsNameExistingCriteria(data)).toHaveLength(1);
	});

	it('a missing model', () => {
		const data = copy();
		data.models = data.models.filter((m) => m.id !== 'fjelltrainee');
		expect(checkModelsComplete(data).map((i) => i.message)).toEqual([
			"model 'fjelltrainee' is missing"
		]);
	});
});

describe('the zod schemas reject broken data', () => {
	it('accept the real files', () => {
		expect(ParametersFile.safeParse(parametersJson).success).toBe(true);
		expect(ModelsFile.safeParse(modelsJson).success).toBe(true);
		expect(SourcesFile.safeParse(sourcesJson).success).toBe(true);
		expect(criteriaJson.criteria.length).toBeGreaterThan(0);
	});

	it('a parameter without sources', () => {
		const broken = structuredClone(parametersJson);
		broken.parameters[0]!.sources = [];
		expect(ParametersFile.safeParse(broken).success).toBe(false);
	});

	it('a default outside its range', () => {
		const broken = structuredClone(parametersJson.parameters[0]!);
		broken.default = broken.range[1]! + 1;
		const result = Parameter.safeParse(broken);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.message).join()).toMatch(/outside range/);
	});

	it('a source id with characters not allowed', () => {
		const broken = structuredClone(sourcesJson);
		broken.sources[0]!.id = 'Not An Id';
		expect(SourcesFile.safeParse(broken).success).toBe(false);
	});

	it('a key figure with neither parameter nor value', () => {
		const broken = structuredClone(modelsJson);
		broken.models[0]!.keyFigures[0] = { label: { nb: 'x', en: 'x' } } as never;
		expect(ModelsFile.safeParse(broken).success).toBe(false);
	});

	it('a duplicated id and a dangling source ref pass the schemas but not the checks', () => {
		const data = copy();
		data.parameters.push(structuredClone(data.parameters[0]!));
		data.parameters[1]!.sources[0]!.source = 'dangling';
		// Each item is still valid on its own ...
		expect(ParametersFile.safeParse({ parameters: data.parameters }).success).toBe(true);
		// ... which is why the cross-file checks exist.
		const checks = checkIntegrity(data).map((i) => i.check);
		expect(checks).toContain('unique-ids');
		expect(checks).toContain('source-refs');
	});
});
