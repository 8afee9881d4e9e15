/**
 * Scenarios outside the page ($lib/state/persistence): share links, files, the saved list and the
 * autosave. Everything read back is validated; a damaged link names the field. Damaged storage
 * is covered in storage/repair.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenarioJson, type Scenario } from '$lib/engine';
import { errorOf } from '$lib/engine/test-helpers';
import {
	changeCount,
	freeName,
	scenarioFileName,
	scenarioFileText,
	scenarioFromFragment,
	shareFragment
} from '$lib/state/persistence';
import {
	deleteSaved,
	listSaved,
	readDraft,
	saveByName,
	undoChange,
	writeDraft,
	type SavedScenario
} from '$lib/state/storage';

const TI_FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';
const TI_MEMBERSHIP = 'trainee-innlandet.membershipFeePerYear';

/** `#s=` and the text in base64url, as a share link carries it (built here with Node's Buffer). */
function fragmentOf(text: string): string {
	return `#s=${Buffer.from(text, 'utf8').toString('base64url')}`;
}

afterEach(() => localStorage.clear());

describe('share links', () => {
	it('round-trips a scenario with Norwegian letters in its name', () => {
		const scenario: Scenario = {
			version: 2,
			name: 'Høy lønn i Åmot – «ærlig» anslag',
			values: { [TI_FEE]: 30_000, 'shared.discountRate': 0.035 },
			weights: { 'competence-fit': 40 }
		};
		const fragment = shareFragment(scenario);
		// base64url: no '+', '/' or '=' to be mangled in an address.
		expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
		expect(scenarioFromFragment(fragment)).toEqual(scenario);
	});

	it('holds only the changes from the study', () => {
		// 20 000 is the study's TI membership fee and 15 the study preset's weight for competence-fit.
		const fragment = shareFragment({
			version: 2,
			values: { [TI_MEMBERSHIP]: 20_000, [TI_FEE]: 30_000 },
			weights: { 'competence-fit': 15 }
		});
		const json = Buffer.from(fragment.slice('#s='.length), 'base64url').toString('utf8');
		expect(JSON.parse(json)).toEqual({ version: 2, values: { [TI_FEE]: 30_000 }, weights: {} });
	});

	it('finds no scenario in an address without one', () => {
		expect(scenarioFromFragment('')).toBeNull();
		expect(scenarioFromFragment('#kilder')).toBeNull();
	});

	it('refuses a link whose code is not base64url', () => {
		const e = errorOf(() => scenarioFromFragment('#s=@@not*base64@@'));
		expect(e.code).toBe('invalid-json');
		expect(e.details.field).toBe('(link)');
	});

	it('refuses a link whose content is not JSON', () => {
		const e = errorOf(() => scenarioFromFragment(fragmentOf('{"version": 1, "values": {')));
		expect(e.code).toBe('invalid-json');
	});

	it('refuses a link with an unknown parameter, naming it', () => {
		const e = errorOf(() =>
			scenarioFromFragment(
				fragmentOf('{"version":1,"values":{"trainee-innlandet.freeLunch":1},"weights":{}}')
			)
		);
		expect(e.code).toBe('unknown-parameter');
		expect(e.details.field).toBe('values.trainee-innlandet.freeLunch');
	});

	it('refuses a link with an out-of-range value, naming the field and the bounds', () => {
		const e = errorOf(() =>
			scenarioFromFragment(fragmentOf(`{"version":1,"values":{"${TI_MEMBERSHIP}":-5}}`))
		);
		expect(e.code).toBe('out-of-range');
		expect(e.details).toMatchObject({ field: `values.${TI_MEMBERSHIP}`, value: -5, min: 0 });
	});

	it('refuses a link of another version', () => {
		const e = errorOf(() => scenarioFromFragment(fragmentOf('{"version":3,"values":{}}')));
		expect(e.code).toBe('unsupported-version');
	});
});

describe('scenario files', () => {
	it('writes the command line’s format with only the changes, and reads back the same', () => {
		const scenario: Scenario = {
			version: 2,
			name: 'Fil',
			values: { [TI_FEE]: 30_000, [TI_MEMBERSHIP]: 20_000 },
			weights: {}
		};
		const text = scenarioFileText(scenario);
		expect(JSON.parse(text)).toEqual({
			version: 2,
			name: 'Fil',
			values: { [TI_FEE]: 30_000 },
			weights: {}
		});
		expect(text.endsWith('\n')).toBe(true);
		expect(parseScenarioJson(text)).toEqual({ ...scenario, values: { [TI_FEE]: 30_000 } });
	});

	it('names the file after the scenario, keeping Norwegian letters', () => {
		const named = (name?: string): Scenario => ({
			version: 2,
			...(name === undefined ? {} : { name }),
			values: {},
			weights: {}
		});
		expect(scenarioFileName(named('Høy lønn / Trysil & Åmot'))).toBe(
			'traineevalg-høy-lønn-trysil-åmot.json'
		);
		expect(scenarioFileName(named())).toBe('traineevalg-scenario.json');
		expect(scenarioFileName(named(' ?! '))).toBe('traineevalg-scenario.json');
	});
});

describe('the saved list', () => {
	const a: SavedScenario = {
		id: 'a',
		savedAt: '2025-03-01T10:00:00.000Z',
		scenario: { version: 2, name: 'A', values: { [TI_FEE]: 30_000 }, weights: {} }
	};
	const b: SavedScenario = {
		id: 'b',
		savedAt: '2025-03-02T10:00:00.000Z',
		scenario: { version: 2, name: 'B', values: {}, weights: { 'competence-fit': 40 } }
	};
	const save = (e: SavedScenario) => saveByName(localStorage, e.scenario, e.savedAt, e.id);

	it('round-trips through storage, newest first', () => {
		save(a);
		save(b);
		expect(listSaved(localStorage)).toEqual([b, a]);
	});

	it('adds a scenario with a new name, and replaces one with the same name', () => {
		save(a);
		save(b);
		const c: Scenario = { version: 2, name: 'C', values: {}, weights: {} };
		const added = saveByName(localStorage, c, '2025-03-03T10:00:00.000Z', 'new');
		expect(added.replaced).toBe(false);
		expect(listSaved(localStorage).map((e) => e.id)).toEqual(['new', 'b', 'a']);

		const b2: Scenario = { version: 2, name: 'B', values: { [TI_FEE]: 31_000 }, weights: {} };
		const replaced = saveByName(localStorage, b2, '2025-03-04T10:00:00.000Z', 'unused');
		expect(replaced.replaced).toBe(true);
		expect(replaced.entry).toEqual({ id: 'b', savedAt: '2025-03-04T10:00:00.000Z', scenario: b2 });
		expect(listSaved(localStorage).map((e) => e.id)).toEqual(['b', 'new', 'a']);
	});

	it('keeps only the changes when saving', () => {
		const withDefault: Scenario = {
			version: 2,
			name: 'D',
			values: { [TI_MEMBERSHIP]: 20_000 },
			weights: { 'competence-fit': 15 }
		};
		const { entry } = saveByName(localStorage, withDefault, 'now', 'd');
		expect(entry.scenario).toEqual({ version: 2, name: 'D', values: {}, weights: {} });
	});

	it('deletes an entry and puts it back on undo', () => {
		save(a);
		save(b);
		const removed = deleteSaved(localStorage, 'a')!;
		expect(listSaved(localStorage)).toEqual([b]);
		expect(undoChange(localStorage, removed.change)).toBe(true);
		expect(listSaved(localStorage)).toEqual([b, a]);
		expect(deleteSaved(localStorage, 'gone')).toBeNull();
	});

	it('gives a scenario without a name the first free default name', () => {
		expect(freeName('Uten navn', ['A'])).toBe('Uten navn');
		expect(freeName('Uten navn', ['Uten navn'])).toBe('Uten navn 2');
		expect(freeName('Uten navn', ['Uten navn', 'Uten navn 2', 'Uten navn 4'])).toBe('Uten navn 3');
	});

	it('counts the changes from the study', () => {
		expect(changeCount(a.scenario)).toBe(1);
		expect(
			changeCount({
				version: 2,
				values: { [TI_FEE]: 1, [TI_MEMBERSHIP]: 1 },
				weights: { ownership: 1 }
			})
		).toBe(3);
		// Values equal to the study's are no changes.
		expect(changeCount({ version: 2, values: { [TI_MEMBERSHIP]: 20_000 }, weights: {} })).toBe(0);
	});
});

describe('the autosave', () => {
	it('round-trips the current scenario, keeping only the changes', () => {
		writeDraft(
			localStorage,
			'tab',
			{
				version: 2,
				name: 'Nå',
				values: { [TI_FEE]: 30_000, [TI_MEMBERSHIP]: 20_000 },
				weights: {}
			},
			'2025-03-01T10:00:00.000Z'
		);
		expect(readDraft(localStorage, 'tab', '2025-03-01T10:00:00.000Z').scenario).toEqual({
			version: 2,
			name: 'Nå',
			values: { [TI_FEE]: 30_000 },
			weights: {}
		});
	});

	it('reads a missing autosave as none', () => {
		expect(readDraft(localStorage, 'tab', '2025-03-01T10:00:00.000Z').scenario).toBeNull();
	});
});
