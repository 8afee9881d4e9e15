/// <reference lib="webworker" />
/**
 * Runs the Monte Carlo (SMAA-2) and the tornado off the main thread, so typing and dragging never
 * wait for them. Messages: in `{ id, scenario }`; out `{ id, type: 'progress', done, total }`,
 * then `{ id, type: 'result', result }` or `{ id, type: 'error', message }`.
 */
import { analyse, parseScenario } from '../engine';

self.onmessage = (event: MessageEvent<{ id: number; scenario: unknown }>) => {
	const { id } = event.data;
	try {
		const scenario = parseScenario(event.data.scenario);
		const result = analyse(scenario, {}, (done, total) =>
			self.postMessage({ id, type: 'progress', done, total })
		);
		self.postMessage({ id, type: 'result', result });
	} catch (e) {
		self.postMessage({ id, type: 'error', message: (e as Error).message });
	}
};
