// @vitest-environment node
/**
 * Issue 12, findings 2, 4 and 5: per-tab drafts, damaged or out-of-date storage, duplicates.
 * Nothing unreadable is overwritten: it is kept aside whole, and what still parses is recovered.
 */
import { describe, expect, it } from 'vitest';
import {
	DRAFT_PREFIX,
	LEGACY_CURRENT_KEY,
	LEGACY_SAVED_KEY,
	SAVED_PREFIX,
	keptAsideFileText,
	listKeptAside,
	listSaved,
	loadSaved,
	pruneDrafts,
	readDraft,
	salvageScenario,
	tabId,
	writeDraft
} from '$lib/state/storage';
import { MemoryStorage } from './memory-storage';

const FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';
const HORIZON = 'shared.horizonYears';
const NOW = '2026-12-02T12:00:00.000Z';
let n = 0;
const newId = () => `new${++n}`;

describe('salvageScenario', () => {
	it('keeps every value that still validates and names the ones it drops', () => {
		const r = salvageScenario({
			version: 1,
			name: 'Møte',
			values: { [FEE]: 30_000, [HORIZON]: 'ti', 'shared.gone': 3 },
			weights: { ownership: 20, 'company-cost': -1 }
		});
		// A version 1 entry comes back as version 2 (migrated on read).
		expect(r!.scenario).toEqual({
			version: 2,
			name: 'Møte',
			values: { [FEE]: 30_000 },
			weights: { ownership: 20 }
		});
		expect(r!.dropped).toEqual([`values.${HORIZON}`, 'values.shared.gone', 'weights.company-cost']);
	});

	it('carries a renamed id over to its new name', () => {
		const r = salvageScenario({ version: 1, values: { 'old.fee': 31_000 } }, { 'old.fee': FEE });
		expect(r!.scenario.values).toEqual({ [FEE]: 31_000 });
		expect(r!.migrated).toEqual([`values.old.fee → values.${FEE}`]);
		expect(r!.dropped).toEqual([]);
	});

	it('keeps each judgement and analysis setting that still validates and names the ones it drops', () => {
		// competition / own scheme: the data's range is 1–1, so a score of 2 alone would widen the
		// high end to 2 and validate; low 3 > score 2 does not. ownership / consortium keeps its
		// score 4 (within 1–5). samples 0 is below the bound 1; seed 7 is valid.
		const r = salvageScenario({
			version: 2,
			judgements: {
				competition: { 'own-scheme': { score: 2, low: 3 } },
				ownership: { 'naeringshage-consortium': { score: 4 }, nobody: { score: 3 } },
				'company-cost': { 'own-scheme': { score: 3 } }
			},
			analysis: { samples: 0, seed: 7 }
		});
		expect(r!.scenario.judgements).toEqual({
			ownership: { 'naeringshage-consortium': { score: 4 } }
		});
		expect(r!.scenario.analysis).toEqual({ seed: 7 });
		expect(r!.dropped).toEqual([
			'judgements.competition.own-scheme',
			'judgements.ownership.nobody',
			'judgements.company-cost.own-scheme',
			'analysis.samples'
		]);
	});

	it('gives nothing for what is not an object', () => {
		expect(salvageScenario('{')).toBeNull();
		expect(salvageScenario([1])).toBeNull();
	});
});

describe('the saved list from an older version or damaged', () => {
	it('finding 5: an old list with duplicate ids becomes one entry per scenario', () => {
		const storage = new MemoryStorage();
		const a = { id: 'aaa', savedAt: '2026-01-01T10:00:00Z', scenario: { version: 1, name: 'A' } };
		const b = { id: 'aaa', savedAt: '2026-01-02T10:00:00Z', scenario: { version: 1, name: 'B' } };
		storage.setItem(LEGACY_SAVED_KEY, JSON.stringify([a, a, b]));
		const { list, report } = loadSaved(storage, NOW, newId);
		// a twice is one entry; b shares a's id with other content, so it gets an id of its own.
		expect(list.map((e) => e.scenario.name)).toEqual(['B', 'A']);
		expect(new Set(list.map((e) => e.id)).size).toBe(2);
		expect(report.duplicates).toBe(1);
		expect(report.keptAside).toBe(0);
		expect(storage.getItem(LEGACY_SAVED_KEY)).toBeNull();
	});

	it('finding 4: a damaged old list is kept aside whole, and its readable entries recovered', () => {
		const storage = new MemoryStorage();
		const text = JSON.stringify([
			{ id: 'ok', savedAt: '2026-01-01T10:00:00Z', scenario: { version: 1, name: 'God' } },
			{
				id: 'bad',
				savedAt: '2026-01-01T10:00:00Z',
				scenario: { version: 1, values: { [FEE]: 'x' } }
			},
			'rubbish'
		]);
		storage.setItem(LEGACY_SAVED_KEY, text);
		const { list, report } = loadSaved(storage, NOW, newId);
		expect(list.map((e) => e.id).sort()).toEqual(['bad', 'ok']);
		expect(list.find((e) => e.id === 'bad')!.scenario.values).toEqual({});
		expect(report.keptAside).toBe(1);
		expect(report.dropped).toEqual([`values.${FEE}`, '(whole value)']);
		const aside = listKeptAside(storage);
		expect(aside).toHaveLength(1);
		expect(aside[0]![1].text).toBe(text);
		expect(JSON.parse(keptAsideFileText(storage))[0].text).toBe(text);
	});

	it('a list that is not JSON is kept aside, never overwritten by the next save', () => {
		const storage = new MemoryStorage();
		storage.setItem(LEGACY_SAVED_KEY, '[{"id": "x", ');
		expect(loadSaved(storage, NOW, newId).report.keptAside).toBe(1);
		expect(listKeptAside(storage)[0]![1].text).toBe('[{"id": "x", ');
		// A second read (another tab, a reload) finds nothing new to report.
		expect(loadSaved(storage, NOW, newId).report.keptAside).toBe(0);
	});

	it('a damaged entry is repaired and its original kept aside, once', () => {
		const storage = new MemoryStorage();
		const text = JSON.stringify({
			id: 'e1',
			savedAt: 'yesterday',
			scenario: { version: 1, values: { [HORIZON]: 8, [FEE]: null } }
		});
		storage.setItem(SAVED_PREFIX + 'e1', text);
		const first = loadSaved(storage, NOW, newId);
		expect(first.list).toEqual([
			{ id: 'e1', savedAt: NOW, scenario: { version: 2, values: { [HORIZON]: 8 }, weights: {} } }
		]);
		expect(first.report.dropped).toEqual([`values.${FEE}`, 'savedAt']);
		expect(loadSaved(storage, NOW, newId).report.keptAside).toBe(0);
		expect(listKeptAside(storage).map(([, i]) => i.text)).toEqual([text]);
	});
});

describe('drafts per tab (finding 2)', () => {
	it('each tab reads back its own draft after a reload', () => {
		const storage = new MemoryStorage();
		const sessionA = new MemoryStorage();
		const sessionB = new MemoryStorage();
		const a = tabId(sessionA, newId);
		const b = tabId(sessionB, newId);
		expect(a).not.toBe(b);
		writeDraft(storage, a, { version: 2, values: { [HORIZON]: 8 }, weights: {} }, NOW);
		writeDraft(storage, b, { version: 2, values: { [HORIZON]: 12 }, weights: {} }, NOW);
		// Reload: the same session storage gives the same tab id.
		expect(tabId(sessionA, newId)).toBe(a);
		expect(readDraft(storage, a, NOW).scenario!.values).toEqual({ [HORIZON]: 8 });
		expect(readDraft(storage, b, NOW).scenario!.values).toEqual({ [HORIZON]: 12 });
	});

	it('a new tab starts from the newest draft', () => {
		const storage = new MemoryStorage();
		writeDraft(storage, 'old', { version: 2, values: { [HORIZON]: 8 }, weights: {} }, NOW);
		writeDraft(
			storage,
			'newer',
			{ version: 2, values: { [HORIZON]: 9 }, weights: {} },
			'2026-12-02T13:00:00.000Z'
		);
		expect(readDraft(storage, 'fresh', NOW).scenario!.values).toEqual({ [HORIZON]: 9 });
	});

	it('finding 4: a damaged autosave of an older version is recovered and kept aside', () => {
		const storage = new MemoryStorage();
		const text = JSON.stringify({ version: 1, values: { [HORIZON]: 8, [FEE]: true } });
		storage.setItem(LEGACY_CURRENT_KEY, text);
		const r = readDraft(storage, 't', NOW);
		expect(r.scenario!.values).toEqual({ [HORIZON]: 8 });
		expect(r.report).toMatchObject({ keptAside: 1, dropped: [`values.${FEE}`] });
		expect(listKeptAside(storage)[0]![1]).toMatchObject({ from: LEGACY_CURRENT_KEY, text });
		expect(storage.getItem(LEGACY_CURRENT_KEY)).toBeNull();
		expect(readDraft(storage, 't', NOW).scenario!.values).toEqual({ [HORIZON]: 8 });
	});

	it('an autosave that is not JSON is kept aside whole, and nothing is loaded', () => {
		const storage = new MemoryStorage();
		storage.setItem(DRAFT_PREFIX + 't', '{"updatedAt":');
		const r = readDraft(storage, 't', NOW);
		expect(r.scenario).toBeNull();
		expect(r.report.keptAside).toBe(1);
		expect(listKeptAside(storage)[0]![1].text).toBe('{"updatedAt":');
	});

	it('keeps the newest drafts of other tabs and this tab’s own', () => {
		const storage = new MemoryStorage();
		for (let i = 0; i < 14; i++)
			writeDraft(
				storage,
				`t${i}`,
				{ version: 2, values: {}, weights: {} },
				`2026-12-02T12:00:${String(i).padStart(2, '0')}.000Z`
			);
		pruneDrafts(storage, 't0', 10);
		const left = Array.from({ length: storage.length }, (_, i) => storage.key(i)).sort();
		// t0 is this tab (oldest, kept); of t1…t13 the ten newest, t4…t13, are kept.
		expect(left).toEqual(
			['t0', 't10', 't11', 't12', 't13', 't4', 't5', 't6', 't7', 't8', 't9'].map(
				(t) => DRAFT_PREFIX + t
			)
		);
		expect(listSaved(storage)).toEqual([]);
	});
});
