/// <reference lib="webworker" />
/**
 * Runs the Monte Carlo (SMAA-2) and the tornado off the main thread, so typing and dragging never
 * wait for them. Messages: `messages.ts`.
 */
import { analyse, parseScenario } from '../engine';
import { toErrorReport } from '../errors';
import type { AnalysisMessage, AnalysisRequest } from './messages';

const post = (message: AnalysisMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
	const { id } = event.data;
	try {
		const scenario = parseScenario(event.data.scenario);
		const result = analyse(scenario, {}, (done, total) =>
			post({ id, type: 'progress', done, total })
		);
		post({ id, type: 'result', result });
	} catch (e) {
		post({ id, type: 'error', error: toErrorReport(e) });
	}
};
