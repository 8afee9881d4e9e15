// @vitest-environment node
/**
 * The generator's exact outputs. A seed shown with an analysis must give the same analysis in
 * every later version, so the generator and its seeding are pinned here: xoshiro128** by the
 * reference test vector (state 1, 2, 3, 4; the first four outputs worked by hand below), and the
 * seeding by a second statement of SplitMix32 in BigInt arithmetic, written from the published
 * definitions rather than from random.ts's Math.imul code.
 */
import { describe, expect, it } from 'vitest';
import { Rng, triangular, triangularInverse, uniformSimplex } from './random';

const TWO_POW_32 = 4294967296;

/** A generator whose four state words are set directly. */
function withState(words: [number, number, number, number]): Rng {
	const rng = new Rng(0);
	(rng as unknown as { s: Int32Array }).s.set(words);
	return rng;
}

// --- A second statement, in BigInt, of SplitMix32 seeding and xoshiro128** (reference only). ---
const M32 = (1n << 32n) - 1n;
const u32 = (x: bigint) => x & M32;
const rotl = (x: bigint, k: bigint) => u32((x << k) | (x >> (32n - k)));

function splitMix32Ref(state: bigint): { state: bigint; value: bigint } {
	const next = u32(state + 0x9e3779b9n);
	let z = next;
	z = u32((z ^ (z >> 16n)) * 0x85ebca6bn);
	z = u32((z ^ (z >> 13n)) * 0xc2b2ae35n);
	z ^= z >> 16n;
	return { state: next, value: z };
}

/** First `n` outputs of `new Rng(seed, stream)` as random.ts documents it. */
function referenceOutputs(seed: bigint, stream: bigint, n: number): number[] {
	const lo = u32(seed);
	const hi = u32(seed >> 32n); // floor(seed / 2^32), as BigInt >> floors negatives too
	let st = splitMix32Ref(lo).value;
	st = splitMix32Ref(st ^ hi).value;
	st = splitMix32Ref(st ^ u32((stream + 1n) * 0x632be5abn)).value;
	const s: bigint[] = [];
	for (let i = 0; i < 4; i++) {
		const r = splitMix32Ref(st);
		st = r.state;
		s.push(r.value);
	}
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		out.push(Number(u32(rotl(u32(s[1]! * 5n), 7n) * 9n)));
		const t = u32(s[1]! << 9n);
		s[2]! ^= s[0]!;
		s[3]! ^= s[1]!;
		s[1]! ^= s[2]!;
		s[0]! ^= s[3]!;
		s[2]! ^= t;
		s[3] = rotl(s[3]!, 11n);
	}
	return out;
}

describe('xoshiro128**', () => {
	it('gives the reference outputs from state 1, 2, 3, 4', () => {
		// out = rotl(s1 × 5, 7) × 9 before each step; step: t = s1 << 9, s2 ^= s0, s3 ^= s1,
		// s1 ^= s2, s0 ^= s3, s2 ^= t, s3 = rotl(s3, 11).
		// 1: s1 = 2: rotl(10, 7) = 1280, × 9 = 11 520. State after: 7, 0, 1026, 12 288.
		// 2: s1 = 0: 0. State after: 12 295, 1029, 1029, 25 165 824.
		// 3: s1 = 1029: 5145 × 128 = 658 560, × 9 = 5 927 040.
		//    State after: s1 = 1029 ^ 13 314 = 12 295 (13 314 = 1029 ^ 12 295).
		// 4: s1 = 12 295: 61 475 × 128 = 7 868 800, × 9 = 70 819 200.
		const rng = withState([1, 2, 3, 4]);
		expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([
			11520, 0, 5927040, 70819200
		]);
	});

	it('returns unsigned words: the top bit set gives a number at or above 2^31', () => {
		// s1 = 2^28: s1 × 5 = 2^30 + 2^28; rotl 7: the low bits shift out (2^37 + 2^35 ≡ 0), the top
		// ones wrap round: 5·2^28 >>> 25 = 40; × 9 = 360.
		// s1 = 2^24 + 1: s1 × 5 = 5·2^24 + 5; << 7 gives 5·2^31 + 640 ≡ 2^31 + 640, >>> 25 gives
		// floor(2.5) = 2, so rotl = 2^31 + 642; × 9 = 9·2^31 + 5778 ≡ 2^31 + 5778 = 2 147 489 426.
		expect(withState([0, 2 ** 28, 0, 0]).nextUint32()).toBe(360);
		expect(withState([0, 2 ** 24 + 1, 0, 0]).nextUint32()).toBe(2147489426);
	});

	it('maps a word k to (k + ½) / 2^32, so never 0 or 1', () => {
		const rng = withState([1, 2, 3, 4]);
		expect(rng.uniform()).toBe(11520.5 / TWO_POW_32);
		expect(rng.uniform()).toBe(0.5 / TWO_POW_32);
	});
});

describe('seeding', () => {
	const first = (rng: Rng, n = 8) => Array.from({ length: n }, () => rng.nextUint32());

	it.each([
		[0, 0],
		[42, 0],
		[42, 1],
		[20240806, 0],
		[20240806, 1],
		[-1, 0],
		[-123456789, 3],
		[2 ** 32 + 5, 0],
		[2 ** 40 - 1, 1],
		[-(2 ** 40), 0]
	])('seed %d, stream %d gives SplitMix32-seeded xoshiro128**', (seed, stream) => {
		expect(first(new Rng(seed, stream))).toEqual(referenceOutputs(BigInt(seed), BigInt(stream), 8));
	});

	it('uses the high half of the seed, the integer part only, and 0 for a seed that is not finite', () => {
		expect(first(new Rng(2 ** 32 + 5))).not.toEqual(first(new Rng(5)));
		expect(first(new Rng(42.9))).toEqual(first(new Rng(42)));
		expect(first(new Rng(-42.9))).toEqual(first(new Rng(-42)));
		expect(first(new Rng(Number.NaN))).toEqual(first(new Rng(0)));
		expect(first(new Rng(Number.POSITIVE_INFINITY))).toEqual(first(new Rng(0)));
		expect(first(new Rng(7))).toEqual(first(new Rng(7, 0)));
	});

	it('reseeds to exactly the state a new generator would have', () => {
		const rng = new Rng(1, 1);
		rng.nextUint32();
		rng.reseed(99);
		expect(first(rng)).toEqual(first(new Rng(99)));
		rng.reseed(99, 2);
		expect(first(rng)).toEqual(referenceOutputs(99n, 2n, 8));
	});
});

describe('draws', () => {
	it('inverts the triangular CDF on both sides of the mode', () => {
		// low 2, mode 5, high 10: span 8, F(mode) = 3/8.
		// u = 1/8: u·span = 1 < 3 → 2 + √(1 × 3) = 2 + √3
		expect(triangularInverse(1 / 8, 2, 5, 10)).toBeCloseTo(2 + Math.sqrt(3), 12);
		// u = 1/2: u·span = 4 ≥ 3 → 10 − √(0.5 × 8 × 5) = 10 − √20
		expect(triangularInverse(1 / 2, 2, 5, 10)).toBeCloseTo(10 - Math.sqrt(20), 12);
		// Mode at the low end: u = 1/4 → 0 + … right side: 4 − √(0.75 × 4 × 4) = 4 − √12
		expect(triangularInverse(1 / 4, 0, 0, 4)).toBeCloseTo(4 - Math.sqrt(12), 12);
		// A reversed range has no width: the low end.
		expect(triangularInverse(0.5, 3, 3, 1)).toBe(3);
	});

	it('draws a triangular value from the next uniform', () => {
		// State 1, 2, 3, 4: u = 11 520.5 / 2^32; low 2, mode 5, high 10: u·8 < 3 → 2 + √(u·8·3).
		const u = 11520.5 / TWO_POW_32;
		expect(triangular(withState([1, 2, 3, 4]), 2, 5, 10)).toBeCloseTo(2 + Math.sqrt(u * 24), 12);
	});

	it('normalises −log(u) over the simplex', () => {
		// State 1, 2, 3, 4: u = (11 520.5, 0.5, 5 927 040.5) / 2^32; e = −ln u; out = e / Σe.
		const u = [11520.5, 0.5, 5927040.5].map((k) => k / TWO_POW_32);
		const e = u.map((x) => -Math.log(x));
		const total = e[0]! + e[1]! + e[2]!;
		const out = new Float64Array(3);
		uniformSimplex(withState([1, 2, 3, 4]), out);
		out.forEach((x, i) => expect(x).toBeCloseTo(e[i]! / total, 14));
		// A plain array works the same, and keeps its length.
		const plain = [0, 0, 0];
		uniformSimplex(withState([1, 2, 3, 4]), plain);
		expect(plain).toEqual(Array.from(out));
	});
});
