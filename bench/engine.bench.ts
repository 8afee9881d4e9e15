/**
 * Engine benchmark (`npm run bench`). Prints figures; asserts nothing.
 *
 * 1. The deterministic evaluation of all six models in decimals (`evaluate`), with new figures
 *    on every run so that the costs are worked out each time: median over 1000 runs after
 *    warm-up. Target < 1 ms. Then with only a weight changed (the costs kept and re-scored).
 * 2. SMAA-2 with 10 000 samples, one analysis: median over runs. Target < 100 ms. Measured on
 *    the default scenario with every judged score held at its value (low = high = score) and
 *    without the uncertainty decomposition, so that it does what the bare loop (3) does; then
 *    `smaa(DEFAULT_SCENARIO)` as the page's worker runs it (judged scores drawn too, and three
 *    more analyses for the decomposition), printed for information.
 * 3. A bare Float64Array loop doing the same arithmetic — the same generator from the same state,
 *    the same draws, cost formulas, scales, weights, ranks and confidence pass, inlined into one
 *    function with flat arrays and no abstractions — run alternately with (2) so both see the
 *    same machine load; the ratio smaa / bare shows what the structured code costs. Target ≤ 3.
 *    The bare loop's counts should equal smaa's exactly (printed). They do not at present: the
 *    bare loop was written before issue 9's cost corrections (gatherings from the first intake,
 *    the consortium's first intake in its second year, the zero alternative as an ordinary hire)
 *    and still does the older arithmetic, so the line prints NO; the timing still shows what the
 *    structured code costs. Bringing the bare loop up to date is open work.
 * 4. Memory of an SMAA run: V8 heap used and typed-array (off-heap) bytes, before and after.
 *    smaa's own loops allocate nothing; what the heap figure shows (about 650 bytes a sample) is
 *    V8 boxing doubles inside `intervalScale` (scoring.ts), which evaluate() also calls with plain
 *    arrays, so it is compiled for both kinds of array. With a Float64Array-only copy the figure
 *    was +0.07 MB a run and smaa ~6 ms faster.
 * 5. Council mode: the group SMAA (`groupSmaa`) of 15 members, 10 000 samples, each member with
 *    their own weights (the five presets, each moved a little) and every third with judged
 *    scores of their own: median over runs, everything included (checking the members, their
 *    own rankings, the mean weights and the sampling). Target < 100 ms.
 */
import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { MODEL_IDS, presets } from '../src/lib/data';
import { evaluate } from '../src/lib/engine/evaluate';
import {
	KERNEL_CRITERIA,
	kernelPlan,
	MODEL_COUNT,
	scenarioVector,
	type KernelPlan
} from '../src/lib/engine/kernel';
import { groupSmaa, type GroupMember } from '../src/lib/engine/group';
import { Rng } from '../src/lib/engine/random';
import { valueScales } from '../src/lib/engine/scales';
import {
	DEFAULT_SCENARIO,
	resolveJudgements,
	resolveWeights,
	type Scenario
} from '../src/lib/engine/scenario';
import {
	CRITERION_IDS,
	HIGHER_IS_BETTER,
	JUDGED_VALUES,
	normaliseWeights
} from '../src/lib/engine/scoring';
import {
	DEFAULT_SMAA_OPTIONS,
	parameterSampler,
	smaa,
	type ParameterSampler,
	type SmaaResult
} from '../src/lib/engine/smaa';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const quantile = (xs: number[], q: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 1)} ms`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

/** Counts of one bare run, to compare with smaa's result. */
interface BareCounts {
	rankCounts: Float64Array;
	weightSums: Float64Array;
	wins: Float64Array;
}

/** The generator's state, read so the bare loop can run the same sequence inline. */
const stateOf = (seed: number, stream: number) =>
	Int32Array.from((new Rng(seed, stream) as unknown as { s: Int32Array }).s);

/** Everything the bare loop works on. */
interface BareContext {
	n: number;
	lambda: number;
	M: number;
	C: number;
	K: number;
	P: number;
	F: number;
	T: Int32Array;
	feeMul: Float64Array;
	flags: Uint8Array;
	crit: Int32Array;
	higher: Uint8Array;
	computed: Uint8Array;
	V: Float64Array;
	raw: Float64Array;
	stored: Float64Array;
	w0: Float64Array;
	w: Float64Array;
	u: Float64Array;
	scores: Float64Array;
	rankCounts: Float64Array;
	firsts: Float64Array;
	weightSums: Float64Array;
	plan: KernelPlan;
	x: Float64Array;
	sp: ParameterSampler;
	ps: Int32Array;
	ws: Int32Array;
	wins: Float64Array;
}

/**
 * The same computation as `smaa(scenario)` over flat Float64Arrays, with the generator, the
 * triangular draws, the cost formulas, the interval scale and the ranking inlined into one loop.
 */
function bare(scenario: Scenario, n: number, seed: number, lambda: number): BareCounts {
	const M = MODEL_COUNT;
	const C = CRITERION_IDS.length;
	const K = KERNEL_CRITERIA.length;
	const plan = kernelPlan();
	const x = scenarioVector(scenario);
	const sp = parameterSampler(x);
	const P = sp.slots.length;

	// Per model, 19 slots in a flat table; -1 where the model lacks the parameter.
	const F = 19;
	const T = new Int32Array(M * F);
	const feeMul = new Float64Array(M);
	const flags = new Uint8Array(M * 3); // hasOutcome, hasBudget, feesFundBudget
	plan.models.forEach((p, m) => {
		const o = m * F;
		[
			p.membership,
			p.traineeFee,
			p.salaryYear1,
			p.salaryYear2,
			p.newTraineesPerYear,
			p.newMemberCompanies,
			p.retentionShare,
			p.displacementShare,
			p.startDelayYears,
			p.projectLeaderPositionShare,
			p.marketingPerYear,
			p.recruitmentPerYear,
			p.gatheringsPerYear,
			p.travelPerYear,
			p.establishmentCost,
			p.countyGrantPerYear,
			p.operatorFundedShare,
			p.activeYears,
			p.regionCostShare
		].forEach((s, i) => (T[o + i] = s));
		feeMul[m] = p.feeMultiplier;
		flags[m * 3] = p.hasOutcome ? 1 : 0;
		flags[m * 3 + 1] = p.hasBudget ? 1 : 0;
		flags[m * 3 + 2] = p.feesFundBudget ? 1 : 0;
	});
	const crit = Int32Array.from(KERNEL_CRITERIA, (id) => CRITERION_IDS.indexOf(id));
	const higher = Uint8Array.from(HIGHER_IS_BETTER, (h) => (h ? 1 : 0));
	const computed = new Uint8Array(C);
	crit.forEach((c) => (computed[c] = 1));
	const V = new Float64Array(C * M);
	for (let c = 0; c < C; c++)
		if (!computed[c]) for (let m = 0; m < M; m++) V[c * M + m] = JUDGED_VALUES[c]![m]!;
	const raw = new Float64Array(K * M);
	const stored = new Float64Array(n * K * M);
	const rw = resolveWeights(scenario);
	const w0 = Float64Array.from(normaliseWeights(CRITERION_IDS.map((id) => rw[id]!)));
	const w = Float64Array.from(w0);
	const u = new Float64Array(C);
	const scores = new Float64Array(M);
	const rankCounts = new Float64Array(M * M);
	const firsts = new Float64Array(M);
	const weightSums = new Float64Array(M * C);
	const ctx: BareContext = {
		n,
		lambda,
		M,
		C,
		K,
		P,
		F,
		T,
		feeMul,
		flags,
		crit,
		higher,
		computed,
		V,
		raw,
		stored,
		w0,
		w,
		u,
		scores,
		rankCounts,
		firsts,
		weightSums,
		plan,
		x,
		sp,
		ps: stateOf(seed, 0),
		ws: stateOf(seed, 1),
		wins: new Float64Array(M).fill(-1)
	};
	bareSamples(ctx);
	bareConfidence(ctx);
	return { rankCounts, weightSums, wins: ctx.wins };
}

/** The sampling loop of `bare`, in a function of its own so that V8 optimises it whole. */
function bareSamples(ctx: BareContext): void {
	// The analysis period is not drawn, so the scales are those of the scenario's period.
	const fixedScales = valueScales(ctx.x[ctx.plan.horizonYears]!);
	const scaleWorst = Float64Array.from(fixedScales, (x) => x.worst);
	const scaleBest = Float64Array.from(fixedScales, (x) => x.best);
	const { n, lambda, M, C, K, P, F, T, feeMul, flags, crit, V, raw, stored } = ctx;
	const { w0, w, u, scores, rankCounts, firsts, weightSums, plan, x, sp } = ctx;
	let a0 = ctx.ps[0]!,
		a1 = ctx.ps[1]!,
		a2 = ctx.ps[2]!,
		a3 = ctx.ps[3]!;
	let b0 = ctx.ws[0]!,
		b1 = ctx.ws[1]!,
		b2 = ctx.ws[2]!,
		b3 = ctx.ws[3]!;
	const { horizonYears: hI, programmeYears: pyI, discountRate: rI } = plan;

	for (let s = 0; s < n; s++) {
		// Parameters: xoshiro128** inline, triangular by inverse CDF, integers rounded and clamped.
		for (let j = 0; j < P; j++) {
			const m5 = Math.imul(a1, 5);
			const out = Math.imul((m5 << 7) | (m5 >>> 25), 9) >>> 0;
			const t9 = a1 << 9;
			a2 ^= a0;
			a3 ^= a1;
			a1 ^= a2;
			a0 ^= a3;
			a2 ^= t9;
			a3 = (a3 << 11) | (a3 >>> 21);
			const r = (out + 0.5) / 4294967296;
			const lo = sp.low[j]!,
				mo = sp.mode[j]!,
				hi = sp.high[j]!;
			const span = hi - lo;
			let v: number;
			if (!(span > 0)) v = lo;
			else if (r * span < mo - lo) v = lo + Math.sqrt(r * span * (mo - lo));
			else v = hi - Math.sqrt((1 - r) * span * (hi - mo));
			if (sp.integer[j] === 1) {
				v = Math.round(v);
				if (v < sp.min[j]!) v = sp.min[j]!;
				else if (v > sp.max[j]!) v = sp.max[j]!;
			}
			x[sp.slots[j]!] = v;
		}
		// Costs and graduates, as kernel.ts.
		const H = x[hI]!;
		const PY = x[pyI]!;
		const g = 1 + x[rI]!;
		const hol = x[plan.holidayPayRate]!;
		const pen = x[plan.pensionRate]!;
		const ec = x[plan.employerContributionRate]!;
		const att = x[plan.attributionShare]!;
		const plc = x[plan.projectLeaderAnnualCost]!;
		for (let m = 0; m < M; m++) {
			const o = m * F;
			const memb = x[T[o]!]!;
			const fee = x[T[o + 1]!]! * feeMul[m]!;
			let cpv = 0;
			let f = 1;
			for (let y = 0; y < PY; y++) {
				const sal = y === 0 ? x[T[o + 2]!]! : x[T[o + 3]!]!;
				const hp = sal * hol;
				const pn = sal * pen;
				const co = (sal + hp + pn) * ec;
				cpv += (memb + fee + sal + (hp + pn + co)) / f;
				f *= g;
			}
			const out = flags[m * 3] === 1;
			const bud = flags[m * 3 + 1] === 1;
			const per = out ? x[T[o + 4]!]! : 0;
			const nm = out ? x[T[o + 5]!]! : 0;
			const d = out ? x[T[o + 8]!]! : H;
			const keep = out ? x[T[o + 6]!]! : 0;
			const ash = out ? att * (1 - x[T[o + 7]!]!) : 0;
			const act = T[o + 17]! < 0 ? H : x[T[o + 17]!]!;
			const op = bud
				? x[T[o + 9]!]! * plc + x[T[o + 10]!]! + x[T[o + 11]!]! + x[T[o + 12]!]! + x[T[o + 13]!]!
				: 0;
			const est = bud ? x[T[o + 14]!]! : 0;
			const gr = bud ? x[T[o + 15]!]! : 0;
			const osh = T[o + 16]! < 0 ? -1 : x[T[o + 16]!]!;
			const rsh = T[o + 18]! < 0 ? -1 : x[T[o + 18]!]!;
			let ppv = 0;
			let attr = 0;
			let first = -1;
			f = 1;
			for (let t = 0; t < H; t++) {
				const a = t >= d;
				const st = a ? per : 0;
				if (first < 0 && st > 0) first = t;
				attr += st * keep * ash;
				if (bud) {
					const cohorts = a ? Math.min(t - d + 1, PY) : 0;
					const fees = (a ? nm : 0) * memb + per * cohorts * fee;
					const run = t < act;
					const b = (run ? op : 0) + (t === 0 ? est : 0);
					const after = b - (osh === -1 ? 0 : b * osh);
					const av = run ? gr : 0;
					const county = av < after ? av : after;
					let cover = after - county;
					if (rsh !== -1) {
						const pt = (1 - rsh) / 2;
						const tot = rsh + pt + pt;
						const xo = cover * 100;
						let ore = Math.round(xo);
						if (ore - xo === 0.5 && ore % 2 !== 0) ore -= 1;
						const e0 = (ore * rsh) / tot;
						const e1 = (ore * pt) / tot;
						const f0 = Math.floor(e0);
						const f1 = Math.floor(e1);
						const rem = Math.round(ore - f0 - 2 * f1);
						const pos = e0 - f0 >= e1 - f1 ? 0 : 2;
						cover = (f0 + (rem > pos ? Math.floor((rem - 1 - pos) / 3) + 1 : 0)) / 100;
					}
					const mf = flags[m * 3 + 2] === 1 ? fees : 0;
					const region = cover - mf > 0 ? cover - mf : 0;
					ppv += (region + county) / f;
				}
				f *= g;
			}
			raw[m] = cpv;
			raw[M + m] = ppv;
			raw[2 * M + m] = attr;
			raw[3 * M + m] = first < 0 ? H : first;
		}
		// Fixed value scales of the computed criteria (scales.ts): (raw − worst) / (best − worst).
		const base = s * K * M;
		for (let k = 0; k < K; k++) {
			const c = crit[k]!;
			const wk = scaleWorst[k]!;
			const span = scaleBest[k]! - wk;
			for (let m = 0; m < M; m++) {
				const v = span === 0 ? 1 : (raw[k * M + m]! - wk) / span;
				V[c * M + m] = v;
				stored[base + k * M + m] = v;
			}
		}
		// Weights: inline xoshiro128** for the simplex draw.
		if (lambda > 0) {
			let tot = 0;
			for (let c = 0; c < C; c++) {
				const m5 = Math.imul(b1, 5);
				const out = Math.imul((m5 << 7) | (m5 >>> 25), 9) >>> 0;
				const t9 = b1 << 9;
				b2 ^= b0;
				b3 ^= b1;
				b1 ^= b2;
				b0 ^= b3;
				b2 ^= t9;
				b3 = (b3 << 11) | (b3 >>> 21);
				const e = -Math.log((out + 0.5) / 4294967296);
				u[c] = e;
				tot += e;
			}
			for (let c = 0; c < C; c++) u[c] = u[c]! / tot;
			for (let c = 0; c < C; c++) w[c] = (1 - lambda) * w0[c]! + lambda * u[c]!;
		}
		for (let m = 0; m < M; m++) {
			let sc = 0;
			for (let c = 0; c < C; c++) sc += w[c]! * V[c * M + m]!;
			scores[m] = sc;
		}
		for (let m = 0; m < M; m++) {
			const own = scores[m]!;
			let r = 0;
			for (let j = 0; j < M; j++) if (scores[j]! > own || (scores[j] === own && j < m)) r++;
			rankCounts[m * M + r]!++;
			if (r === 0) {
				firsts[m]!++;
				for (let c = 0; c < C; c++) weightSums[m * C + c]! += w[c]!;
			}
		}
	}
}

/** The confidence pass of `bare`: re-score the stored draws with each model's central weights. */
function bareConfidence(ctx: BareContext): void {
	const { n, M, C, K, crit, computed, V, stored, scores, firsts, weightSums, wins } = ctx;
	const central = new Float64Array(C);
	const judged = new Float64Array(M);
	for (let m = 0; m < M; m++) {
		if (firsts[m] === 0) continue;
		for (let c = 0; c < C; c++) central[c] = weightSums[m * C + c]! / firsts[m]!;
		judged.fill(0);
		for (let c = 0; c < C; c++)
			if (!computed[c]) for (let j = 0; j < M; j++) judged[j]! += central[c]! * V[c * M + j]!;
		let won = 0;
		for (let s = 0; s < n; s++) {
			const base = s * K * M;
			for (let j = 0; j < M; j++) {
				let sc = judged[j]!;
				for (let k = 0; k < K; k++) sc += central[crit[k]!]! * stored[base + k * M + j]!;
				scores[j] = sc;
			}
			const own = scores[m]!;
			let first = true;
			for (let j = 0; j < M; j++)
				if (j !== m && (scores[j]! > own || (scores[j] === own && j < m))) first = false;
			if (first) won++;
		}
		wins[m] = won;
	}
}

function sameCounts(r: SmaaResult, b: BareCounts, n: number): boolean {
	return MODEL_IDS.every((id, m) => {
		const row = r.rankAcceptability[id];
		const ranksEqual = row.every((p, k) => p === b.rankCounts[m * MODEL_COUNT + k]! / n);
		const conf = r.confidence[id];
		const confEqual = conf === null ? b.wins[m] === -1 : conf === b.wins[m]! / n;
		return ranksEqual && confEqual;
	});
}

// ---------------------------------------------------------------------------------------------

const { samples, seed, weightUncertainty } = DEFAULT_SMAA_OPTIONS;
console.log(
	`Traineevalg engine benchmark — Node ${process.version}, ${os.cpus().length} CPU(s) ` +
		`(${os.cpus()[0]?.model ?? 'unknown'}), load average ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`
);

// 1. Deterministic evaluation (decimal). `evaluate` keeps the costs of the last few figure sets
// (evaluate.ts), so the figures here change on every call (eight sets, more than it keeps): every
// run works the costs out, as the first evaluation of new figures does. Then the same with only a
// weight changed, as a slider step is: the costs kept, re-scored.
const figureSets: Scenario[] = Array.from({ length: 8 }, (_, i) => ({
	...DEFAULT_SCENARIO,
	values: { 'trainee-innlandet.membershipFeePerYear': 20_000 + i }
}));
const weightSets: Scenario[] = Array.from({ length: 8 }, (_, i) => ({
	...DEFAULT_SCENARIO,
	weights: { 'company-cost': 10 + i }
}));
function timeEvaluate(scenarios: Scenario[]): number[] {
	let k = 0;
	for (let i = 0; i < 300; i++) evaluate(scenarios[k++ % scenarios.length]!);
	const times: number[] = [];
	for (let i = 0; i < 1000; i++) {
		const scenario = scenarios[k++ % scenarios.length]!;
		const t0 = performance.now();
		evaluate(scenario);
		times.push(performance.now() - t0);
	}
	return times;
}
const evalTimes = timeEvaluate(figureSets);
const evalMedian = median(evalTimes);
console.log(
	`\nevaluate, all six models, decimal, new figures each run: median ${ms(evalMedian)} over ` +
		`${evalTimes.length} runs (min ${ms(Math.min(...evalTimes))}, p90 ${ms(quantile(evalTimes, 0.9))})` +
		` — target < 1 ms: ${verdict(evalMedian < 1)}`
);
const rescoreTimes = timeEvaluate(weightSets);
console.log(
	`evaluate, a weight changed (the figures' costs kept, re-scored): median ${ms(median(rescoreTimes))}` +
		` (p90 ${ms(quantile(rescoreTimes, 0.9))})`
);

// 2 + 3. SMAA and the bare loop, alternating, on the same work: no judged score drawn (the bare
// loop draws none) and one analysis (no decomposition).
const judgementsFixed: Scenario = {
	...DEFAULT_SCENARIO,
	judgements: Object.fromEntries(
		Object.entries(resolveJudgements(DEFAULT_SCENARIO)).map(([c, byModel]) => [
			c,
			Object.fromEntries(
				Object.entries(byModel).map(([m, j]) => [
					m,
					{ score: j.score, low: j.score, high: j.score }
				])
			)
		])
	)
};
const ONE_ANALYSIS = { decomposition: false };
for (let i = 0; i < 3; i++) {
	smaa(judgementsFixed, ONE_ANALYSIS);
	bare(judgementsFixed, samples, seed, weightUncertainty);
}
const smaaTimes: number[] = [];
const bareTimes: number[] = [];
let result: SmaaResult | null = null;
let counts: BareCounts | null = null;
for (let i = 0; i < 21; i++) {
	let t0 = performance.now();
	result = smaa(judgementsFixed, ONE_ANALYSIS);
	smaaTimes.push(performance.now() - t0);
	t0 = performance.now();
	counts = bare(judgementsFixed, samples, seed, weightUncertainty);
	bareTimes.push(performance.now() - t0);
}
const smaaMedian = median(smaaTimes);
const bareMedian = median(bareTimes);
const ratio = smaaMedian / bareMedian;
console.log(
	`smaa, one analysis, judged scores held, ${samples.toLocaleString('en')} samples, λ = ${weightUncertainty}: ` +
		`median ${ms(smaaMedian)} over ${smaaTimes.length} runs (min ${ms(Math.min(...smaaTimes))})` +
		` — target < 100 ms: ${verdict(smaaMedian < 100)}`
);
console.log(
	`bare Float64Array loop, same arithmetic: median ${ms(bareMedian)} ` +
		`(min ${ms(Math.min(...bareTimes))})`
);
console.log(
	`ratio smaa / bare: ${ratio.toFixed(2)} (of minima ${(Math.min(...smaaTimes) / Math.min(...bareTimes)).toFixed(2)})` +
		` — target ≤ 3: ${verdict(ratio <= 3)}`
);
console.log(
	`bare loop and smaa give identical rank counts and confidence factors: ${
		result && counts && sameCounts(result, counts, samples) ? 'yes' : 'NO'
	}`
);
const fullTimes: number[] = [];
for (let i = 0; i < 7; i++) {
	const t0 = performance.now();
	smaa(DEFAULT_SCENARIO);
	fullTimes.push(performance.now() - t0);
}
console.log(
	`smaa(DEFAULT_SCENARIO) as the worker runs it (judged scores drawn, plus the three analyses ` +
		`of the decomposition): median ${ms(median(fullTimes))} over ${fullTimes.length} runs ` +
		`(min ${ms(Math.min(...fullTimes))})`
);

// 4. Memory of SMAA runs: V8 heap used and typed-array bytes just before and just after a run,
// for ten runs, each after a full GC; runs during which V8 collected garbage (seen by a GC
// observer) are left out, since a collection hides what they allocated.
let collections = 0;
const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
observer.observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const heapDeltas: number[] = [];
const bufferDeltas: number[] = [];
let withGc = 0;
result = null;
for (let i = 0; i < 10; i++) {
	gc();
	await settle();
	const seen = collections;
	const before = process.memoryUsage();
	result = smaa(DEFAULT_SCENARIO);
	const during = process.memoryUsage();
	await settle();
	if (collections !== seen) {
		withGc++;
		continue;
	}
	heapDeltas.push(during.heapUsed - before.heapUsed);
	bufferDeltas.push(during.arrayBuffers - before.arrayBuffers);
}
observer.disconnect();
gc();
const storedBytes = samples * KERNEL_CRITERIA.length * MODEL_COUNT * 8;
console.log(
	heapDeltas.length === 0
		? `smaa memory: every run saw a garbage collection; no figure`
		: `smaa memory per run (${samples.toLocaleString('en')} samples): heap used ` +
				`+${mb(median(heapDeltas))} (median of ${heapDeltas.length} runs without a GC; ` +
				`${withGc} of 10 runs saw one), typed arrays +${mb(median(bufferDeltas))}; ` +
				`the stored draws for the confidence pass (${mb(storedBytes)}) are kept for reuse ` +
				`between calls`
);
console.log(
	`\nLeader by first-rank acceptability: ${MODEL_IDS.map((id) => `${id} ${(result!.probabilityFirst[id] * 100).toFixed(1)} %`).join(', ')}`
);

// 5. Council mode: 15 members, 10 000 samples.
const groupMembers: GroupMember[] = Array.from({ length: 15 }, (_, i) => {
	const preset = presets[i % presets.length]!.weights;
	const weights = Object.fromEntries(
		Object.entries(preset).map(([id, w], c) => [id, Math.min(100, w + ((i + c) % 4))])
	);
	return {
		name: `member ${i + 1}`,
		weights,
		...(i % 3 === 0
			? { judgements: { ownership: { 'naeringshage-consortium': { score: 2 + (i % 3), low: 1 } } } }
			: {})
	};
});
for (let i = 0; i < 3; i++) groupSmaa(DEFAULT_SCENARIO, groupMembers);
const groupTimes: number[] = [];
let groupFirst: Record<string, number> = {};
for (let i = 0; i < 21; i++) {
	const t0 = performance.now();
	groupFirst = groupSmaa(DEFAULT_SCENARIO, groupMembers).probabilityFirst;
	groupTimes.push(performance.now() - t0);
}
const groupMedian = median(groupTimes);
console.log(
	`\ngroupSmaa(DEFAULT_SCENARIO, 15 members), ${samples.toLocaleString('en')} samples: ` +
		`median ${ms(groupMedian)} over ${groupTimes.length} runs (min ${ms(Math.min(...groupTimes))}, ` +
		`p90 ${ms(quantile(groupTimes, 0.9))}) — target < 100 ms: ${verdict(groupMedian < 100)}`
);
console.log(
	`Group first-rank probabilities: ${MODEL_IDS.map((id) => `${id} ${((groupFirst[id] ?? 0) * 100).toFixed(1)} %`).join(', ')}`
);
