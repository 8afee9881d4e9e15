/**
 * Golden page: the page's visible text (jsdom) and the data of every chart, for the scenarios in
 * `scenarios.ts` in both languages, with the analysis (SMAA and tornado) in place, compared with
 * the files in `tests/golden/files/`. Regenerate on purpose with `npm run golden -- --update`.
 * chart.js is replaced by a fake that records each chart's labels and data (no canvas in jsdom).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { analyse } from '$lib/engine';
import { analysisState } from '$lib/state/analysis.svelte';
import { locale } from '$lib/state/locale.svelte';
import { scenarioState } from '$lib/state/scenario.svelte';
import Page from '../../src/routes/+page.svelte';
import { GOLDEN_SCENARIOS, GOLDEN_SMAA } from './scenarios';

const charts = vi.hoisted(() => [] as { data: unknown }[]);

vi.mock('chart.js', () => {
	class Chart {
		static register() {}
		data: unknown;
		options: unknown;
		constructor(_canvas: HTMLCanvasElement, config: { data: unknown; options: unknown }) {
			this.data = config.data;
			this.options = config.options;
			charts.push(this);
		}
		update() {}
		destroy() {}
	}
	const empty = {};
	return {
		Chart,
		BarController: empty,
		BarElement: empty,
		LineController: empty,
		LineElement: empty,
		PointElement: empty,
		CategoryScale: empty,
		LinearScale: empty,
		Legend: empty,
		Tooltip: empty
	};
});

const FILES = join(import.meta.dirname, 'files');
const BLOCK = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/** Each element's own text (its direct text nodes), one line per element, in document order. */
function visibleText(root: Element): string {
	const lines: string[] = [];
	const walk = (el: Element, depth: number) => {
		if (BLOCK.has(el.tagName) || el.hasAttribute('hidden')) return;
		const own = [...el.childNodes]
			.filter((n) => n.nodeType === 3)
			.map((n) => n.textContent ?? '')
			.join(' ')
			.replace(/\s+/g, ' ')
			.trim();
		const label = el.getAttribute('aria-label');
		if (own || label)
			lines.push(
				`${'  '.repeat(Math.min(depth, 12))}${el.tagName.toLowerCase()}${label ? ` [${label}]` : ''}${own ? `: ${own}` : ''}`
			);
		for (const child of el.children) walk(child, depth + 1);
	};
	walk(root, 0);
	return lines.join('\n') + '\n';
}

afterEach(() => {
	locale.set('nb');
	localStorage.clear();
	scenarioState.resetAll();
	analysisState.result = null;
	analysisState.resultFor = null;
	charts.length = 0;
});

describe.each(Object.entries(GOLDEN_SCENARIOS))('golden page: %s', (name, raw) => {
	for (const lang of ['nb', 'en'] as const) {
		it(`the page's text and chart data (${lang})`, async () => {
			locale.set(lang);
			render(Page);
			// After the page's start (saved scenarios, share link, autosave), which runs in the task
			// after the page mounts (`soon` in state/reveal.svelte.ts): the scenario itself.
			await new Promise((next) => setTimeout(next, 0));
			await tick();
			scenarioState.loadUntrusted(raw);
			analysisState.result = analyse(scenarioState.scenario, GOLDEN_SMAA);
			analysisState.resultFor = JSON.stringify(scenarioState.scenario);
			await tick();
			// The chart grid loads on demand: wait for its last chart.
			await screen.findAllByRole('img', {}, { timeout: 30_000 });
			await vi.waitFor(() => expect(charts.length).toBeGreaterThanOrEqual(8), { timeout: 30_000 });
			// So do the parts below the first screen: wait until each is there.
			await vi.waitFor(
				() => {
					for (const part of ['#weights', '#assumptions', '#company', '#judgements'])
						expect(document.querySelector(`${part} section`), part).not.toBeNull();
					expect(document.querySelectorAll('article')).toHaveLength(6);
					expect(document.querySelector('section.bar'), 'scenario bar').not.toBeNull();
					expect(document.querySelector('footer'), 'footer').not.toBeNull();
					expect(document.querySelector('#council'), 'council meeting').not.toBeNull();
					expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
				},
				{ timeout: 30_000 }
			);
			await tick();
			await expect(visibleText(document.body)).toMatchFileSnapshot(
				join(FILES, `page-${name}.${lang}.txt`)
			);
			const data = JSON.stringify(
				charts.map((c) => c.data),
				null,
				1
			);
			await expect(data + '\n').toMatchFileSnapshot(join(FILES, `charts-${name}.${lang}.json`));
		}, 30_000);
	}
});
