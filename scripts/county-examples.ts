/**
 * Writes the ready scenario files for the county question, examples/fylket-sier-{ja,nei}.json:
 * each answer of data/county-question.json laid over the weights of the study's own order
 * (preset 'study-order'), whose reasons include the county funding (§4.3, §5.1.5). Run with
 * `npx tsx scripts/county-examples.ts`; a unit test checks the files are up to date.
 */
import { writeFileSync } from 'node:fs';
import { countyExampleFiles } from '../src/lib/engine/county';

for (const [file, text] of Object.entries(countyExampleFiles())) writeFileSync(file, text);
