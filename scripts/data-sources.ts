// Writes docs/data-sources.md from data/: every parameter with its value, range, kind, origin
// and sources, then every source. `npm run docs:data` regenerates it; a unit test fails when the
// committed file is out of date.
import { writeFileSync } from 'node:fs';
import { renderDataSources } from '../src/lib/data/document';

writeFileSync('docs/data-sources.md', renderDataSources());
console.log('wrote docs/data-sources.md');
