// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { main } from '../../src/cli/main';
import { criteria, MODEL_IDS, parameters } from '../../src/lib/data';
import { boundsOf } from '../../src/lib/engine';

const ROOT = resolve(import.meta.dirname, '../..');
const MONEY = /^\d+\.\d{2}$/;
const NBSP = '\u00a0';

async function cli(argv: string[], stdin = '') {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, {
		stdout: (text) => void (stdout += text),
		stderr: (text) => void (stderr += text),
		readStdin: async () => stdin,
		readFile: (path) => readFile(path, 'utf8')
	});
	return { code, stdout, stderr };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function calcJson(argv: string[], stdin = ''): Promise<Json> {
	const r = await cli(argv, stdin);
	expect(r.stderr).toBe('');
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout);
}

function model(result: Json, id: string): Json {
	const m = result.models.find((x: Json) => x.id === id);
	expect(m, id).toBeDefined();
	return m;
}

/** Every string leaf of a money tree is a two-decimal amount. */
function moneyLeaves(tree: Json, path = ''): [string, unknown][] {
	if (tree === null) return [];
	if (typeof tree !== 'object') return [[path, tree]];
	return Object.entries(tree).flatMap(([k, v]) =>
		k === 'year' ? [] : moneyLeaves(v, `${path}.${k}`)
	);
}

describe('calc: result JSON', () => {
	it('evaluates the study figures: every model with the documented fields', async () => {
		const r = await calcJson(['--no-smaa']);
		expect(r.models).toHaveLength(MODEL_IDS.length);
		expect(r.ranking).toHaveLength(MODEL_IDS.length);
		expect(r.horizonYears).toBe(5);
		expect(r.scenario).toEqual({ version: 2, values: {}, weights: {} });
		expect(r.smaa).toBeNull();
		const weights = Object.values(r.weights as Record<string, number>);
		expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);

		for (const m of r.models) {
			expect(Object.keys(m)).toEqual(
				expect.arrayContaining([
					'id',
					'name',
					'rank',
					'score',
					'probabilityFirst',
					'companyCost',
					'publicCost',
					'retention',
					'publicCostPer',
					'schemeCostPer',
					'contributions'
				])
			);
			expect(m.probabilityFirst).toBeNull();
			expect(r.ranking[m.rank - 1]).toBe(m.id);
			expect(typeof m.score).toBe('number');

			const c = m.companyCost;
			expect(c.total).toMatch(MONEY);
			expect(c.presentValue).toMatch(MONEY);
			expect(Object.keys(c.byComponent).sort()).toEqual(
				[
					'employerContribution',
					'holidayPay',
					'membership',
					'pension',
					'salary',
					'traineeFees'
				].sort()
			);
			expect(c.byYear).toHaveLength(2);
			// The undiscounted total is the sum of all components, exactly.
			const components = Object.values(c.byComponent as Record<string, string>);
			expect(components.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe(c.total);

			const p = m.publicCost;
			for (const part of ['region', 'county', 'public']) {
				expect(p[part].total).toMatch(MONEY);
				expect(p[part].presentValue).toMatch(MONEY);
			}
			expect(p.byYear).toHaveLength(5);
			for (const [path, leaf] of [...moneyLeaves(c), ...moneyLeaves(p)])
				expect(leaf, path).toMatch(MONEY);

			for (const k of ['trainees', 'retained', 'attributable'])
				expect(typeof m.retention[k]).toBe('number');
			for (const per of [m.publicCostPer, m.schemeCostPer])
				expect(Object.keys(per).sort()).toEqual(['perAttributable', 'perRetained', 'perTrainee']);

			expect(Object.keys(m.contributions)).toEqual(Object.keys(r.weights));
			const sum = Object.values(m.contributions as Record<string, number>).reduce((a, b) => a + b);
			expect(sum).toBeCloseTo(m.score, 12);
		}
		// The zero alternative adds no graduates: nothing per graduate is defined.
		const zero = model(r, 'status-quo');
		expect(zero.retention.trainees).toBe(0);
		expect(zero.publicCostPer).toEqual({
			perTrainee: null,
			perRetained: null,
			perAttributable: null
		});
		// Names in Norwegian by default.
		expect(model(r, 'naeringshage-consortium').name).toMatch(/næringshager/);
	});

	it("raises Trainee Innlandet's company cost by exactly the higher tertial fee", async () => {
		const base = await calcJson(['--no-smaa']);
		const changed = await calcJson(
			['-', '--no-smaa'],
			JSON.stringify({
				version: 1,
				values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30000 }
			})
		);
		const before = new Decimal(model(base, 'trainee-innlandet').companyCost.total);
		const after = new Decimal(model(changed, 'trainee-innlandet').companyCost.total);
		// (30 000 − 29 013) kr × 3 tertials a year × 2 programme years = 987 × 6 = 5 922 kr.
		const expected = (30000 - 29013) * 3 * 2;
		expect(expected).toBe(5922);
		expect(after.minus(before).toFixed(2)).toBe('5922.00');
		// Other models are untouched.
		expect(model(changed, 'fjelltrainee').companyCost).toEqual(
			model(base, 'fjelltrainee').companyCost
		);
		expect(changed.scenario.values).toEqual({
			'trainee-innlandet.serviceFeePerTraineePerTertial': 30000
		});
	});

	it('keeps only real changes in the scenario it echoes', async () => {
		const r = await calcJson(
			['-', '--no-smaa'],
			JSON.stringify({
				version: 1,
				name: 'Test',
				values: { 'shared.horizonYears': 5, 'shared.discountRate': 0.03 },
				weights: { 'competence-fit': 15, 'company-cost': 20 }
			})
		);
		expect(r.scenario).toEqual({
			version: 2,
			name: 'Test',
			values: { 'shared.discountRate': 0.03 },
			weights: { 'company-cost': 20 }
		});
	});

	it('reads a scenario file given by path, and strips a byte-order mark', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'calc-'));
		const file = join(dir, 'scenario.json');
		writeFileSync(
			file,
			'\uFEFF' + JSON.stringify({ version: 1, values: { 'shared.horizonYears': 8 } })
		);
		const r = await calcJson([file, '--no-smaa']);
		expect(r.horizonYears).toBe(8);
		expect(r.models[0].publicCost.byYear).toHaveLength(8);
	});

	it('gives English names with --lang en', async () => {
		const r = await calcJson(['--no-smaa', '--lang', 'en']);
		expect(r.lang).toBe('en');
		expect(model(r, 'status-quo').shortName).toBe('Zero alternative');
		expect(model(r, 'naeringshage-consortium').name).not.toMatch(/næringshager/);
		expect(r.criteria.find((c: Json) => c.id === 'company-cost').label).toBe(
			'Cost to a member company'
		);
	});

	it('runs SMAA with the given samples and seed, reproducibly', async () => {
		const args = ['--samples', '300', '--seed', '7', '--weight-uncertainty', '0.5'];
		const a = await calcJson(args);
		const b = await calcJson(args);
		expect(a.smaa.options).toEqual({ samples: 300, seed: 7, weightUncertainty: 0.5 });
		const total = a.models.reduce((s: number, m: Json) => s + m.probabilityFirst, 0);
		expect(total).toBeCloseTo(1, 9);
		for (const m of a.models) {
			expect(m.probabilityFirst).toBeGreaterThanOrEqual(0);
			expect(a.smaa.rankAcceptability[m.id]).toHaveLength(MODEL_IDS.length);
			expect(m.id in a.smaa.centralWeights).toBe(true);
			expect(m.id in a.smaa.confidence).toBe(true);
		}
		expect(b.models.map((m: Json) => m.probabilityFirst)).toEqual(
			a.models.map((m: Json) => m.probabilityFirst)
		);
	});
});

describe('calc: bad input exits 2 with one line naming the field', () => {
	const zeroWeights = Object.fromEntries(
		[
			'competence-fit',
			'company-cost',
			'public-cost',
			'graduates-retained',
			'competition',
			'ownership',
			'funding-certainty',
			'candidate-attraction',
			'distance-meeting-places',
			'time-to-start'
		].map((id) => [id, 0])
	);
	const scenario = (x: object) => JSON.stringify({ version: 1, ...x });
	const cases: { name: string; argv: string[]; stdin?: string; field: string }[] = [
		{ name: 'invalid JSON', argv: ['-'], stdin: '{"version": 1,', field: 'invalid JSON' },
		{ name: 'empty input', argv: ['-'], stdin: '', field: 'invalid JSON' },
		{
			name: 'unknown parameter',
			argv: ['-'],
			stdin: scenario({ values: { 'own-scheme.nope': 1 } }),
			field: 'values.own-scheme.nope'
		},
		{
			name: 'unknown criterion',
			argv: ['-'],
			stdin: scenario({ weights: { beauty: 1 } }),
			field: 'weights.beauty'
		},
		{
			name: 'negative fee',
			argv: ['-'],
			stdin: scenario({ values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': -1 } }),
			field: 'values.trainee-innlandet.serviceFeePerTraineePerTertial'
		},
		{
			name: 'share above 1',
			argv: ['-'],
			stdin: scenario({ values: { 'trainee-innlandet.retentionShare': 1.5 } }),
			field: 'values.trainee-innlandet.retentionShare'
		},
		{
			name: 'share below 0',
			argv: ['-'],
			stdin: scenario({ values: { 'shared.attributionShare': -0.1 } }),
			field: 'values.shared.attributionShare'
		},
		{
			name: 'horizon of 0 years',
			argv: ['-'],
			stdin: scenario({ values: { 'shared.horizonYears': 0 } }),
			field: 'values.shared.horizonYears'
		},
		{
			name: 'horizon of 51 years',
			argv: ['-'],
			stdin: scenario({ values: { 'shared.horizonYears': 51 } }),
			field: 'values.shared.horizonYears: 51 is outside 1–50'
		},
		{
			name: 'all weights zero',
			argv: ['-'],
			stdin: scenario({ weights: zeroWeights }),
			field: 'weights: all weights are zero'
		},
		{
			name: 'wrong version',
			argv: ['-'],
			stdin: JSON.stringify({ version: 3 }),
			field: 'version'
		},
		{
			name: 'missing file',
			argv: [join(tmpdir(), 'calc-no-such-dir', 'missing.json')],
			field: 'missing.json: file not found'
		},
		{ name: 'unknown option', argv: ['--frobnicate'], field: '--frobnicate: unknown option' },
		{ name: 'unknown option value', argv: ['--format', 'xml'], field: '--format' },
		{ name: 'unknown language', argv: ['--lang', 'sv'], field: '--lang' },
		{ name: 'samples not a number', argv: ['--samples', 'many'], field: '--samples' },
		{ name: 'samples zero', argv: ['--samples', '0'], field: '--samples' },
		{
			name: 'weight uncertainty above 1',
			argv: ['--weight-uncertainty=2'],
			field: '--weight-uncertainty: 2 is outside 0–1'
		},
		{ name: 'seed without value', argv: ['--seed'], field: '--seed: needs a value' },
		{ name: 'two files', argv: ['a.json', 'b.json'], field: 'b.json' }
	];
	for (const c of cases)
		it(c.name, async () => {
			const r = await cli(c.argv, c.stdin ?? '');
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			const lines = r.stderr.split('\n');
			expect(lines).toHaveLength(2);
			expect(lines[1]).toBe('');
			expect(lines[0]).toMatch(/^error: /);
			expect(lines[0]).toContain(c.field);
		});
});

describe('calc: listings', () => {
	it('lists all 97 parameters with value, unit, range, kind and sources', async () => {
		const list = await calcJson(['--parameters']);
		expect(list).toHaveLength(97);
		const fee = list.find((p: Json) => p.id === 'trainee-innlandet.serviceFeePerTraineePerTertial');
		expect(fee).toMatchObject({
			value: 29013,
			unit: 'nok-per-trainee-per-tertial',
			kind: 'fact'
		});
		expect(fee.sources).toContainEqual({ source: 'study', section: '§4.1' });
		for (const p of list) {
			expect(Object.keys(p)).toEqual(
				expect.arrayContaining(['id', 'label', 'value', 'unit', 'range', 'kind', 'sources'])
			);
			expect(p.sources.length).toBeGreaterThan(0);
		}
		const en = await calcJson(['--parameters', '--lang', 'en']);
		expect(en.find((p: Json) => p.id === 'shared.horizonYears').label).toBe('Analysis horizon');
	});

	it('lists the parameters as a table', async () => {
		const r = await cli(['--parameters', '--format', 'table']);
		expect(r.code).toBe(0);
		const lines = r.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(97 + 2);
		expect(r.stdout).toContain('trainee-innlandet.serviceFeePerTraineePerTertial');
		expect(r.stdout).toContain(`29${NBSP}013`);
	});

	it('prints the scenario JSON Schema with parameter and criterion ids', async () => {
		const schema = await calcJson(['--schema']);
		const values = schema.properties.values;
		expect(values).toBeDefined();
		expect(Object.keys(values.properties)).toHaveLength(97);
		expect(values.additionalProperties).toBe(false);
		expect(values.properties['shared.horizonYears']).toMatchObject({
			type: 'integer',
			minimum: 1,
			maximum: 50
		});
		expect(values.properties['trainee-innlandet.retentionShare']).toMatchObject({
			minimum: 0,
			maximum: 1
		});
		// The schema's bounds are the engine's: what it allows, parseScenario allows.
		for (const p of parameters) {
			const b = boundsOf(p);
			expect(values.properties[p.id]).toMatchObject({
				type: b.integer ? 'integer' : 'number',
				minimum: b.min,
				maximum: b.max,
				default: p.default
			});
		}
		expect(Object.keys(schema.properties.weights.properties)).toEqual(criteria.map((c) => c.id));
		expect(schema.required).toEqual(['version']);
		expect(schema.additionalProperties).toBe(false);
	});

	it('prints help mentioning the exact money format', async () => {
		const nb = await cli(['--help']);
		expect(nb.code).toBe(0);
		expect(nb.stdout).toContain('to desimaler');
		const en = await cli(['--help', '--lang', 'en']);
		expect(en.stdout).toMatch(/two decimals/);
		expect(en.stdout).toMatch(/never went through a floating-point number/);
	});

	it('lists every option in its help, with the defaults filled in, in both languages', async () => {
		const nb = (await cli(['--help'])).stdout;
		const en = (await cli(['-h', '--lang', 'en'])).stdout;
		expect(nb).toMatch(/^Traineevalg – beregning fra kommandolinjen\n/);
		expect(nb).toContain('\nValg:\n');
		expect(en).toContain('\nOptions:\n');
		expect(nb).toContain(
			'  --samples N              antall Monte Carlo-trekk i SMAA (standard: 10000)'
		);
		expect(en).toContain(
			'  --seed N                 seed of the random generator (default: 20240806)'
		);
		expect(en).toContain('how imprecise the weights are, 0–1 (default: 0.3)');
		expect(en).toContain('{ "version": 2, "name": "…", "values": { "<parameter id>": number },');
		for (const text of [nb, en]) {
			for (const option of [
				'--format json|table',
				'--lang nb|en',
				'--samples N',
				'--seed N',
				'--weight-uncertainty X',
				'--no-smaa',
				'--parameters',
				'--schema',
				'-h, --help'
			])
				expect(text).toContain(`\n  ${option} `);
			expect(text).not.toMatch(/\{\w+\}/);
			for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
		}
	});
});

describe('calc: table format', () => {
	it('summarises ranking, costs and graduates in Norwegian', async () => {
		const r = await cli(['--no-smaa', '--format', 'table']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Rangering');
		expect(r.stdout).toContain(`1${NBSP}533${NBSP}648${NBSP}kr`);
		expect(r.stdout).toContain('Nullalternativet');
		expect(r.stdout).toMatch(/^1 {2}Trainee Innlandet/m);
	});

	it('summarises in English with --lang en', async () => {
		const r = await cli(['--no-smaa', '--format', 'table', '--lang', 'en']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Ranking');
		expect(r.stdout).toContain(`NOK${NBSP}1,533,648`);
		expect(r.stdout).toContain('Zero alternative');
	});

	it('lists a changed judgement beside the tool’s reading', async () => {
		// data/criteria.json: ownership / own scheme 1 [1–2]; a score of 2 keeps the range 1–2.
		const changed = JSON.stringify({
			version: 2,
			judgements: { ownership: { 'own-scheme': { score: 2 } } }
		});
		const r = await cli(['-', '--no-smaa', '--format', 'table'], changed);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain(
			'  Eierskap og organisering, Egen ordning: 2 [1–2] (verktøyets lesning: 1 [1–2])'
		);
	});

	it('writes the horizon with the right word form', async () => {
		const oneYear = JSON.stringify({ version: 1, values: { 'shared.horizonYears': 1 } });
		const en = await cli(['-', '--no-smaa', '--format', 'table', '--lang', 'en'], oneYear);
		expect(en.stdout).toContain('\nAnalysis horizon: 1 year\n');
		const nb = await cli(['--no-smaa', '--format', 'table']);
		expect(nb.stdout).toContain('\nAnalyseperiode: 5 år\n');
		// The programme lasts two years whatever the horizon (§4.1).
		expect(nb.stdout).toContain('hele programmet (2 år)');
	});
});

describe('calc: the real command', () => {
	it('npm run calc reads a scenario from standard input', () => {
		const input = JSON.stringify({ version: 1, values: { 'shared.horizonYears': 6 } });
		const p = spawnSync('npm', ['run', '--silent', 'calc', '--', '-', '--no-smaa'], {
			cwd: ROOT,
			input,
			encoding: 'utf8'
		});
		expect(p.stderr).toBe('');
		expect(p.status).toBe(0);
		const r = JSON.parse(p.stdout);
		expect(r.horizonYears).toBe(6);
		expect(r.models).toHaveLength(MODEL_IDS.length);
	}, 60_000);

	it('exits 2 with one line on stderr for an unknown parameter', () => {
		const p = spawnSync('npx', ['tsx', 'src/cli/calc.ts', '-', '--no-smaa'], {
			cwd: ROOT,
			input: JSON.stringify({ version: 1, values: { 'shared.nope': 1 } }),
			encoding: 'utf8'
		});
		expect(p.status).toBe(2);
		expect(p.stdout).toBe('');
		expect(p.stderr).toBe('error: values.shared.nope: unknown parameter id\n');
	}, 60_000);
});

describe('calc --group: council mode', () => {
	/** Weights on one criterion only: every other criterion 0 (the default preset fills gaps). */
	const only = (id: string) =>
		Object.fromEntries(criteria.map((c) => [c.id, c.id === id ? 100 : 0]));
	const dir = mkdtempSync(join(tmpdir(), 'calc-group-'));
	const file = (name: string, content: unknown) => {
		const path = join(dir, name);
		writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
		return path;
	};
	// data/criteria.json: competence fit puts the fagskole scheme first (5; own scheme 3, the
	// rest 2 or 1); process under way puts the consortium first (5; TI 3).
	const anna = file('anna.json', { version: 2, name: 'Anna', weights: only('competence-fit') });
	const bjorn = file('bjorn.json', { version: 2, weights: only('process-under-way') });
	const cato = file('cato.json', { version: 2, name: 'Cato', weights: only('competence-fit') });

	it('prints each member’s ranking, the shares first and the group probabilities as JSON', async () => {
		const r = await calcJson(['--group', anna, bjorn, cato, '--samples', '2000', '--seed', '7']);
		expect(r.group.members).toEqual([
			{
				name: 'Anna',
				file: anna,
				ranking: [
					'fagskole-scheme',
					'own-scheme',
					'trainee-innlandet',
					'fjelltrainee',
					'naeringshage-consortium',
					'status-quo'
				]
			},
			// no name in the file: the file's name without .json
			{
				name: 'bjorn',
				file: bjorn,
				ranking: [
					'naeringshage-consortium',
					'trainee-innlandet',
					'fagskole-scheme',
					'fjelltrainee',
					'own-scheme',
					'status-quo'
				]
			},
			expect.objectContaining({ name: 'Cato' })
		]);
		// fagskole first for Anna and Cato (2 of 3), the consortium for Bjørn (1 of 3)
		expect(r.group.shareFirst['fagskole-scheme']).toBeCloseTo(2 / 3, 15);
		expect(r.group.shareFirst['naeringshage-consortium']).toBeCloseTo(1 / 3, 15);
		expect(r.group.shareFirst['trainee-innlandet']).toBe(0);
		expect(r.group.majority).toBe('fagskole-scheme');
		// Every sample's winner is its member's (see group.test.ts): about 2/3 and 1/3.
		expect(Math.abs(r.group.probabilityFirst['fagskole-scheme'] - 2 / 3)).toBeLessThan(0.05);
		expect(
			r.group.probabilityFirst['fagskole-scheme'] +
				r.group.probabilityFirst['naeringshage-consortium']
		).toBeCloseTo(1, 12);
		// mean weights: fit (1 + 0 + 1)/3 = 2/3, process 1/3
		expect(r.group.meanWeights['competence-fit']).toBeCloseTo(2 / 3, 15);
		expect(r.group.meanWeights['process-under-way']).toBeCloseTo(1 / 3, 15);
		expect(r.group.options).toEqual({ samples: 2000, seed: 7, weightUncertainty: 0 });
		expect(r.base).toEqual({ version: 2, values: {}, weights: {} });
		expect(r.group.disagreement[0].criterion).toBe('competence-fit');
	});

	it('prints the tables in Norwegian by default, in English with --lang en', async () => {
		const nb = await cli(['--group', anna, bjorn, cato, '--samples', '500', '--format', 'table']);
		expect(nb.code).toBe(0);
		expect(nb.stdout).toMatch(/^Traineevalg — gruppe på 3 medlemmer\n/);
		expect(nb.stdout).toMatch(/^Anna {4}Fagskoletrainee {7}Egen ordning/m);
		expect(nb.stdout).toMatch(/^bjorn {3}Næringshagesamarbeid/m);
		// 2 of 3 members: 66,7 %; 1 of 3: 33,3 %
		expect(nb.stdout).toMatch(/^1 {2}Fagskoletrainee +66,7\u00a0%/m);
		expect(nb.stdout).toMatch(/^2 {2}Næringshagesamarbeid +33,3\u00a0%/m);
		expect(nb.stdout).toContain(
			'Flertall: Fagskoletrainee er først for mer enn halvparten av medlemmene.'
		);
		const en = await cli([
			'--group',
			anna,
			bjorn,
			'--samples',
			'500',
			'--format',
			'table',
			'--lang',
			'en'
		]);
		expect(en.code).toBe(0);
		expect(en.stdout).toContain("Each member's ranking");
		// 1 of 2 each: exactly half is no majority
		expect(en.stdout).toContain('No model is first for more than half of the members.');
	});

	it('computes on the figures of --base and warns that a member’s values are not used', async () => {
		const base = file('base.json', {
			version: 2,
			name: 'Møtet',
			values: { 'shared.horizonYears': 3 }
		});
		const withValues = file('values.json', {
			version: 2,
			values: { 'shared.horizonYears': 8 },
			weights: only('ownership')
		});
		const r = await cli(['--group', anna, withValues, '--base', base, '--samples', '100']);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe(
			`warning: ${withValues}: a member's 'values' are not used; the group is computed on the figures of --base (or the study's)\n`
		);
		expect(JSON.parse(r.stdout).base).toEqual({
			version: 2,
			name: 'Møtet',
			values: { 'shared.horizonYears': 3 },
			weights: {}
		});
	});

	it('exits 2 naming the file and the field of a bad member', async () => {
		const bad = file('bad.json', { version: 2, weights: { ownership: -1 } });
		const r = await cli(['--group', anna, bad]);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(`error: ${bad}: weights.ownership: weight -1 is negative\n`);
		const judged = file('judged.json', {
			version: 2,
			judgements: { ownership: { 'own-scheme': { score: 9 } } }
		});
		expect((await cli(['--group', judged])).stderr).toBe(
			`error: ${judged}: judgements.ownership.own-scheme.score: 9 is outside 1–5\n`
		);
		const broken = file('broken.json', '{ "version": 2, ');
		const b = await cli(['--group', anna, broken]);
		expect(b.code).toBe(2);
		expect(b.stderr).toMatch(new RegExp(`^error: ${broken}: \\(root\\): invalid JSON`));
		const missing = join(dir, 'nobody.json');
		expect((await cli(['--group', anna, missing])).stderr).toBe(
			`error: ${missing}: file not found\n`
		);
		const badBase = file('badbase.json', { version: 2, values: { 'shared.nope': 1 } });
		expect((await cli(['--group', anna, '--base', badBase])).stderr).toBe(
			`error: ${badBase}: values.shared.nope: unknown parameter id\n`
		);
	});

	it('refuses arguments that do not make a group', async () => {
		for (const [argv, message] of [
			[['--group'], '--group: needs at least one member scenario file'],
			[['--group', '-'], "--group: members are files; '-' (standard input) is not one"],
			[['--group', anna, '--no-smaa'], '--no-smaa: cannot be combined with --group'],
			[['--group', anna, '--parameters'], '--parameters: cannot be combined with --group'],
			[['--group', anna, '--schema'], '--schema: cannot be combined with --group'],
			[[anna, '--base', anna], '--base: only with --group'],
			[[anna, bjorn], `${bjorn}: only one scenario file may be given`]
		] as const) {
			const r = await cli([...argv]);
			expect(r.code, argv.join(' ')).toBe(2);
			expect(r.stderr).toContain(`error: ${message}`);
		}
	});

	it('lists --group and --base in the help', async () => {
		const en = (await cli(['--help', '--lang', 'en'])).stdout;
		expect(en).toContain('\n  --group ');
		expect(en).toContain('\n  --base FILE ');
		expect(en).toContain('npm run calc -- --group a.json b.json …');
		const nb = (await cli(['--help'])).stdout;
		expect(nb).toContain('\n  --base FIL ');
	});
});
