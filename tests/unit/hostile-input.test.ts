// @vitest-environment node
/**
 * Findings 6 and 8 of issue 12: weights far beyond the page's scale, and hostile text on its way
 * to a terminal or a message. Expected values are worked by hand in the comments.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { reportMain } from '../../src/cli/report';
import { escapeControl } from '../../src/cli/terminal-text';
import { criteria } from '../../src/lib/data';
import { ScenarioState } from '../../src/lib/state/scenario.svelte';
import { describeError } from '../../src/lib/present/scenario-errors';
import { WEIGHT_MAX, evaluate, parseScenario, parseScenarioJson } from '../../src/lib/engine';
import { normaliseWeights } from '../../src/lib/engine/scoring';
import { scenarioFromFragment, shareFragment } from '../../src/lib/state/persistence';
import { errorOf } from '../../src/lib/engine/test-helpers';

const DIR = mkdtempSync(join(tmpdir(), 'traineevalg-hostile-'));

async function calc(argv: string[], stdin = '') {
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

describe('finding 6: weights are bounded to the page’s 0–100 scale everywhere', () => {
	it('normalises two weights of 1e308 to one half each instead of overflowing to 0', () => {
		// Divided by the largest (1e308): 1, 1, 0 → sum 2 → ½, ½, 0. The old sum overflowed to
		// Infinity, and 1e308 / Infinity = 0 for every weight.
		expect(normaliseWeights([1e308, 1e308, 0])).toEqual([0.5, 0.5, 0]);
		// Ordinary weights are unchanged by the rescaling: 15, 10, 2.5 → 15/27.5, 10/27.5, 2.5/27.5.
		const w = normaliseWeights([15, 10, 2.5]);
		expect(w[0]).toBeCloseTo(15 / 27.5, 15);
		expect(w[2]).toBeCloseTo(2.5 / 27.5, 15);
	});

	it('refuses a weight above 100 from a file or a link, naming the field and the value', () => {
		const e = errorOf(() =>
			parseScenario({ version: 1, weights: { 'company-cost': 1e308, 'public-cost': 1e308 } })
		);
		expect(e.code).toBe('out-of-range');
		expect(e.message).toBe('weights.company-cost: 1e+308 is outside 0–100');
		// 100 itself is the top of the slider and is accepted.
		expect(parseScenario({ version: 1, weights: { 'company-cost': WEIGHT_MAX } }).weights).toEqual({
			'company-cost': 100
		});
		// A link is parsed by the same function: the fragment of a hand-made scenario is refused.
		const link = shareFragment({ version: 2, values: {}, weights: { ownership: 101 } });
		expect(() => scenarioFromFragment(link)).toThrow(/weights.ownership: 101 is outside 0–100/);
	});

	it('the command line exits 2 for a weight of 1e308 instead of ranking in data order', async () => {
		const r = await calc(['-', '--no-smaa'], '{"version":1,"weights":{"ownership":1e308}}');
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe('error: weights.ownership: 1e+308 is outside 0–100\n');
	});

	it('the page refuses a typed weight above 100 and keeps the one in force', () => {
		const state = new ScenarioState();
		expect(state.setWeight('ownership', '150')).toBe(false);
		expect(state.errors['weights.ownership']?.code).toBe('out-of-range');
		expect(state.rawWeights.ownership).toBe(15); // the study preset's ownership weight
		expect(state.setWeight('ownership', '100')).toBe(true);
		expect(state.rawWeights.ownership).toBe(100);
	});

	it('at the bound, scores stay meaningful: all weight on one criterion ranks by it', () => {
		// Ownership 100, every other criterion 0: the score is ownership's value, (score − 1) / 4,
		// so the models rank by their ownership scores and the best scores exactly 1 (a 5).
		const zero = Object.fromEntries(criteria.map((c) => [c.id, 0]));
		const e = evaluate(parseScenario({ version: 1, weights: { ...zero, ownership: 100 } }));
		expect(e.weights.ownership).toBe(1);
		expect(Math.max(...e.models.map((m) => m.score))).toBe(1);
	});
});

describe('finding 8: the command line and messages with hostile text', () => {
	it('escapes control characters from a scenario name in the table', async () => {
		// ESC [2J clears the screen; ESC ]0;…BEL retitles the window; U+202E reverses text.
		const name = 'Møte\u001b[2J\u001b]0;pwned\u0007\u202eslutt';
		const r = await calc(
			['-', '--no-smaa', '--format', 'table'],
			JSON.stringify({ version: 1, name })
		);
		expect(r.code).toBe(0);
		// eslint-disable-next-line no-control-regex -- looking for control characters
		expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
		expect(r.stdout).toContain('Møte\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e}slutt');
	});

	it('escapes control characters in an error line too', async () => {
		const r = await calc(['-'], '{"version":1,"values":{"x\\u001b[2Jy":1}}');
		expect(r.code).toBe(2);
		expect(r.stderr).toBe('error: values.x\\u{1b}[2Jy: unknown parameter id\n');
	});

	it('keeps Norwegian letters and ordinary text as they are', () => {
		expect(escapeControl('Økonomi – «Æ» og å')).toBe('Økonomi – «Æ» og å');
	});

	it('says what a version of the wrong type was', async () => {
		const r = await calc(['-'], '{"version":"1"}');
		expect(r.stderr).toBe('error: version: unsupported version "1" (text), expected 1 or 2\n');
	});

	it('reports 1e999 as a number too large, not as null', async () => {
		const r = await calc(['-'], '{"version":1,"values":{"shared.horizonYears":1e999}}');
		expect(r.stderr).toBe(
			'error: values.shared.horizonYears: a number too large (over 1.8e308) is not a finite number\n'
		);
	});

	it('says what a value of the wrong type was', async () => {
		const r = await calc(['-'], '{"version":1,"values":{"shared.horizonYears":"8"}}');
		expect(r.stderr).toBe('error: values.shared.horizonYears: "8" (text) is not a finite number\n');
	});

	it('cuts a 200 000-character unknown id short, in the CLI and on the page', () => {
		const id = 'x'.repeat(200_000);
		const e = errorOf(() => parseScenarioJson(JSON.stringify({ version: 1, values: { [id]: 1 } })));
		expect(e.message.length).toBeLessThan(120);
		expect(e.message).toBe(`values.${'x'.repeat(72)}…: unknown parameter id`);
		for (const locale of ['nb', 'en'] as const) {
			const text = describeError(e, 'file', locale);
			expect(text.length).toBeLessThan(250);
			expect(text).toContain('…');
		}
	});

	it('report -o refuses to overwrite its own scenario file, which stays intact', async () => {
		const file = join(DIR, 'scenario.json');
		const text = JSON.stringify({ version: 1, name: 'Behold meg' });
		writeFileSync(file, text);
		let stderr = '';
		let written = false;
		const code = await reportMain([file, '-o', join(DIR, '.', 'scenario.json')], {
			stdout: () => {},
			stderr: (t) => void (stderr += t),
			readStdin: async () => '',
			readFile: (path) => readFile(path, 'utf8'),
			writeFile: async (path, bytes) => {
				written = true;
				await writeFile(path, bytes);
			},
			today: () => '2026-12-02'
		});
		expect(code).toBe(2);
		expect(written).toBe(false);
		expect(stderr).toMatch(/^error: -o: '.*scenario\.json' is the scenario file itself/);
		expect(readFileSync(file, 'utf8')).toBe(text);
	});
});
