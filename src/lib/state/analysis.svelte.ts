/**
 * The slow analyses (SMAA-2 and tornado) for the scenario on screen, run in a Web Worker. A new
 * scenario supersedes a running one: results of an older request are dropped. Where workers are
 * unavailable (tests in jsdom, server rendering) nothing runs and the results stay null.
 */
import type { AnalysisResult, Scenario, SmaaResult } from '$lib/engine';
import type { ErrorReport } from '$lib/errors';
import type { AnalysisMessage, AnalysisRequest } from '$lib/workers/messages';
import { ownWorker } from '$lib/security/trusted-types';
import analysisWorkerUrl from '$lib/workers/analysis.worker.ts?worker&url';

/** Wait this long after the last change before starting a run, so dragging does not queue runs. */
const DEBOUNCE_MS = 200;

export class AnalysisState {
	result = $state<AnalysisResult | null>(null);
	/** The scenario JSON the result belongs to. */
	resultFor = $state<string | null>(null);
	running = $state(false);
	/** 0–1 while running. */
	progress = $state(0);
	/** What stopped the last run; the page words it with `userMessage`. */
	error = $state<ErrorReport | null>(null);

	#worker: Worker | null = null;
	/** Called when a run ends (result, error or superseded). */
	#settled: (() => void)[] = [];
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
		const request: AnalysisRequest = { id, scenario: JSON.parse(key) };
		worker.postMessage(request);
		this.#pendingKey = key;
	}

	#pendingKey: string | null = null;

	#ensureWorker(): Worker {
		if (!this.#worker) {
			// The worker's URL passes the page's Trusted Types policy (security/trusted-types.ts).
			this.#worker = ownWorker(analysisWorkerUrl);
			this.#worker.onmessage = (event: MessageEvent<AnalysisMessage>) => this.#receive(event.data);
		}
		return this.#worker;
	}

	#receive(message: AnalysisMessage): void {
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
			this.error = message.error;
		}
		for (const done of this.#settled.splice(0)) done();
	}

	/**
	 * The SMAA result for `scenario` once a run under way has ended (waiting at most
	 * `timeoutMs`), or null when there is none for it.
	 */
	async smaaFor(scenario: Scenario, timeoutMs = 10_000): Promise<SmaaResult | null> {
		if (this.running)
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, timeoutMs);
				this.#settled.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		return this.result && !this.isStale(scenario) ? this.result.smaa : null;
	}
}

export const analysisState = new AnalysisState();
