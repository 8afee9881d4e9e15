/**
 * Council mode's group on the advisor's page: the members' answers (kept in the browser's storage
 * as a group file, so a reload or a second tab keeps them), and the group analysis of them over
 * the scenario on screen, run in a worker of its own (`workers/group.worker.ts`).
 *
 * Loaded only with the group view. Where workers are unavailable (jsdom in unit tests) the
 * analysis runs here, on the main thread, with the same function and seed.
 */
import { answerMember, groupSmaa, type Answer, type GroupResult, type Scenario } from '$lib/engine';
import type { ErrorReport } from '$lib/errors';
import {
	fromFileText,
	groupFileText,
	mergeAnswers,
	type ReadProblem,
	type ReadResult
} from '$lib/present/group';
import { ownWorker } from '$lib/security/trusted-types';
import { keepAside } from '$lib/state/storage';
import type { GroupRequest } from '$lib/workers/messages';
import groupWorkerUrl from '$lib/workers/group.worker.ts?worker&url';
import { WorkerClient } from './worker-client';

/** Where the group is kept: a group file's text (`present/group.ts`). */
export const GROUP_KEY = 'traineevalg.group';

/** Wait this long after the last change before a run, as the page's analysis does. */
const DEBOUNCE_MS = 200;

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

function now(): string {
	return new Date().toISOString();
}

/** What the last addition did, for the view to say. */
export interface AddOutcome {
	added: number;
	duplicates: number;
	overLimit: number;
	problems: ReadProblem[];
}

export class GroupState {
	answers = $state<Answer[]>([]);
	/** What the last addition did; null before any. */
	outcome = $state<AddOutcome | null>(null);
	/** The answers before the last "remove all", for undo. */
	cleared = $state<Answer[] | null>(null);
	/** The stored group could not be read (it was put aside). */
	storageDamaged = $state(false);

	result = $state<GroupResult | null>(null);
	/** The request key (base scenario and members) the result belongs to. */
	resultFor = $state<string | null>(null);
	running = $state(false);
	progress = $state(0);
	error = $state<ErrorReport | null>(null);

	#started = false;
	#client = new WorkerClient<GroupResult>(this, {
		createWorker: () => ownWorker(groupWorkerUrl),
		request: (id, key): GroupRequest => {
			const { base, members } = JSON.parse(key) as { base: unknown; members: unknown[] };
			return { id, base, members };
		},
		// Without workers (jsdom in unit tests): the same function and seed, here.
		fallback: (key) => {
			const { base, members } = JSON.parse(key) as {
				base: Scenario;
				members: ReturnType<typeof answerMember>[];
			};
			return groupSmaa(base, members);
		},
		debounceMs: DEBOUNCE_MS
	});

	/** Read the stored group, and follow changes another tab makes to it. */
	start(): () => void {
		if (this.#started) return () => {};
		this.#started = true;
		this.#load();
		const onStorage = (event: StorageEvent) => {
			if (event.key === GROUP_KEY) this.#load();
		};
		if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
		return () => {
			this.#started = false;
			if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
		};
	}

	#load(): void {
		const store = storage();
		const text = store?.getItem(GROUP_KEY) ?? null;
		if (text === null) {
			this.answers = [];
			return;
		}
		const read = fromFileText(text, GROUP_KEY);
		if (read.problems.length > 0) {
			// Never dropped: the text is kept aside whole (the page offers it for download), and the
			// answers that could be read stay.
			keepAside(
				store!,
				GROUP_KEY,
				text,
				read.problems.map((p) => p.source),
				now()
			);
			this.storageDamaged = true;
		}
		this.answers = mergeAnswers([], read.answers).answers;
		if (read.problems.length > 0) this.#save();
	}

	#save(): void {
		const store = storage();
		if (!store) return;
		try {
			if (this.answers.length === 0) store.removeItem(GROUP_KEY);
			else store.setItem(GROUP_KEY, groupFileText(this.answers));
		} catch {
			// Full or refused storage: the group stays on the page and in the file it can download.
		}
	}

	/** Add what was read (from links or files); says what happened in `outcome`. */
	add(read: ReadResult): AddOutcome {
		const merged = mergeAnswers(this.answers, read.answers);
		const outcome: AddOutcome = {
			added: merged.answers.length - this.answers.length,
			duplicates: merged.duplicates,
			overLimit: merged.overLimit,
			problems: read.problems
		};
		this.answers = merged.answers;
		this.outcome = outcome;
		this.cleared = null;
		this.#save();
		return outcome;
	}

	remove(index: number): void {
		this.answers = this.answers.filter((_, i) => i !== index);
		this.outcome = null;
		this.#save();
	}

	clear(): void {
		this.cleared = this.answers;
		this.answers = [];
		this.outcome = null;
		this.#save();
	}

	undoClear(): void {
		if (!this.cleared) return;
		this.answers = mergeAnswers(this.cleared, this.answers).answers;
		this.cleared = null;
		this.#save();
	}

	/** The key of a run over `base` with the answers now held. */
	keyFor(base: Scenario): string {
		return JSON.stringify({ base, members: this.answers.map(answerMember) });
	}

	isStale(base: Scenario): boolean {
		return this.resultFor !== this.keyFor(base);
	}

	/** Analyse the answers over `base` (debounced); nothing without answers. */
	request(base: Scenario): void {
		if (this.answers.length === 0) {
			this.result = null;
			this.resultFor = null;
			this.running = false;
			return;
		}
		this.#client.request(this.keyFor(base));
	}

	/**
	 * The group result over `base` once a run under way (or about to start) has ended, waiting at
	 * most `timeoutMs`; null without answers or when there is none for it.
	 */
	async resultOver(base: Scenario, timeoutMs = 10_000): Promise<GroupResult | null> {
		if (this.answers.length === 0) return null;
		if (this.isStale(base)) {
			this.request(base);
			await this.#client.settled(timeoutMs);
		}
		return this.isStale(base) ? null : this.result;
	}
}

export const groupState = new GroupState();
