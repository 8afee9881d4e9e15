/// <reference lib="webworker" />
/**
 * Council mode's group SMAA (engine/group.ts) off the main thread: started by the group view,
 * only when the advisor has added answers. The members arrive as the page read them and are
 * checked again here (`parseScenario` for the base, `groupSmaa` for the members). Messages:
 * `messages.ts`.
 */
import { groupSmaa, parseScenario, type GroupMember } from '../engine';
import { toErrorReport } from '../errors';
import type { GroupMessage, GroupRequest } from './messages';

const post = (message: GroupMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<GroupRequest>) => {
	const { id } = event.data;
	try {
		const base = parseScenario(event.data.base);
		const result = groupSmaa(base, event.data.members as GroupMember[], {}, (done, total) =>
			post({ id, type: 'progress', done, total })
		);
		post({ id, type: 'result', result });
	} catch (e) {
		post({ id, type: 'error', error: toErrorReport(e) });
	}
};
