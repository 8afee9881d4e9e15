/**
 * The offline copy (the service worker) is registered once the page is in use, not as it loads
 * (state/offline.svelte.ts; issue 11): on the reader's first input, or after OFFLINE_AFTER_MS
 * with nothing done; once, whichever comes first.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepOffline, OFFLINE_AFTER_MS } from '$lib/state/offline.svelte';
import { reveal } from '$lib/state/reveal.svelte';

let register: ReturnType<typeof vi.fn>;

beforeEach(() => {
	vi.useFakeTimers();
	register = vi.fn(() => Promise.resolve({}));
	vi.stubGlobal('navigator', { ...navigator, serviceWorker: { register } });
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	reveal.all = false;
});

describe('keeping the offline copy', () => {
	it('waits while the page loads, and registers on the reader’s first input, once', () => {
		const stop = keepOffline();
		flushSync();
		vi.advanceTimersByTime(OFFLINE_AFTER_MS - 1);
		expect(register).not.toHaveBeenCalled();
		window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
		flushSync();
		expect(register).toHaveBeenCalledTimes(1);
		expect(register.mock.calls[0]![0]).toBe('/service-worker.js');
		vi.advanceTimersByTime(OFFLINE_AFTER_MS);
		expect(register).toHaveBeenCalledTimes(1);
		stop();
	});

	it('registers after a while with nothing done, and not again on a later input', () => {
		const stop = keepOffline();
		flushSync();
		vi.advanceTimersByTime(OFFLINE_AFTER_MS);
		expect(register).toHaveBeenCalledTimes(1);
		reveal.all = true;
		flushSync();
		expect(register).toHaveBeenCalledTimes(1);
		stop();
	});

	it('registers nothing once the page is gone', () => {
		const stop = keepOffline();
		stop();
		vi.advanceTimersByTime(OFFLINE_AFTER_MS * 2);
		reveal.all = true;
		flushSync();
		expect(register).not.toHaveBeenCalled();
	});
});
