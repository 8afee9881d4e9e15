/**
 * Council mode's messages are not in the page's first download: the guided weighting's
 * (sections/council.ts, `swing.*`) and the invitation's and member view's (sections/invite.ts,
 * `invite.*`, `member.*`). The components that say them call `loadCouncilMessages` when they
 * load, and `present/swing.ts` before it words a swing, which adds them to the catalogue (as
 * ./output.ts does for the PDF's and command line's). Idempotent. Their keys are typed with the
 * rest in ./messages.ts.
 */
import { addMessages } from './index';
import * as council from './sections/council';
import * as invite from './sections/invite';

export const councilNb = { ...council.nb, ...invite.nb } as const;
export const councilEn: { readonly [K in keyof typeof councilNb]: string } = {
	...council.en,
	...invite.en
};

let loaded = false;

export function loadCouncilMessages(): void {
	if (loaded) return;
	addMessages(councilNb, councilEn);
	loaded = true;
}
