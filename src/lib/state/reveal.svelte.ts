/**
 * When the parts of the page below the first screen are built.
 *
 * The first screen (the answer and the ranking) is prerendered whole; its parts are islands
 * (`components/Island.svelte`), hydrated one per task right after the page, before any section
 * below, or at once when the reader reaches for one.
 * The sections below it (the scenario bar, the county's question, the weights, the assumptions,
 * the judged scores, the council meeting, the models and the sources) are each loaded and built
 * when one of these happens first:
 *
 * - the section comes within a screen's height of the viewport (scrolling to it);
 * - the reader does anything at all: a key, a touch, a click, the wheel, the mouse moving, a
 *   scroll. Then every section is built, one per task in page order, so that the page keeps
 *   answering input between them;
 * - a shortcut or a link names the section (`#weights`): it is built first, then the rest;
 * - the page is printed (the sources are printed).
 *
 * So a phone that opens the page and shows the answer spends its first seconds on the answer
 * alone (issue 11: total blocking time), and a reader who does anything gets the whole page a
 * moment later. Nothing is built twice and nothing is lost: the sections' state lives in
 * `state/`, not in the components.
 */

/** A section waiting to be built; `build` is set once its code has loaded. */
export interface BuildJob {
	order: number;
	/** Named by the address or near the viewport: built before the others. */
	first: boolean;
	build: (() => void) | null;
}

const waiting: BuildJob[] = [];
let pumping = false;
let nextOrder = 0;

/** Set once the reader has done anything (or the page prints, or a link names a section). */
export const reveal = $state({ all: false });

const INPUTS = ['keydown', 'pointerdown', 'pointermove', 'touchstart', 'wheel', 'scroll'] as const;

function revealAll(): void {
	if (reveal.all) return;
	reveal.all = true;
	for (const type of INPUTS) removeEventListener(type, revealAll, { capture: true });
}

if (typeof window !== 'undefined') {
	for (const type of INPUTS) addEventListener(type, revealAll, { capture: true, passive: true });
	addEventListener('beforeprint', revealAll);
	addEventListener('hashchange', revealAll);
}

/** The next section to build: the first named or near one whose code has loaded, else in order. */
function next(): BuildJob | undefined {
	let best: BuildJob | undefined;
	for (const job of waiting) {
		if (!job.build) continue;
		if (!best || (job.first && !best.first) || (job.first === best.first && job.order < best.order))
			best = job;
	}
	return best;
}

/** One section per task, so that the page answers input between them. */
function pump(): void {
	const job = next();
	if (!job) {
		pumping = false;
		return;
	}
	waiting.splice(waiting.indexOf(job), 1);
	job.build!();
	setTimeout(pump, 0);
}

function schedule(): void {
	if (pumping || !next()) return;
	pumping = true;
	setTimeout(pump, 0);
}

/** A section's place in the page: sections register as the page is built, top to bottom. */
export function sectionOrder(): number {
	return nextOrder++;
}

/** Ask for a section to be built (`first`: before the others); returns its job. */
export function requestBuild(order: number, first: boolean): BuildJob {
	const job: BuildJob = { order, first, build: null };
	waiting.push(job);
	return job;
}

/** Move a waiting section to the front. */
export function promote(job: BuildJob): void {
	job.first = true;
}

let soonOrder = -1_000_000;

/**
 * Work the page does right after it has started, in a task of its own, before any island or
 * section is built (in the order asked for).
 */
export function soon(work: () => void): BuildJob {
	const job: BuildJob = { order: soonOrder++, first: true, build: work };
	waiting.push(job);
	schedule();
	return job;
}

/** Drop a job that has not run yet. */
export function cancel(job: BuildJob): void {
	const at = waiting.indexOf(job);
	if (at >= 0) waiting.splice(at, 1);
}

/** Build a waiting section now, in this task (the reader is about to use it). */
export function runNow(job: BuildJob): void {
	const at = waiting.indexOf(job);
	if (at < 0 || !job.build) return;
	waiting.splice(at, 1);
	job.build();
}

/** The section's code has loaded: build it in its turn. */
export function ready(job: BuildJob, build: () => void): void {
	job.build = build;
	schedule();
}
