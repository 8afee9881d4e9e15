/**
 * fast-check generators for property tests: random valid scenarios. Test-only; nothing in the
 * app imports this file.
 */
import fc from 'fast-check';
import { criteria, parameters } from '../data';
import { boundsOf, type Scenario } from './scenario';

/** A value for a parameter: anywhere in its range, or now and then anywhere within its bounds. */
function valueFor(id: string): fc.Arbitrary<number> {
	const p = parameters.find((x) => x.id === id)!;
	const b = boundsOf(p);
	const [low, high] = p.range;
	// Keep horizons small enough for fast tests; everything else within physical bounds.
	const max = id === 'shared.horizonYears' ? 15 : Math.min(b.max, Math.max(high * 3, high + 5));
	if (b.integer)
		return fc.oneof(
			fc.integer({ min: low, max: high }),
			fc.integer({ min: b.min, max: Math.floor(max) })
		);
	return fc.oneof(
		fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true }),
		fc.double({ min: b.min, max, noNaN: true, noDefaultInfinity: true })
	);
}

/**
 * A random valid scenario: a random subset of parameters changed, and random weights. Built when
 * a test draws from it, not when this file loads, so that the engine code it calls (`boundsOf`)
 * runs inside the tests (mutation testing counts code run while a file loads against every test).
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.constant(null).chain(() => scenarioRecord());

function scenarioRecord(): fc.Arbitrary<Scenario> {
	return fc
		.record({
			values: fc.record(Object.fromEntries(parameters.map((p) => [p.id, valueFor(p.id)])), {
				requiredKeys: []
			}),
			weights: fc
				.array(fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }), {
					minLength: criteria.length,
					maxLength: criteria.length
				})
				.filter((w) => w.some((x) => x > 1e-6))
		})
		.map(({ values, weights }) => ({
			version: 2 as const,
			values: values as Record<string, number>,
			weights: Object.fromEntries(criteria.map((c, i) => [c.id, weights[i]!]))
		}));
}
