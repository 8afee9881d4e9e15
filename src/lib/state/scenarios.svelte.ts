/**
 * Scenarios in the browser: the autosaved current scenario, the saved list, files, share links,
 * and the comparison of two scenarios. The scenario being edited lives in `scenarioState`; this
 * class only moves whole scenarios in and out of it, always through the engine's validation, so
 * a damaged file, link or storage entry is refused with a message that names the field and never
 * half-applied.
 *
 * Load order (see `start`): a share link in the address wins over the autosave; a damaged link
 * is reported and the autosaved (or the study's) scenario stays. Once read, the link is removed
 * from the address: the autosave now holds the scenario, and a reload must show the user's later
 * edits rather than apply the link over them again.
 */
import { replaceState } from '$app/navigation';
import { describeError, type ErrorSource } from '$lib/present/scenario-errors';
import { changesText, displayName } from '$lib/present/scenario-text';
import { compareScenarios } from '$lib/present/scenario-diff';
import { downloadBlob } from '$lib/download';
import {
	DEFAULT_SCENARIO,
	SCENARIO_NAME_MAX,
	ScenarioError,
	clip,
	evaluate,
	onlyChanges,
	type Evaluation,
	type Scenario
} from '$lib/engine';
import { formatCount } from '$lib/format';
import { translate, type Locale, type MessageKey, type MessageParams } from '$lib/i18n';
import { locale } from './locale.svelte';
import {
	changeCount,
	freeName,
	scenarioFileName,
	scenarioFileText,
	scenarioFromFragment,
	shareFragment
} from './persistence';
import {
	UNREADABLE_PREFIX,
	deleteSaved,
	discardKeptAside,
	isClean,
	isSavedKey,
	keptAsideFileText,
	listKeptAside,
	listSaved,
	loadSaved,
	mergeReports,
	pruneDrafts,
	readDraft,
	renameSaved,
	saveByName,
	saveDraftEntry,
	tabId,
	undoChange,
	writeDraft,
	type Change,
	type RepairReport,
	type SavedScenario
} from './storage';
import { scenarioState, type ScenarioState } from './scenario.svelte';

/** A side of the comparison: the study's figures, the scenario being edited, or a saved one. */
export type CompareChoice = 'study' | 'current' | `saved:${string}`;

/** A message for the live region near the scenario bar, in whichever language is shown. */
export interface Notice {
	/** Grows with every notice, so that a repeated message is announced again. */
	readonly id: number;
	readonly kind: 'info' | 'error';
	readonly text: (locale: Locale) => string;
	/** Puts back what the action replaced. */
	readonly undo?: () => void;
	/** Another button, e.g. to download what could not be read. */
	readonly action?: { readonly label: MessageKey; readonly run: () => void };
}

export interface StartOptions {
	/** Where scenarios are kept; null when the browser allows no storage. */
	storage?: Storage | null;
	/** This tab's own storage (sessionStorage), which holds the tab's id. */
	session?: Storage | null;
	/** Drop the share fragment from the address once it has been read. */
	clearHash?: () => void;
}

/**
 * How long a change waits before the autosave writes it. Dragging a slider changes the scenario
 * on every step; storage is written once per this instead (the write is synchronous, and half a
 * millisecond of each step, issue 11). A tab that is closed, reloaded, navigated away or hidden
 * writes at once (`pagehide`, `visibilitychange`), so only a browser that crashes within this
 * time loses the change.
 */
export const AUTOSAVE_DELAY_MS = 250;

/** A scenario file is a few hundred bytes; anything near this is not one. */
export const MAX_IMPORT_BYTES = 1_000_000;

let studyEvaluation: Evaluation | undefined;

function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
	try {
		return typeof globalThis[kind] === 'undefined' ? null : globalThis[kind];
	} catch {
		return null;
	}
}

function now(): string {
	return new Date().toISOString();
}

function clearHashWithRouter(): void {
	try {
		// SvelteKit's own replaceState keeps its router's history bookkeeping intact; '' resolves
		// to the current address without its fragment.
		replaceState('', {});
	} catch {
		// It refuses before the router has started; then keep the router's state by hand.
		history.replaceState(history.state, '', location.pathname + location.search);
	}
}

function newId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(9));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ScenariosState {
	/** Saved scenarios, newest first. */
	saved = $state<SavedScenario[]>([]);
	/** How many stored values could not be read and are kept aside (see storage/kept-aside.ts). */
	keptAside = $state(0);
	compareA = $state<CompareChoice>('study');
	compareB = $state<CompareChoice>('current');
	notice = $state<Notice | null>(null);

	readonly evaluationA: Evaluation | null = $derived(this.evaluationOf(this.compareA));
	readonly evaluationB: Evaluation | null = $derived(this.evaluationOf(this.compareB));
	readonly comparison = $derived(
		this.evaluationA && this.evaluationB
			? compareScenarios(this.evaluationA, this.evaluationB)
			: null
	);

	readonly current: ScenarioState;
	#storage: Storage | null = null;
	#noticeId = 0;

	constructor(current: ScenarioState = scenarioState) {
		this.current = current;
	}

	/**
	 * Take up the saved list, then a share link in the address or else the autosave, and keep
	 * the current scenario autosaved from now on. The page calls this once, in onMount; the
	 * returned function stops the autosave and the listeners.
	 */
	start(options: StartOptions = {}): () => void {
		const storage =
			options.storage === undefined ? browserStorage('localStorage') : options.storage;
		const session =
			options.session === undefined ? browserStorage('sessionStorage') : options.session;
		const clearHash = options.clearHash ?? clearHashWithRouter;
		this.#storage = storage;
		const tab = tabId(session, newId);
		let report: RepairReport | null = null;
		if (storage) {
			try {
				const loaded = loadSaved(storage, now(), newId);
				const draft = readDraft(storage, tab, now());
				this.saved = loaded.list;
				if (draft.scenario) this.current.load(draft.scenario);
				pruneDrafts(storage, tab);
				this.keptAside = listKeptAside(storage).length;
				report = mergeReports(loaded.report, draft.report);
			} catch {
				// Storage that cannot even be listed: the page works without it.
			}
		}
		// A link opened over a draft keeps the draft as a saved entry (see #openLink).
		this.#openLink(location.hash, clearHash);
		if (report && !isClean(report)) this.#reportRepair(report);

		// The scenario not yet written, and the timer that writes it.
		let unwritten: Scenario | null = null;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const writeNow = () => {
			clearTimeout(timer);
			timer = undefined;
			if (!storage || !unwritten) return;
			const scenario = unwritten;
			unwritten = null;
			try {
				writeDraft(storage, tab, scenario, now());
			} catch {
				// Full or blocked storage: the scenario lives on in the page until it closes.
			}
		};
		const stopAutosave = $effect.root(() => {
			$effect(() => {
				unwritten = this.current.scenario;
				timer ??= setTimeout(writeNow, AUTOSAVE_DELAY_MS);
			});
		});
		const onHidden = () => {
			if (document.visibilityState === 'hidden') writeNow();
		};
		// A share link pasted into the address bar of an open page changes only the hash.
		const onHashChange = () => this.#openLink(location.hash, clearHash);
		// Another tab saved, renamed or deleted a scenario, or put something aside.
		const onStorage = (event: StorageEvent) => {
			if (!storage) return;
			if (isSavedKey(event.key)) this.#refresh();
			if (event.key === null || event.key.startsWith(UNREADABLE_PREFIX))
				this.keptAside = listKeptAside(storage).length;
		};
		addEventListener('hashchange', onHashChange);
		addEventListener('storage', onStorage);
		addEventListener('pagehide', writeNow);
		document.addEventListener('visibilitychange', onHidden);
		return () => {
			stopAutosave();
			writeNow();
			removeEventListener('hashchange', onHashChange);
			removeEventListener('storage', onStorage);
			removeEventListener('pagehide', writeNow);
			document.removeEventListener('visibilitychange', onHidden);
		};
	}

	/** Save the current scenario under its name (a default one if it has none). */
	save(): void {
		this.#refresh();
		const taken = this.saved.map((e) => e.scenario.name ?? '');
		const name =
			this.current.name.trim().slice(0, SCENARIO_NAME_MAX) ||
			freeName(translate(locale.current, 'scenarios.untitled'), taken);
		this.current.name = name;
		const scenario = this.current.scenario;
		const result = this.#write((s) => saveByName(s, scenario, now(), newId()));
		if (!result) return;
		this.#info(result.replaced ? 'scenarios.updated' : 'scenarios.saved', { name }, () =>
			this.#undo(result.change)
		);
	}

	/** Make a saved scenario the current one (undoable). */
	open(id: string): void {
		const entry = this.saved.find((e) => e.id === id);
		if (!entry) return;
		const before = this.current.scenario;
		this.current.load(entry.scenario);
		this.#info('scenarios.opened', { name: this.#name(entry.scenario) }, () =>
			this.#restore(before)
		);
	}

	/** Give a saved scenario a new name (undoable). */
	rename(id: string, newName: string): void {
		const name = newName.trim().slice(0, SCENARIO_NAME_MAX);
		const result = this.#write((s) => renameSaved(s, id, name));
		if (!result) return;
		this.#info('scenarios.renamed', { name: this.#name(result.entry.scenario) }, () =>
			this.#undo(result.change)
		);
	}

	/** Delete a saved scenario (undoable). */
	remove(id: string): void {
		const result = this.#write((s) => deleteSaved(s, id));
		if (!result) return;
		for (const side of ['compareA', 'compareB'] as const)
			if (this[side] === `saved:${id}`) this[side] = side === 'compareA' ? 'study' : 'current';
		this.#info('scenarios.deleted', { name: this.#name(result.entry.scenario) }, () =>
			this.#undo(result.change)
		);
	}

	/** Download what could not be read from storage, as one JSON file. */
	downloadKeptAside(): void {
		if (!this.#storage) return;
		downloadBlob(
			new Blob([keptAsideFileText(this.#storage)], { type: 'application/json' }),
			'traineevalg-unreadable.json'
		);
	}

	/** Delete what could not be read (the list's "discard" button; the user downloads first). */
	discardKeptAside(): void {
		if (!this.#storage) return;
		try {
			discardKeptAside(this.#storage);
		} catch {
			// Nothing to do: it stays listed.
		}
		this.keptAside = listKeptAside(this.#storage).length;
	}

	/**
	 * Import a scenario file. A file that is not a valid scenario is refused with a message
	 * naming the field, and the current scenario stays as it was. Returns whether it loaded.
	 */
	async importFile(file: File): Promise<boolean> {
		if (file.size > MAX_IMPORT_BYTES) {
			const size = file.size;
			this.#notify('error', (l) =>
				translate(l, 'scenarios.error.tooLarge', { size: formatCount(size, l) })
			);
			return false;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#errorText('scenarios.error.unreadable');
			return false;
		}
		const before = this.current.scenario;
		try {
			let data: unknown;
			try {
				data = JSON.parse(text);
			} catch (e) {
				throw new ScenarioError('invalid-json', { field: '(root)', detail: (e as Error).message });
			}
			this.current.loadUntrusted(data);
		} catch (e) {
			if (!(e instanceof ScenarioError)) throw e;
			this.#error(e, 'file');
			return false;
		}
		if (!this.current.name.trim())
			this.current.name = file.name.replace(/\.json$/i, '').slice(0, SCENARIO_NAME_MAX);
		this.#info(
			'scenarios.imported',
			{ name: this.#name(this.current.scenario), file: file.name },
			() => this.#restore(before)
		);
		return true;
	}

	/** The current scenario as a file in the command line's format: name and text. */
	exportFile(): { filename: string; text: string } {
		return {
			filename: scenarioFileName(this.current.scenario),
			text: scenarioFileText(this.current.scenario)
		};
	}

	/** Download the current scenario as a JSON file. */
	download(): void {
		const { filename, text } = this.exportFile();
		downloadBlob(new Blob([text], { type: 'application/json' }), filename);
		this.#info('scenarios.exported', { file: filename });
	}

	/** The address that opens the current scenario: the page plus only the changes. */
	get shareLink(): string {
		return location.origin + location.pathname + shareFragment(this.current.scenario);
	}

	/** Copy the share link; returns whether the clipboard took it (else the user copies it). */
	async copyShareLink(): Promise<boolean> {
		try {
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(this.shareLink);
		} catch {
			this.#info('scenarios.share.manual');
			return false;
		}
		this.#info('scenarios.share.copied');
		return true;
	}

	/** Back to the study's figures (undoable; the bar asks first). */
	resetAll(): void {
		const before = this.current.scenario;
		this.current.resetAll();
		this.#info('scenarios.reset.done', undefined, () => this.#restore(before));
	}

	dismiss(): void {
		this.notice = null;
	}

	/** The scenario behind a comparison side; null for a saved one that no longer exists. */
	scenarioOf(choice: CompareChoice): Scenario | null {
		if (choice === 'study') return DEFAULT_SCENARIO;
		if (choice === 'current') return this.current.scenario;
		const id = choice.slice('saved:'.length);
		return this.saved.find((e) => e.id === id)?.scenario ?? null;
	}

	evaluationOf(choice: CompareChoice): Evaluation | null {
		if (choice === 'current') return this.current.evaluation;
		if (choice === 'study') return (studyEvaluation ??= evaluate(DEFAULT_SCENARIO));
		const scenario = this.scenarioOf(choice);
		return scenario ? evaluate(scenario) : null;
	}

	/** Open the scenario in a `#s=…` fragment; true if the fragment held one (valid or not). */
	#openLink(hash: string, clearHash: () => void): boolean {
		let linked: Scenario | null;
		try {
			linked = scenarioFromFragment(hash);
		} catch (e) {
			if (!(e instanceof ScenarioError)) throw e;
			this.#error(e, 'link');
			clearHash();
			return false;
		}
		if (!linked) return false;
		const before = this.current.scenario;
		const kept = this.#keepUnsaved(before, linked);
		this.current.load(linked);
		const scenario = linked;
		this.#notify(
			'info',
			(l) =>
				translate(l, kept ? 'scenarios.link.openedKept' : 'scenarios.link.opened', {
					name: displayName(scenario.name, l),
					changes: changesText(changeCount(scenario), l, 'count')
				}),
			() => this.#restore(before)
		);
		clearHash();
		return true;
	}

	/**
	 * Unsaved work that a link is about to replace is kept as a draft entry in the saved list,
	 * unless there is nothing to keep (no changes, the same as the link, or already saved).
	 */
	#keepUnsaved(work: Scenario, linked: Scenario): boolean {
		if (!this.#storage || (changeCount(work) === 0 && !work.name)) return false;
		const same = (a: Scenario) => JSON.stringify(onlyChanges(a)) === JSON.stringify(work);
		if (same(linked) || listSaved(this.#storage).some((e) => same(e.scenario))) return false;
		return this.#write((s) => saveDraftEntry(s, work, now(), newId())) !== null;
	}

	/** The saved list as storage holds it now (other tabs' writes included). */
	#refresh(): void {
		if (!this.#storage) return;
		try {
			this.saved = listSaved(this.#storage);
		} catch {
			// Keep the list as last read.
		}
	}

	/** Run one storage operation and re-read the list; null (and a message) if it failed. */
	#write<T>(operation: (storage: Storage) => T | null): T | null {
		try {
			if (!this.#storage) throw new Error('no storage');
			const result = operation(this.#storage);
			this.#refresh();
			return result;
		} catch {
			this.#errorText('scenarios.storageFailed');
			return null;
		}
	}

	#undo(change: Change): void {
		const undone = this.#write((s) => undoChange(s, change));
		if (undone === null) return;
		this.#info(undone ? 'scenarios.undone' : 'scenarios.undoConflict');
	}

	/** Tell, once, what storage held that could not be read, and offer it as a file. */
	#reportRepair(report: RepairReport): void {
		const fields = [...report.dropped, ...report.migrated];
		this.notice = {
			id: ++this.#noticeId,
			kind: report.keptAside > 0 || report.dropped.length > 0 ? 'error' : 'info',
			text: (l) =>
				translate(
					l,
					report.keptAside > 0 ? 'scenarios.repair.keptAside' : 'scenarios.repair.done',
					{
						fields: fields.length ? fields.map((f) => clip(f, 60)).join(', ') : '–',
						duplicates: formatCount(report.duplicates, l)
					}
				),
			...(report.keptAside > 0
				? { action: { label: 'scenarios.repair.download', run: () => this.downloadKeptAside() } }
				: {})
		};
	}

	#restore(scenario: Scenario): void {
		this.current.load(scenario);
		this.#info('scenarios.undone');
	}

	#name(scenario: Scenario): string {
		return displayName(scenario.name, locale.current);
	}

	#notify(kind: Notice['kind'], text: Notice['text'], undo?: () => void): void {
		this.notice = { id: ++this.#noticeId, kind, text, ...(undo ? { undo } : {}) };
	}

	#info(key: MessageKey, params?: MessageParams, undo?: () => void): void {
		this.#notify('info', (l) => translate(l, key, params), undo);
	}

	#errorText(key: MessageKey, params?: MessageParams): void {
		this.#notify('error', (l) => translate(l, key, params));
	}

	#error(error: ScenarioError, source: ErrorSource): void {
		this.#notify('error', (l) => describeError(error, source, l));
	}
}

export const scenarios = new ScenariosState();
