/**
 * Seeded pseudo-random numbers for the Monte Carlo analysis (`smaa.ts`). Floats throughout.
 *
 * Generator: xoshiro128** 1.0 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c),
 * 128 bits of state, period 2^128 − 1, four 32-bit words updated with `Math.imul` and shifts.
 * It is seeded by running SplitMix32 (the 32-bit finaliser of MurmurHash3 over a Weyl sequence)
 * from the seed and a stream number, so that nearby seeds give unrelated sequences and one seed
 * gives several independent streams (the analysis draws parameters and weights from different
 * streams, so changing the weight uncertainty does not change the parameter draws).
 *
 * The seed is taken as an integer: its integer part, low and high 32-bit halves both used.
 */

const TWO_POW_32 = 4294967296;

/** One step of SplitMix32: advances `state` by the golden-ratio increment and hashes it. */
function splitMix32(state: number): { state: number; value: number } {
	const next = (state + 0x9e3779b9) | 0;
	let z = next;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	z ^= z >>> 16;
	return { state: next, value: z | 0 };
}

export class Rng {
	/** The four state words (a typed array keeps them unboxed 32-bit integers). */
	private readonly s = new Int32Array(4);

	/** A generator for `seed` (integer part) and an independent `stream` (0, 1, …). */
	constructor(seed: number, stream = 0) {
		this.reseed(seed, stream);
	}

	/** Restart as `new Rng(seed, stream)` would, reusing this object. */
	reseed(seed: number, stream = 0): void {
		const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
		const lo = whole >>> 0;
		const hi = Math.floor(whole / TWO_POW_32) >>> 0;
		// Hash seed halves and stream into one starting state, then draw four state words.
		let st = splitMix32(lo).value;
		st = splitMix32(st ^ hi).value;
		st = splitMix32(st ^ Math.imul(stream + 1, 0x632be5ab)).value;
		// Stryker disable next-line EqualityOperator: `i <= 4`: a fifth round writes past the four state words (ignored by the typed array) and changes only `st`, which is not used after; `i >= 4` (no state) fails random.test.ts when not disabled
		for (let i = 0; i < 4; i++) {
			const r = splitMix32(st);
			st = r.state;
			this.s[i] = r.value;
		}
		// Stryker disable next-line ConditionalExpression: `false`: unreachable, SplitMix32's finaliser is a bijection, so at most one of four successive states hashes to 0; `true` fails random.test.ts when not disabled
		if ((this.s[0]! | this.s[1]! | this.s[2]! | this.s[3]!) === 0) this.s[0] = 1; // a fixed point
	}

	/** Next 32-bit output as an unsigned integer in [0, 2^32). */
	nextUint32(): number {
		const s = this.s;
		const s0 = s[0]!;
		const s1 = s[1]!;
		const x = Math.imul(s1, 5);
		const result = Math.imul((x << 7) | (x >>> 25), 9);
		const t = s1 << 9;
		const s2 = s[2]! ^ s0;
		const s3 = s[3]! ^ s1;
		s[1] = s1 ^ s2;
		s[0] = s0 ^ s3;
		s[2] = s2 ^ t;
		s[3] = (s3 << 11) | (s3 >>> 21);
		return result >>> 0;
	}

	/**
	 * Uniform on the open interval (0, 1): (k + ½) / 2^32 for a 32-bit k, never exactly 0 or 1
	 * (so that log(u) and the inverse CDFs below stay finite).
	 */
	uniform(): number {
		return (this.nextUint32() + 0.5) / TWO_POW_32;
	}
}

/**
 * Inverse CDF of the triangular distribution on [low, high] with the given mode, at u ∈ [0, 1]:
 *   F(mode) = (mode − low) / (high − low)
 *   x = low + √(u·(high − low)·(mode − low))          for u < F(mode)
 *   x = high − √((1 − u)·(high − low)·(high − mode))  otherwise
 * Requires low ≤ mode ≤ high; returns low when low = high.
 */
export function triangularInverse(u: number, low: number, mode: number, high: number): number {
	const span = high - low;
	// Stryker disable next-line ConditionalExpression,EqualityOperator: `false`, `!(true)` and `span >= 0`: with low = mode = high the formulas below give low as well; `true`, `!(false)` and `span <= 0` (always low) fail random.test.ts when not disabled
	if (!(span > 0)) return low;
	const left = mode - low;
	// Stryker disable next-line EqualityOperator: `<=`: at u·span = left both formulas give the mode; `>=` (the sides swapped) fails random.test.ts when not disabled
	if (u * span < left) return low + Math.sqrt(u * span * left);
	return high - Math.sqrt((1 - u) * span * (high - mode));
}

/** One triangular(low, mode, high) draw. Mean (low + mode + high) / 3. */
export function triangular(rng: Rng, low: number, mode: number, high: number): number {
	return triangularInverse(rng.uniform(), low, mode, high);
}

/**
 * A point uniformly distributed on the probability simplex (Dirichlet(1, …, 1)) written into
 * `out`: independent standard exponentials −log(u), normalised by their sum. Every coordinate is
 * positive and they sum to 1 (up to rounding).
 */
export function uniformSimplex(rng: Rng, out: Float64Array | number[]): void {
	let total = 0;
	for (let i = 0; i < out.length; i++) {
		// Stryker disable next-line UnaryOperator: the sign cancels in e / total below
		const e = -Math.log(rng.uniform());
		out[i] = e;
		total += e;
	}
	for (let i = 0; i < out.length; i++) out[i] = out[i]! / total;
}
