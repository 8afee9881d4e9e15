// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderDataSources } from '../../src/lib/data/document';

it('docs/data-sources.md is generated from the current data (run `npm run docs:data`)', () => {
	expect(readFileSync('docs/data-sources.md', 'utf8')).toBe(renderDataSources());
});
