import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * JSON files of 10 kB and more as `JSON.parse('…')` rather than object literals: a browser reads
 * JSON about twice as fast as the same data as JavaScript (the study's data is 140 kB; measured in
 * Chromium: 19 ms as a literal, 9 ms through JSON.parse; issue 11: the page's load). Vite's own
 * `json.stringify` has no effect under Rolldown, whose JSON support is built in.
 */
function jsonAsParse(): Plugin {
	return {
		name: 'traineevalg:json-as-parse',
		enforce: 'pre',
		transform(code, id) {
			if (!id.endsWith('.json') || code.length < 10_000) return;
			const text = JSON.stringify(JSON.stringify(JSON.parse(code)));
			return { code: `export default JSON.parse(${text});`, map: null, moduleType: 'js' };
		}
	};
}

export default defineConfig({
	// SOURCEMAP=1 to inspect what makes up the bundle (scripts/size.mjs reports the total).
	build: {
		sourcemap: process.env.SOURCEMAP === '1',
		rolldownOptions: {
			output: {
				// Everything the page loads at once in one chunk: split by which lazy parts share a
				// module, it came in ever more small files that compress worse apart (scripts/size.mjs).
				codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] }
			}
		}
	},
	plugins: [jsonAsParse(), sveltekit(), svelteTesting()],
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
		setupFiles: ['tests/setup.ts', 'tests/fast-check-seed.ts'],
		restoreMocks: true,
		// The machine running the tests may be busy: no test may fail on a slow moment.
		testTimeout: 30_000
	}
});
