/**
 * The slow analyses (SMAA-2 and tornado) for the scenario on screen, run in a Web Worker. A new
 * scenario supersedes a running one: results of an older request are dropped. Where workers are
 * unavailable (tests in jsdom, server rendering) nothing runs and the results stay null.
 */
import type { AnalysisResult, Scenario } from '$lib/engine';

type WorkerMessage =
	| { id: number; type: 'progress'; done: number; total: number }
	| { id: number; type: 'result'; result: AnalysisResult }
	| { id: number; type: 'error'; message: string };

/** Wait this long after the last change before starting a run, so dragging does not queue runs. */
const DEBOUNCE_MS = 200;

export class AnalysisState {
	result = $state<AnalysisResult | null>(null);
	/** The scenario JSON the result belongs to. */
	resultFor = $state<string | null>(null);
	running = $state(false);
	/** 0–1 while running. */
	progress = $state(0);
	error = $state<string | null>(null);

	#worker: Worker | null = null;
	#requestId = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;

	/** Whether the result on screen belongs to an older scenario. */
	isStale(scenario: Scenario): boolean {
		return this.resultFor !== JSON.stringify(scenario);
	}

	request(scenario: Scenario): void {
		if (typeof Worker === 'undefined') return;
		const key = JSON.stringify(scenario);
		if (key === this.resultFor && !this.running) return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#start(key), DEBOUNCE_MS);
	}

	#start(key: string): void {
		const id = ++this.#requestId;
		this.running = true;
		this.progress = 0;
		this.error = null;
		const worker = this.#ensureWorker();
		worker.postMessage({ id, scenario: JSON.parse(key) });
		this.#pendingKey = key;
	}

	#pendingKey: string | null = null;

	#ensureWorker(): Worker {
		if (!this.#worker) {
			// Vite's worker pattern: the URL is a build-time constant, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.#worker = new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.#receive(event.data);
		}
		return this.#worker;
	}

	#receive(message: WorkerMessage): void {
		if (message.id !== this.#requestId) return;
		if (message.type === 'progress') {
			this.progress = message.done / message.total;
			return;
		}
		this.running = false;
		if (message.type === 'result') {
			this.result = message.result;
			this.resultFor = this.#pendingKey;
			this.progress = 1;
		} else {
			this.error = message.message;
		}
	}
}

export const analysisState = new AnalysisState();
