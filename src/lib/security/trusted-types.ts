/**
 * Trusted Types: the page's CSP has `require-trusted-types-for 'script'`, so a script URL must
 * come from a named policy before it reaches a sink such as `new Worker(…)`. This policy lets
 * through only scripts of this build: same origin, under SvelteKit's `_app/` folder. Anything
 * else (a URL from a share link, say) throws instead of loading.
 */

interface ScriptUrlPolicy {
	createScriptURL(url: string): string;
}

interface TrustedTypesFactory {
	createPolicy(
		name: string,
		rules: { createScriptURL(url: string): string }
	): { createScriptURL(url: string): unknown };
}

/** The policy's name, listed in the CSP's `trusted-types` directive (svelte.config.js). */
export const POLICY_NAME = 'traineevalg-script-url';

/**
 * Whether `url`, resolved against `base`, is one of this build's own scripts: a file under
 * `_app/`, or the service worker (`service-worker.js` beside the page).
 */
export function isOwnScript(url: string, base: string): boolean {
	const resolved = new URL(url, base);
	const page = new URL(base);
	if (resolved.origin !== page.origin) return false;
	if (/^\/(?:.*\/)?_app\//.test(resolved.pathname)) return true;
	const folder = page.pathname.replace(/[^/]*$/, '');
	return resolved.pathname === `${folder}service-worker.js` && !resolved.search && !resolved.hash;
}

let policy: ScriptUrlPolicy | undefined;

function scriptUrlPolicy(): ScriptUrlPolicy {
	if (policy) return policy;
	const check = (url: string): string => {
		if (!isOwnScript(url, location.href)) throw new TypeError(`Not a script of this page: ${url}`);
		return url;
	};
	const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
	const created = factory?.createPolicy(POLICY_NAME, { createScriptURL: check });
	// Where the browser has no Trusted Types, the same check still runs and a string is returned.
	policy = created
		? { createScriptURL: (url) => created.createScriptURL(url) as string }
		: { createScriptURL: check };
	return policy;
}

/** A module worker for one of this build's own worker scripts (a Vite `?worker&url` import). */
export function ownWorker(url: string): Worker {
	return new Worker(scriptUrlPolicy().createScriptURL(url), { type: 'module' });
}

/** Register this build's service worker (`service-worker.js` beside the page) under the policy. */
export function registerOwnServiceWorker(
	url: string,
	options: RegistrationOptions
): Promise<ServiceWorkerRegistration> {
	return navigator.serviceWorker.register(scriptUrlPolicy().createScriptURL(url), options);
}
