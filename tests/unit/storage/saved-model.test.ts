// @vitest-environment node
/**
 * Model-based test of the saved list with two tabs sharing one storage (issue 12, findings 1
 * and 3). Each tab holds the list as it last read it (possibly stale: another tab may have
 * written since) and acts on ids from that view, as the page does; the commands save, rename,
 * delete, undo and reload interleave in any order. The model is the list the user expects; after
 * every command the stored list must equal it: no saved scenario is ever lost, and an undo
 * reverts only its own operation (when another tab has changed that entry since, it does
 * nothing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	deleteSaved,
	listSaved,
	loadSaved,
	renameSaved,
	saveByName,
	undoChange,
	type Change
} from '$lib/state/storage';
import { MemoryStorage } from './memory-storage';

const FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';

/** What the user expects an entry to be: its name and the one value it changes. */
interface Expected {
	name: string;
	fee: number;
}

interface Model {
	entries: Map<string, Expected>;
}

interface Tab {
	/** The ids the tab shows: as of its last read. */
	view: string[];
	/** Its last operation: what to undo, and the entry before and after in the model. */
	last: { change: Change; id: string; before: Expected | null; after: Expected | null } | null;
}

interface Real {
	storage: MemoryStorage;
	tabs: [Tab, Tab];
	clock: number;
	ids: number;
}

function stored(real: Real): Map<string, Expected> {
	return new Map(
		listSaved(real.storage).map((e) => [
			e.id,
			{ name: e.scenario.name ?? '', fee: e.scenario.values[FEE] ?? 26_500 }
		])
	);
}

function check(model: Model, real: Real): void {
	expect(stored(real)).toEqual(model.entries);
}

const tick = (real: Real) => new Date(Date.UTC(2026, 0, 1) + ++real.clock * 1000).toISOString();
const pick = (view: string[], i: number) => (view.length ? view[i % view.length]! : null);

class Save implements fc.Command<Model, Real> {
	constructor(
		readonly tab: 0 | 1,
		readonly name: string,
		readonly fee: number
	) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const id = `e${++real.ids}`;
		const r = saveByName(
			real.storage,
			{ version: 2, name: this.name, values: { [FEE]: this.fee }, weights: {} },
			tick(real),
			id
		);
		// An entry of that name is replaced (after renames there may be several: any one of them).
		const sameName = [...model.entries].filter(([, e]) => e.name === this.name).map(([k]) => k);
		if (sameName.length) expect(sameName).toContain(r.entry.id);
		else expect(r.entry.id).toBe(id);
		const target = r.entry.id;
		const before = model.entries.get(target) ?? null;
		const after = { name: this.name, fee: this.fee };
		model.entries.set(target, after);
		real.tabs[this.tab].last = { change: r.change, id: target, before, after };
		real.tabs[this.tab].view.unshift(target);
		check(model, real);
	}
	toString = () => `save(${this.tab}, ${JSON.stringify(this.name)}, ${this.fee})`;
}

class Rename implements fc.Command<Model, Real> {
	constructor(
		readonly tab: 0 | 1,
		readonly index: number,
		readonly name: string
	) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const tab = real.tabs[this.tab];
		const id = pick(tab.view, this.index);
		if (id === null) return;
		const r = renameSaved(real.storage, id, this.name);
		const before = model.entries.get(id) ?? null;
		if (before === null) {
			// Another tab deleted it meanwhile: nothing to rename, nothing written.
			expect(r).toBeNull();
		} else {
			const after = { ...before, name: this.name };
			model.entries.set(id, after);
			tab.last = { change: r!.change, id, before, after };
		}
		check(model, real);
	}
	toString = () => `rename(${this.tab}, #${this.index}, ${JSON.stringify(this.name)})`;
}

class Delete implements fc.Command<Model, Real> {
	constructor(
		readonly tab: 0 | 1,
		readonly index: number
	) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const tab = real.tabs[this.tab];
		const id = pick(tab.view, this.index);
		if (id === null) return;
		const r = deleteSaved(real.storage, id);
		const before = model.entries.get(id) ?? null;
		if (before === null) expect(r).toBeNull();
		else {
			model.entries.delete(id);
			tab.last = { change: r!.change, id, before, after: null };
		}
		tab.view = tab.view.filter((x) => x !== id);
		check(model, real);
	}
	toString = () => `delete(${this.tab}, #${this.index})`;
}

class Undo implements fc.Command<Model, Real> {
	constructor(readonly tab: 0 | 1) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const tab = real.tabs[this.tab];
		if (!tab.last) return;
		const { change, id, before, after } = tab.last;
		tab.last = null;
		// The entry is still what this tab's operation made it: the undo puts it back as it was.
		// Otherwise another tab changed it since, and the undo must leave it alone.
		const untouched = JSON.stringify(model.entries.get(id) ?? null) === JSON.stringify(after);
		const others = new Map([...model.entries].filter(([k]) => k !== id));
		expect(undoChange(real.storage, change)).toBe(untouched);
		if (untouched) {
			if (before) model.entries.set(id, before);
			else model.entries.delete(id);
		}
		// Every other entry is exactly as it was.
		for (const [k, e] of others) expect(stored(real).get(k)).toEqual(e);
		check(model, real);
	}
	toString = () => `undo(${this.tab})`;
}

class Reload implements fc.Command<Model, Real> {
	constructor(readonly tab: 0 | 1) {}
	check = () => true;
	run(model: Model, real: Real): void {
		const { list, report } = loadSaved(real.storage, tick(real), () => `r${++real.ids}`);
		expect(report.keptAside).toBe(0);
		real.tabs[this.tab] = { view: list.map((e) => e.id), last: null };
		check(model, real);
	}
	toString = () => `reload(${this.tab})`;
}

const tab = fc.constantFrom<0 | 1>(0, 1);
const name = fc.constantFrom('A', 'B', 'C', 'Møte', '');
const commands = [
	fc.tuple(tab, name, fc.integer({ min: 0, max: 100_000 })).map(([t, n, f]) => new Save(t, n, f)),
	fc.tuple(tab, fc.nat(9), name).map(([t, i, n]) => new Rename(t, i, n)),
	fc.tuple(tab, fc.nat(9)).map(([t, i]) => new Delete(t, i)),
	tab.map((t) => new Undo(t)),
	tab.map((t) => new Reload(t))
];

describe('the saved list with two tabs (model-based)', () => {
	it('never loses a saved scenario, and each undo reverts only its own operation', () => {
		fc.assert(
			fc.property(fc.commands(commands, { maxCommands: 40, size: 'max' }), (cmds) => {
				const real: Real = {
					storage: new MemoryStorage(),
					tabs: [
						{ view: [], last: null },
						{ view: [], last: null }
					],
					clock: 0,
					ids: 0
				};
				fc.modelRun(() => ({ model: { entries: new Map() }, real }), cmds);
			}),
			{ seed: 12_2026, numRuns: 300 }
		);
	});

	it('finding 1: tab A saves, tab B saves, A undoes: only A’s save is undone', () => {
		const storage = new MemoryStorage();
		const scenario = (name: string) => ({ version: 2 as const, name, values: {}, weights: {} });
		const a = saveByName(storage, scenario('Fra A'), '2026-01-01T10:00:00Z', 'a');
		saveByName(storage, scenario('Fra B'), '2026-01-01T10:00:01Z', 'b');
		expect(undoChange(storage, a.change)).toBe(true);
		expect(listSaved(storage).map((e) => e.scenario.name)).toEqual(['Fra B']);
	});

	it('finding 3: two tabs saving from the same stale view both keep their saves', () => {
		// Both tabs read an empty list, then each saves: nothing is read-modify-written as a whole.
		const storage = new MemoryStorage();
		const s = (name: string) => ({ version: 2 as const, name, values: {}, weights: {} });
		for (let i = 0; i < 15; i++) {
			saveByName(storage, s(`A${i}`), `2026-01-01T10:00:${String(i).padStart(2, '0')}Z`, `a${i}`);
			saveByName(storage, s(`B${i}`), `2026-01-01T10:00:${String(i).padStart(2, '0')}Z`, `b${i}`);
		}
		expect(listSaved(storage)).toHaveLength(30);
	});
});
