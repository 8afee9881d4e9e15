/**
 * Offline use: the service worker (`src/service-worker.ts`) keeps a copy of the whole build, so
 * the page works with no network after a visit. Installing it downloads that copy (about 1 MB
 * compressed, the PDF builder and its fonts included) and has the browser prepare every script
 * in it, all while the page starts. So it is registered once the page has started and is in use:
 * on the reader's first input of any kind (`reveal.all`: the moment the sections are built), or
 * once the page has been open for `OFFLINE_AFTER_MS` if nothing happens. SvelteKit's own
 * registration (at `load`) is switched off in svelte.config.js.
 *
 * Measured with `npm run bench:page` (Lighthouse, mobile): registering at `load`, the install
 * competed with the page's start for this machine's two cores (issue 11).
 */
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { registerOwnServiceWorker } from '$lib/security/trusted-types';
import { reveal } from './reveal.svelte';

/** Register anyway once the page has been open this long with nothing done. */
export const OFFLINE_AFTER_MS = 15_000;

/** Start keeping the offline copy at the right moment; returns a function that stops waiting. */
export function keepOffline(): () => void {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
	let done = false;
	const register = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		stopWatching();
		registerOwnServiceWorker(`${base}/service-worker.js`, {
			type: dev ? 'module' : 'classic'
		}).catch(() => {
			// No offline copy (a private window, storage full): the page works on without it.
		});
	};
	const timer = setTimeout(register, OFFLINE_AFTER_MS);
	const stopWatching = $effect.root(() => {
		$effect(() => {
			if (reveal.all) register();
		});
	});
	return () => {
		done = true;
		clearTimeout(timer);
		stopWatching();
	};
}
