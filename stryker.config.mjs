/**
 * Mutation testing of the engine (`npm run test:mutation`): Stryker changes the code of every
 * file in src/lib/engine one small step at a time and checks that some engine test fails.
 * Not part of `npm test`: a full run takes tens of minutes. Run it after changing the engine;
 * for one file, `npm run test:mutation -- --mutate src/lib/engine/tornado.ts`.
 * The score per file is printed at the end and written to reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts' },
	mutate: [
		'src/lib/engine/**/*.ts',
		'!src/lib/engine/**/*.test.ts',
		'!src/lib/engine/test-arbitraries.ts',
		'!src/lib/engine/test-helpers.ts'
	],
	coverageAnalysis: 'perTest',
	// The machine running it is usually shared; raise with --concurrency on an idle one.
	concurrency: 2,
	timeoutMS: 20000,
	// The first (dry) run of all engine tests, instrumented, took over Stryker's default 5
	// minutes on a busy two-core machine.
	dryRunTimeoutMinutes: 20,
	reporters: ['clear-text', 'progress', 'html', 'json'],
	clearTextReporter: { allowColor: false, reportScoreTable: true, reportMutants: true },
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	incrementalFile: 'reports/stryker-incremental.json',
	thresholds: { high: 95, low: 90, break: null },
	ignorePatterns: [
		'build',
		'.svelte-kit',
		'test-results',
		'playwright-report',
		'reports',
		'tests/e2e',
		'static',
		'bench'
	],
	tempDirName: '.stryker-tmp',
	cleanTempDir: true
};
