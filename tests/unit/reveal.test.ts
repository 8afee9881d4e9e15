/**
 * The order in which the sections below the first screen are built (state/reveal.svelte.ts):
 * one per task, those whose code has loaded, a named or near one first, else in page order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	cancel,
	promote,
	ready,
	requestBuild,
	reveal,
	runNow,
	sectionOrder,
	soon
} from '$lib/state/reveal.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Three sections in page order, each recording when it is built. */
function sections(names: string[]) {
	const built: string[] = [];
	const jobs = names.map((name) => ({ name, job: requestBuild(sectionOrder(), false) }));
	return { built, jobs, build: (name: string) => () => built.push(name) };
}

describe('building the sections below the first screen', () => {
	it('builds one section per task, in page order, never in the task that asked', () => {
		const { built, jobs, build } = sections(['bar', 'weights', 'footer']);
		// Their code loads in another order than the page's.
		for (const i of [2, 0, 1]) ready(jobs[i]!.job, build(jobs[i]!.name));
		expect(built).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(built).toEqual(['bar']);
		vi.advanceTimersToNextTimer();
		expect(built).toEqual(['bar', 'weights']);
		vi.advanceTimersToNextTimer();
		expect(built).toEqual(['bar', 'weights', 'footer']);
		// Nothing is left to build, and nothing is built twice.
		vi.runAllTimers();
		expect(built).toEqual(['bar', 'weights', 'footer']);
	});

	it('builds a section named by a shortcut before the ones above it', () => {
		const { built, jobs, build } = sections(['bar', 'weights', 'judgements']);
		for (const { name, job } of jobs) ready(job, build(name));
		promote(jobs[2]!.job);
		vi.runAllTimers();
		expect(built).toEqual(['judgements', 'bar', 'weights']);
	});

	it('waits for a section whose code has not loaded, and builds the loaded ones meanwhile', () => {
		const { built, jobs, build } = sections(['bar', 'weights']);
		ready(jobs[1]!.job, build('weights'));
		vi.runAllTimers();
		expect(built).toEqual(['weights']);
		ready(jobs[0]!.job, build('bar'));
		vi.runAllTimers();
		expect(built).toEqual(['weights', 'bar']);
	});

	it('does the page’s start-up work first, in the order asked, each in a task of its own', () => {
		const { built, jobs, build } = sections(['answer', 'bar']);
		promote(jobs[0]!.job);
		for (const { name, job } of jobs) ready(job, build(name));
		soon(() => built.push('start'));
		soon(() => built.push('language'));
		vi.advanceTimersToNextTimer();
		expect(built).toEqual(['start']);
		vi.advanceTimersToNextTimer();
		expect(built).toEqual(['start', 'language']);
		vi.runAllTimers();
		expect(built).toEqual(['start', 'language', 'answer', 'bar']);
	});

	it('builds a section at once when the reader reaches it, and never again in its turn', () => {
		const { built, jobs, build } = sections(['answer', 'ranking']);
		for (const { name, job } of jobs) ready(job, build(name));
		runNow(jobs[1]!.job);
		expect(built).toEqual(['ranking']);
		vi.runAllTimers();
		expect(built).toEqual(['ranking', 'answer']);
	});

	it('drops a cancelled job', () => {
		const { built, jobs, build } = sections(['answer', 'ranking']);
		for (const { name, job } of jobs) ready(job, build(name));
		cancel(jobs[0]!.job);
		const later = soon(() => built.push('start'));
		cancel(later);
		vi.runAllTimers();
		expect(built).toEqual(['ranking']);
	});

	it('reveals everything on the first input of any kind', () => {
		expect(reveal.all).toBe(false);
		window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
		expect(reveal.all).toBe(true);
	});
});
