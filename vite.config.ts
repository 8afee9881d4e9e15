import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// SOURCEMAP=1 to inspect what makes up the bundle (scripts/size.mjs reports the total).
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	plugins: [sveltekit(), svelteTesting()],
	test: {
		environment: 'jsdom',
		// Property tests run hundreds of evaluations; on a busy shared two-core machine 5 s is not enough.
		testTimeout: 30_000,
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		setupFiles: ['tests/setup.ts'],
		restoreMocks: true
	}
});
