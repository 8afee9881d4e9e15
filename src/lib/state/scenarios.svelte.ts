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
	evaluate,
	type Evaluation,
	type Scenario
} from '$lib/engine';
import { formatCount } from '$lib/format';
import { translate, type Locale, type MessageKey, type MessageParams } from '$lib/i18n';
import { locale } from './locale.svelte';
import {
	STORAGE_KEYS,
	changeCount,
	freeName,
	readCurrent,
	readSaved,
	removeSaved,
	restoreSaved,
	scenarioFileName,
	scenarioFileText,
	scenarioFromFragment,
	shareFragment,
	upsertSaved,
	writeCurrent,
	writeSaved,
	type SavedScenario
} from './persistence';
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
}

export interface StartOptions {
	/** Where scenarios are kept; null when the browser allows no storage. */
	storage?: Storage | null;
	/** Drop the share fragment from the address once it has been read. */
	clearHash?: () => void;
}

/** A scenario file is a few hundred bytes; anything near this is not one. */
export const MAX_IMPORT_BYTES = 1_000_000;

let studyEvaluation: Evaluation | undefined;

function browserStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
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
		const storage = options.storage === undefined ? browserStorage() : options.storage;
		const clearHash = options.clearHash ?? clearHashWithRouter;
		this.#storage = storage;
		this.saved = storage ? readSaved(storage) : [];

		if (!this.#openLink(location.hash, clearHash) && storage) {
			const autosaved = readCurrent(storage);
			if (autosaved) this.current.load(autosaved);
		}

		const stopAutosave = $effect.root(() => {
			$effect(() => {
				const scenario = this.current.scenario;
				if (!storage) return;
				try {
					writeCurrent(storage, scenario);
				} catch {
					// Full or blocked storage: the scenario lives on in the page until it closes.
				}
			});
		});
		// A share link pasted into the address bar of an open page changes only the hash.
		const onHashChange = () => this.#openLink(location.hash, clearHash);
		// Another tab saved or deleted a scenario.
		const onStorage = (event: StorageEvent) => {
			if (storage && event.key === STORAGE_KEYS.saved) this.saved = readSaved(storage);
		};
		addEventListener('hashchange', onHashChange);
		addEventListener('storage', onStorage);
		return () => {
			stopAutosave();
			removeEventListener('hashchange', onHashChange);
			removeEventListener('storage', onStorage);
		};
	}

	/** Save the current scenario under its name (a default one if it has none). */
	save(): void {
		const taken = this.saved.map((e) => e.scenario.name ?? '');
		const name =
			this.current.name.trim().slice(0, SCENARIO_NAME_MAX) ||
			freeName(translate(locale.current, 'scenarios.untitled'), taken);
		this.current.name = name;
		const before = this.saved;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
		const savedAt = new Date().toISOString();
		const result = upsertSaved(before, this.current.scenario, savedAt, newId());
		if (!this.#writeSaved(result.list)) return;
		this.saved = result.list;
		this.#info(result.replaced ? 'scenarios.updated' : 'scenarios.saved', { name }, () => {
			if (this.#writeSaved(before)) this.saved = before;
			this.#info('scenarios.undone');
		});
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

	/** Delete a saved scenario (undoable). */
	remove(id: string): void {
		const index = this.saved.findIndex((e) => e.id === id);
		const entry = this.saved[index];
		if (!entry) return;
		const list = removeSaved(this.saved, id);
		if (!this.#writeSaved(list)) return;
		this.saved = list;
		for (const side of ['compareA', 'compareB'] as const)
			if (this[side] === `saved:${id}`) this[side] = side === 'compareA' ? 'study' : 'current';
		this.#info('scenarios.deleted', { name: this.#name(entry.scenario) }, () => {
			const back = restoreSaved(this.saved, entry, index);
			if (this.#writeSaved(back)) this.saved = back;
			this.#info('scenarios.undone');
		});
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
		this.current.load(linked);
		const scenario = linked;
		this.#notify(
			'info',
			(l) =>
				translate(l, 'scenarios.link.opened', {
					name: displayName(scenario.name, l),
					changes: changesText(changeCount(scenario), l, 'count')
				}),
			() => this.#restore(before)
		);
		clearHash();
		return true;
	}

	#restore(scenario: Scenario): void {
		this.current.load(scenario);
		this.#info('scenarios.undone');
	}

	#writeSaved(list: readonly SavedScenario[]): boolean {
		try {
			if (!this.#storage) throw new Error('no storage');
			writeSaved(this.#storage, list);
			return true;
		} catch {
			this.#errorText('scenarios.storageFailed');
			return false;
		}
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
