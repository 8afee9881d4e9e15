/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after the first visit the page works with no network. Every file of this
 * build (the prerendered page, its scripts, styles, worker and fonts) is cached on install, under
 * a cache named after the build version. Requests for this origin are answered from the cache
 * first, then the network.
 *
 * Updates: a new version installs beside the old one and waits. A page that is open keeps the
 * old version's files (its lazy chunks: the PDF builder, the comparison, Chart.js) until it is
 * reloaded: the waiting worker takes over only when the page asks (its "reload" button posts
 * 'skip-waiting'), and the previous version's cache is kept after that, so that another tab
 * still on it finds its chunks too. Older caches than that are deleted.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'traineevalg-';
const CACHE = `${PREFIX}${version}`;
const ASSETS = [...build, ...files, ...prerendered];
/** Where each cache records when it was installed, to tell the previous version from older ones. */
const INSTALLED_AT = '/__installed-at';

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			await cache.addAll(ASSETS);
			await cache.put(INSTALLED_AT, new Response(String(Date.now())));
		})
	);
});

async function installedAt(name: string): Promise<number> {
	const response = await (await caches.open(name)).match(INSTALLED_AT);
	return response ? Number(await response.text()) || 0 : 0;
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const others = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
			const dated = await Promise.all(others.map(async (k) => [k, await installedAt(k)] as const));
			dated.sort((a, b) => b[1] - a[1]);
			// Keep the newest previous version for pages still open on it; delete the rest.
			await Promise.all(dated.slice(1).map(([k]) => caches.delete(k)));
			// On the first install no page runs another version: take the open page at once, so it
			// works offline without a reload. An update never claims: it waits for the page's reload.
			if (others.length === 0) await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// The page itself is cached under its path; a share link only adds a fragment.
			const cached =
				(await cache.match(request, { ignoreSearch: url.pathname === '/' })) ??
				// A chunk of the previous version, for a page opened before the update.
				(url.pathname.startsWith('/_app/') ? await caches.match(request) : undefined);
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') cache.put(request, response.clone());
				return response;
			} catch (error) {
				const fallback = await cache.match('/');
				if (fallback && request.mode === 'navigate') return fallback;
				throw error;
			}
		})()
	);
});
