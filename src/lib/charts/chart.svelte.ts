/**
 * Chart.js as a Svelte attachment: `<canvas {@attach chart(() => config)}>`. The chart is created
 * once per canvas, follows every change of what the getter reads (data, labels, options,
 * language) with `update('none')` — no animation, so it keeps up with typing and dragging — and
 * is destroyed when the canvas leaves the page.
 *
 * Chart.js is loaded on first use, in its own chunk, so that it is not part of the page's initial
 * JavaScript (the charts sit below the ranking); until it has loaded the canvas stays empty.
 *
 * A chart is drawn first when it comes near the viewport (IntersectionObserver), and a chart
 * scrolled far out of view does not redraw on every change: it catches up, with the
 * configuration as it is then, when it comes back. So the page's load draws no chart below the
 * first screen (Chart.js itself loads with the first one drawn), and dragging a slider redraws
 * only the charts the user can see. The canvas is there from the start, with its summary as its
 * name, and printing draws every chart (`beforeprint`).
 *
 * The getter must return plain objects (from `$derived`, not `$state` proxies): Chart.js keeps
 * and mutates what it is given.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Chart, ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

/** Set when the page is about to print: every chart is drawn, near the viewport or not. */
const print = $state({ requested: false });
if (typeof window !== 'undefined')
	window.addEventListener('beforeprint', () => (print.requested = true), { once: true });

/** Chart.js with the page's parts registered, loaded once. */
export function loadChartJs(): Promise<typeof Chart> {
	loading ??= import('./register').then((m) => m.Chart);
	return loading;
}

export function chart<T extends ChartType, D = DefaultDataPoint<T>, L = unknown>(
	config: () => ChartConfiguration<T, D, L>
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let instance: Chart<T, D, L> | undefined;
		let removed = false;
		let nearView = $state(typeof IntersectionObserver === 'undefined');
		const observer =
			typeof IntersectionObserver === 'undefined'
				? null
				: new IntersectionObserver(
						(entries) => (nearView = entries.some((e) => e.isIntersecting)),
						{
							rootMargin: '300px 0px'
						}
					);
		observer?.observe(canvas);
		// The attachment itself reads nothing reactive, so it runs once per canvas; this inner
		// effect re-runs on every change of the configuration and only updates the chart.
		$effect(() => {
			// Out of view: read nothing, so changes do not re-run this until it comes near.
			if (!nearView && !print.requested) return;
			const next = config();
			if (instance) {
				instance.data = next.data;
				if (next.options) instance.options = next.options;
				instance.update('none');
				return;
			}
			void loadChartJs().then((ChartJs) => {
				if (removed || instance) return;
				// The configuration as it is now, which may be newer than when loading began.
				instance = new ChartJs(canvas, untrack(config));
			});
		});
		return () => {
			removed = true;
			observer?.disconnect();
			instance?.destroy();
		};
	};
}
