/**
 * One seed for every fast-check property test, so that a run checks the same cases every time
 * (and a mutation-testing run is repeatable). fast-check prints the seed with any counterexample;
 * set FAST_CHECK_SEED to replay a failure or to explore other cases.
 */
import fc from 'fast-check';

export const FAST_CHECK_SEED = Number(process.env.FAST_CHECK_SEED ?? 20240806);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FAST_CHECK_SEED });
