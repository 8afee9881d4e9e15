/**
 * Helpers shared by the engine's tests and the unit tests under tests/unit that check its
 * errors. Test-only; nothing in the app imports this file.
 */
import { ScenarioError } from './errors';

/** The ScenarioError `f` throws; fails the test when it throws nothing or another error. */
export function errorOf(f: () => unknown): ScenarioError {
	try {
		f();
	} catch (e) {
		if (e instanceof ScenarioError) return e;
		throw e;
	}
	throw new Error('no error thrown');
}
