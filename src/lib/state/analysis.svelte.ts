/**
 * The slow analyses (SMAA-2 and tornado) for the scenario on screen, run in a Web Worker. A new
 * scenario supersedes a running one: results of an older request are dropped. Where workers are
 * unavailable (tests in jsdom, server rendering) nothing runs and the results stay null.
 */
import type { AnalysisResult, Scenario, SmaaResult } from '$lib/engine';
import type { ErrorReport } from '$lib/errors';
import type { AnalysisRequest } from '$lib/workers/messages';
import { ownWorker } from '$lib/security/trusted-types';
import analysisWorkerUrl from '$lib/workers/analysis.worker.ts?worker&url';
import { WorkerClient } from './worker-client';

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

	#client = new WorkerClient<AnalysisResult>(this, {
		// The worker's URL passes the page's Trusted Types policy (security/trusted-types.ts).
		createWorker: () => ownWorker(analysisWorkerUrl),
		request: (id, key): AnalysisRequest => ({ id, scenario: JSON.parse(key) }),
		debounceMs: DEBOUNCE_MS
	});

	/** Whether the result on screen belongs to an older scenario. */
	isStale(scenario: Scenario): boolean {
		return this.resultFor !== JSON.stringify(scenario);
	}

	/**
	 * Take the study's analysis as the page was prerendered with it (`routes/+page.server.ts`)
	 * as the result for `scenario` (the untouched study's), so the page does not run it again.
	 */
	useStudy(result: AnalysisResult | undefined, scenario: Scenario): void {
		if (!result || this.result) return;
		this.result = result;
		this.resultFor = JSON.stringify(scenario);
	}

	request(scenario: Scenario): void {
		this.#client.request(JSON.stringify(scenario));
	}

	/**
	 * The SMAA result for `scenario` once a run under way has ended (waiting at most
	 * `timeoutMs`), or null when there is none for it.
	 */
	async smaaFor(scenario: Scenario, timeoutMs = 10_000): Promise<SmaaResult | null> {
		if (this.running) await this.#client.settled(timeoutMs);
		return this.result && !this.isStale(scenario) ? this.result.smaa : null;
	}
}

export const analysisState = new AnalysisState();
