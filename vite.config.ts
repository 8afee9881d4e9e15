import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

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
	plugins: [sveltekit(), svelteTesting()],
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
		setupFiles: ['tests/setup.ts', 'tests/fast-check-seed.ts'],
		restoreMocks: true,
		// The machine running the tests may be busy: no test may fail on a slow moment.
		testTimeout: 30_000
	}
});
