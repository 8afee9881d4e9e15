import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A single prerendered page; no server at run time.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// The page's styles inline in its HTML (45 kB, 9 kB gzipped): fifteen small stylesheets,
		// each render-blocking, cost a phone on a slow network several round trips before the
		// first paint. SvelteKit adds each inline style's hash to the CSP's style-src.
		inlineStyleThreshold: Infinity,
		// The service worker is registered by the page once it is in use, not at `load`
		// (src/lib/state/offline.svelte.ts).
		serviceWorker: { register: false },
		// Strict CSP: same origin only, no remote origins; SvelteKit hashes its own inline
		// bootstrap script, so no 'unsafe-inline' is needed for scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer carries one inline style attribute (sveltejs/kit#11993);
				// allow exactly that attribute by its hash, nothing else.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				// Trusted Types enforced: a script URL or HTML string reaches a DOM sink only through
				// a named policy. Svelte's own (HTML templates), SvelteKit's (the service worker's
				// URL) and this page's (its worker's URL, src/lib/security/trusted-types.ts).
				'require-trusted-types-for': ['script'],
				'trusted-types': ['svelte-trusted-html', 'sveltekit-trusted-url', 'traineevalg-script-url'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
