// @vitest-environment node
/**
 * Every engine module loads. A module that throws while it loads (a Decimal setting out of range,
 * a lookup table built wrong) stops every test file that imports it from loading, and a test file
 * that does not load fails no test: the mutation-testing runner would count such a change as
 * surviving. Here each module is imported inside a test, so a module that cannot load fails it.
 */
import { describe, expect, it } from 'vitest';

const modules = import.meta.glob<Record<string, unknown>>([
	'./*.ts',
	'!./*.test.ts',
	'!./test-arbitraries.ts'
]);

describe('the engine modules', () => {
	it('are all found', () => {
		expect(Object.keys(modules)).toContain('./kernel.ts');
		expect(Object.keys(modules)).toContain('./money.ts');
	});

	it.each(Object.keys(modules))('%s loads', async (path) => {
		const loaded = await modules[path]!();
		expect(Object.keys(loaded).length).toBeGreaterThan(0);
	});
});
