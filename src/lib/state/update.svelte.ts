/**
 * A new version of the page, installed by the service worker while this page is open. The page
 * keeps running on the version it was opened with (the worker keeps its files); this says, once,
 * that a newer one is ready, and reloads into it on request. The scenario survives the reload:
 * it is this tab's draft in storage (see storage/drafts.ts).
 */

/** How often an open page asks the server for a new version. */
export const UPDATE_CHECK_MS = 30 * 60 * 1000;

export class UpdateState {
	/** A new version is installed and waiting for this page to reload. */
	ready = $state(false);
	/** The user closed the notice: it is not shown again for this page. */
	dismissed = $state(false);
	#registration: ServiceWorkerRegistration | null = null;

	/** Watch for a new version; returns a function that stops watching. */
	watch(): () => void {
		const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
		if (!container) return () => {};
		let stopped = false;
		const check = () => void this.#registration?.update().catch(() => {});
		const onVisible = () => document.visibilityState === 'visible' && check();
		const timer = setInterval(check, UPDATE_CHECK_MS);
		document.addEventListener('visibilitychange', onVisible);
		void container.ready.then((registration) => {
			if (stopped) return;
			this.#registration = registration;
			// Only an update replaces a controller; a first install is no new version.
			const waiting = () => {
				if (registration.waiting && container.controller) this.ready = true;
			};
			waiting();
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => worker.state === 'installed' && waiting());
			});
		});
		return () => {
			stopped = true;
			clearInterval(timer);
			document.removeEventListener('visibilitychange', onVisible);
		};
	}

	/** Let the new version take over, then reload into it. */
	reload(): void {
		const container = navigator.serviceWorker;
		const waiting = this.#registration?.waiting;
		if (!container || !waiting) {
			location.reload();
			return;
		}
		container.addEventListener('controllerchange', () => location.reload(), { once: true });
		waiting.postMessage('skip-waiting');
	}
}

export const updateState = new UpdateState();
