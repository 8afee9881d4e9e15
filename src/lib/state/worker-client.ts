/**
 * The client side of a slow computation run in a Web Worker, shared by the page's analysis
 * (`analysis.svelte.ts`) and council mode's group (`group.svelte.ts`): a run is asked for by a
 * key (the request's JSON), starts once the key has stopped changing for `debounceMs`, and is
 * posted with a new id; a reply for an older id is dropped, so a newer request supersedes a
 * running one. Progress, the result and an error are written to the owner's `$state` fields
 * (`RunState`), so that its public fields stay what they were.
 *
 * Where workers are unavailable (jsdom in unit tests, server rendering) a `fallback` runs the same
 * function here, on the main thread; without one nothing runs.
 */
import { toErrorReport, type ErrorReport } from '$lib/errors';

/** What a worker sends back for request `id`: progress, then a result or an error. */
export type WorkerReply<R> =
	| { id: number; type: 'progress'; done: number; total: number }
	| { id: number; type: 'result'; result: R }
	| { id: number; type: 'error'; error: ErrorReport };

/** The owner's fields the client keeps up to date. */
export interface RunState<R> {
	result: R | null;
	/** The key the result belongs to. */
	resultFor: string | null;
	running: boolean;
	/** 0–1 while running. */
	progress: number;
	error: ErrorReport | null;
}

export interface WorkerClientOptions<R> {
	/** Makes the worker, on the first run. */
	createWorker: () => Worker;
	/** The message posted for run `id` over `key`. */
	request: (id: number, key: string) => unknown;
	/** Computes the result here where workers are unavailable; without it nothing runs then. */
	fallback?: (key: string) => R;
	/** Wait this long after the last request before a run starts. */
	debounceMs: number;
}

export class WorkerClient<R> {
	readonly #state: RunState<R>;
	readonly #options: WorkerClientOptions<R>;
	#worker: Worker | null = null;
	#requestId = 0;
	#pendingKey: string | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** Called when a run ends (result or error). */
	#settled: (() => void)[] = [];

	constructor(state: RunState<R>, options: WorkerClientOptions<R>) {
		this.#state = state;
		this.#options = options;
	}

	/**
	 * Run over `key` once it has stopped changing, unless its result is already there and
	 * nothing is running.
	 */
	request(key: string): void {
		if (typeof Worker === 'undefined' && !this.#options.fallback) return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		// Back to the key whose result is on screen before a run for another one started (a
		// change undone within the debounce): nothing to run, and the other run must not start.
		if (key === this.#state.resultFor && !this.#state.running) return;
		this.#timer = setTimeout(() => this.#start(key), this.#options.debounceMs);
	}

	/** Resolves when a run ends, or after `timeoutMs`, whichever comes first. */
	settled(timeoutMs: number): Promise<void> {
		return new Promise<void>((resolve) => {
			const timer = setTimeout(resolve, timeoutMs);
			this.#settled.push(() => {
				clearTimeout(timer);
				resolve();
			});
		});
	}

	#start(key: string): void {
		const id = ++this.#requestId;
		this.#state.running = true;
		this.#state.progress = 0;
		this.#state.error = null;
		this.#pendingKey = key;
		const { fallback } = this.#options;
		if (typeof Worker === 'undefined' && fallback) {
			try {
				this.#receive({ id, type: 'result', result: fallback(key) });
			} catch (e) {
				this.#receive({ id, type: 'error', error: toErrorReport(e) });
			}
			return;
		}
		this.#ensureWorker().postMessage(this.#options.request(id, key));
	}

	#ensureWorker(): Worker {
		if (!this.#worker) {
			this.#worker = this.#options.createWorker();
			this.#worker.onmessage = (event: MessageEvent<WorkerReply<R>>) => this.#receive(event.data);
		}
		return this.#worker;
	}

	#receive(message: WorkerReply<R>): void {
		if (message.id !== this.#requestId) return;
		if (message.type === 'progress') {
			this.#state.progress = message.done / message.total;
			return;
		}
		this.#state.running = false;
		if (message.type === 'result') {
			this.#state.result = message.result;
			this.#state.resultFor = this.#pendingKey;
			this.#state.progress = 1;
		} else this.#state.error = message.error;
		for (const done of this.#settled.splice(0)) done();
	}
}
