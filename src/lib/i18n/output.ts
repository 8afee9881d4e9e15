/**
 * The messages only the outputs say: the PDF meeting summary (sections/report.ts), the command
 * line (sections/cli.ts) and council mode's group view (sections/group.ts, which loads on request
 * and shows the outputs' group tables). Importing this module adds them to the catalogue, so the page's first
 * download does without them: the PDF builder (present/tables.ts, report/content.ts) and every
 * command-line module import it. Listed under `sideEffects` in package.json, so the bundler keeps
 * the import. Relative imports only (tsx).
 */
import { addMessages } from './index';
import * as cli from './sections/cli';
import * as group from './sections/group';
import * as report from './sections/report';

export const outputNb = { ...cli.nb, ...report.nb, ...group.nb } as const;
export const outputEn: { readonly [K in keyof typeof outputNb]: string } = {
	...cli.en,
	...report.en,
	...group.en
};

addMessages(outputNb, outputEn);
