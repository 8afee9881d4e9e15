/**
 * Vitest for mutation testing (`npm run test:mutation`, stryker.config.mjs): only the engine's
 * own tests, in Node. The SvelteKit plugin is kept only because it writes
 * .svelte-kit/tsconfig.json, which tsconfig.json extends (Stryker's sandbox copy lacks it).
 */
import { basename } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The slow test files (property tests over random scenarios, Monte Carlo runs), slowest last. */
const SLOW = [
	'analysis.test.ts',
	'evaluate.test.ts',
	'tornado.test.ts',
	'stability.test.ts',
	'kernel.test.ts',
	'smaa.test.ts'
];

/**
 * Quick, hand-worked tests first. Stryker stops a mutant's run at the first failing test, so a
 * mutant the exact tests catch never waits for the slow ones (the default order runs the slowest
 * file first).
 */
class QuickFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (f: TestSpecification) => SLOW.indexOf(basename(f.moduleId));
		return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
	}
}

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		include: ['src/lib/engine/**/*.test.ts'],
		setupFiles: ['tests/fast-check-seed.ts'],
		restoreMocks: true,
		sequence: { sequencer: QuickFirst },
		// Instrumented code on a busy machine is slow; Stryker has its own per-mutant timeout.
		testTimeout: 300_000,
		hookTimeout: 300_000
	}
});
