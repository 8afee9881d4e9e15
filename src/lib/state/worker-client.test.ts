/**
 * The worker client the analysis and the group share, against a fake worker: requests wait for
 * the debounce and the newest wins; a reply to a superseded request is dropped; progress, a
 * result and an error land in the owner's fields; where workers are unavailable the fallback runs
 * on the main thread (its error reported the same way), and without a fallback nothing runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorReport } from '$lib/errors';
import { WorkerClient, type RunState, type WorkerReply } from './worker-client';

const DEBOUNCE = 200;

/** A worker that records what is posted to it; `reply` plays a message from it. */
class FakeWorker {
	posted: unknown[] = [];
	onmessage: ((event: MessageEvent) => void) | null = null;
	postMessage(message: unknown): void {
		this.posted.push(message);
	}
	reply(message: WorkerReply<string>): void {
		this.onmessage?.({ data: message } as MessageEvent);
	}
}

function runState(): RunState<string> {
	return { result: null, resultFor: null, running: false, progress: 0, error: null };
}

const FAILURE: ErrorReport = { name: 'Error', message: 'the run failed' };

let worker: FakeWorker;
let created: number;

function client(state: RunState<string>, fallback?: (key: string) => string) {
	return new WorkerClient<string>(state, {
		createWorker: () => {
			created++;
			return worker as unknown as Worker;
		},
		request: (id, key) => ({ id, key }),
		fallback,
		debounceMs: DEBOUNCE
	});
}

beforeEach(() => {
	vi.useFakeTimers();
	worker = new FakeWorker();
	created = 0;
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('WorkerClient with a worker', () => {
	beforeEach(() => vi.stubGlobal('Worker', FakeWorker));

	it('starts a run only once the key has stopped changing, with the newest key', () => {
		const state = runState();
		const c = client(state);
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE - 1);
		c.request('b');
		vi.advanceTimersByTime(DEBOUNCE - 1);
		expect(worker.posted).toEqual([]);
		expect(state.running).toBe(false);
		vi.advanceTimersByTime(1);
		expect(worker.posted).toEqual([{ id: 1, key: 'b' }]);
		expect(state.running).toBe(true);
	});

	it('drops the replies to a superseded request and keeps the newest', () => {
		const state = runState();
		const c = client(state);
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE);
		c.request('b');
		vi.advanceTimersByTime(DEBOUNCE);
		expect(worker.posted).toEqual([
			{ id: 1, key: 'a' },
			{ id: 2, key: 'b' }
		]);
		// One worker for both runs.
		expect(created).toBe(1);

		// Request 1 is stale: neither its progress nor its result nor its error counts.
		worker.reply({ id: 1, type: 'progress', done: 1, total: 2 });
		worker.reply({ id: 1, type: 'result', result: 'A' });
		worker.reply({ id: 1, type: 'error', error: FAILURE });
		expect(state).toEqual({
			result: null,
			resultFor: null,
			running: true,
			progress: 0,
			error: null
		});

		// 3 of 4 done: 3 / 4 = 0.75.
		worker.reply({ id: 2, type: 'progress', done: 3, total: 4 });
		expect(state.progress).toBe(0.75);
		worker.reply({ id: 2, type: 'result', result: 'B' });
		expect(state).toEqual({
			result: 'B',
			resultFor: 'b',
			running: false,
			progress: 1,
			error: null
		});
	});

	it('reports an error, keeps the result it had, and settles whoever waits', async () => {
		const state = runState();
		const c = client(state);
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE);
		worker.reply({ id: 1, type: 'result', result: 'A' });
		c.request('b');
		vi.advanceTimersByTime(DEBOUNCE);
		let settled = false;
		const waiting = c.settled(10_000).then(() => (settled = true));
		worker.reply({ id: 2, type: 'error', error: FAILURE });
		await waiting;
		expect(settled).toBe(true);
		expect(state).toEqual({
			result: 'A',
			resultFor: 'a',
			running: false,
			progress: 0,
			error: FAILURE
		});
	});

	it('runs nothing for the key whose result it has, while nothing runs', () => {
		const state = runState();
		const c = client(state);
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE);
		worker.reply({ id: 1, type: 'result', result: 'A' });
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE);
		expect(worker.posted).toHaveLength(1);
	});

	it('starts no run when a change is undone within the debounce', () => {
		// The result for 'a' is on screen (as the prerendered study's is at load); 'b' is asked
		// for and, before its run starts, 'a' again: the run for 'b' must not start, or its
		// result would replace the one on screen and leave it marked out of date.
		const state = runState();
		state.result = 'A';
		state.resultFor = 'a';
		const c = client(state);
		c.request('b');
		vi.advanceTimersByTime(DEBOUNCE - 1);
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE * 2);
		expect(worker.posted).toEqual([]);
		expect(state).toEqual({
			result: 'A',
			resultFor: 'a',
			running: false,
			progress: 0,
			error: null
		});
	});

	it('stops waiting after the timeout when no run ends', async () => {
		const c = client(runState());
		let settled = false;
		const waiting = c.settled(500).then(() => (settled = true));
		await vi.advanceTimersByTimeAsync(499);
		expect(settled).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		await waiting;
		expect(settled).toBe(true);
	});
});

describe('WorkerClient without workers', () => {
	it('runs the fallback here, on the main thread', () => {
		const state = runState();
		const c = client(state, (key) => key.toUpperCase());
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE);
		expect(created).toBe(0);
		expect(state).toEqual({
			result: 'A',
			resultFor: 'a',
			running: false,
			progress: 1,
			error: null
		});
	});

	it('reports what the fallback throws as an error report', () => {
		const state = runState();
		const c = client(state, () => {
			throw new Error('boom');
		});
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE);
		expect(state.running).toBe(false);
		expect(state.result).toBeNull();
		expect(state.error).toEqual({ name: 'Error', message: 'boom' });
	});

	it('runs nothing without a fallback', () => {
		const state = runState();
		const c = client(state);
		c.request('a');
		vi.advanceTimersByTime(DEBOUNCE);
		expect(created).toBe(0);
		expect(state.running).toBe(false);
	});
});
