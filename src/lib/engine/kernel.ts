/**
 * The float64 kernel: the decimal engine's formulas (`costs.ts`, `retention.ts`, as used by
 * `evaluate.ts`) restated over a `Float64Array` of parameter values, for the Monte Carlo
 * analysis (`smaa.ts`), which evaluates every model thousands of times.
 *
 * The decimal engine is the reference; this file is a second statement of the same rules and
 * `kernel.test.ts` holds the two together (at the default scenario and at hundreds of random
 * scenarios). Any change to a formula there must be made here too, or that test fails.
 *
 * Layout:
 * - parameter values: one slot per parameter in `data/parameters.json` order (`PARAMETER_INDEX`);
 * - the compiled plan: per model (in `MODEL_SPECS` order, which is `MODEL_IDS` order) the slot
 *   index of each parameter its spec names, computed once;
 * - output: `out[offset + k·MODEL_COUNT + m]` for the computed criterion k of `KERNEL_CRITERIA`
 *   (company-cost PV per trainee, public-cost PV = region + county, graduates attributable,
 *   years to first intake) and model m.
 *
 * Rules mirrored (see the decimal code for their reasons):
 * - a fee billed per tertial is charged three times a year;
 * - salary: year 1's in programme year 0, year 2's in every later year;
 * - employer's costs: holiday pay = s·max(0, h − months/12) (net of the holiday month's pay),
 *   pension = s·p, contribution = e·(s + holiday pay + s·p);
 * - intake from year `startDelayYears` on and before `activeYears` (a pilot takes no cohorts after
 *   its money stops): cohorts in programme = those started in max(delay, t − programmeYears + 1)
 *   … min(t, activeYears − 1); new members pay while a cohort starts or is in programme; no
 *   outcome (zero alternative) = no intake;
 * - budget: operating budget in active years (the pilot years for Trainee Innlandet, else all),
 *   its gatherings and travel only from the first intake year (`startDelayYears`) on, plus the
 *   establishment cost in year 0;
 * - company cost: an ordinary hire (the zero alternative) has no membership or fee slot (0); the operator's share first; for the consortium the
 *   net budget is split among three business gardens in the ratios [s, (1 − s)/2, (1 − s)/2]
 *   with `allocate`'s rounding to whole øre (mirrored below) and only Sør-Østerdal's part
 *   counts; member fees count against it only where `feesFundBudget`; region + county =
 *   max(0, part − fees) whatever the county grant (the grant only splits it);
 * - present values: year 0 undiscounted, factor (1 + r)^t built by repeated multiplication;
 * - attributable = Σ started·retention·(attribution·(1 − displacement)); time to start = first
 *   year with a positive intake, else the horizon.
 */
import { MODEL_IDS, parameters } from '../data';
import type { Scenario } from './scenario';
import { MODEL_SPECS, SHARED, type ModelSpec } from './spec';
import { invariant, UnknownIdError } from '../errors';

/** The criteria the kernel computes, in output order. */
export const KERNEL_CRITERIA = [
	'company-cost',
	'public-cost',
	'graduates-retained',
	'time-to-start'
] as const;

export const MODEL_COUNT = MODEL_SPECS.length;

/** Parameter ids in slot order (the order of `data/parameters.json`). */
export const PARAMETER_IDS: readonly string[] = parameters.map((p) => p.id);
export const PARAMETER_INDEX: ReadonlyMap<string, number> = new Map(
	PARAMETER_IDS.map((id, i) => [id, i])
);

/** Slot index for "this model has no such parameter". */
const NONE = -1;

/** One model's parameter slots. */
export interface ModelPlan {
	membership: number;
	traineeFee: number;
	/** 3 for a fee billed per tertial, 1 per year. */
	feeMultiplier: number;
	salaryYear1: number;
	salaryYear2: number;
	/** False for the zero alternative (no intake); then the outcome slots are NONE. */
	hasOutcome: boolean;
	newTraineesPerYear: number;
	newMemberCompanies: number;
	retentionShare: number;
	displacementShare: number;
	startDelayYears: number;
	/** False where the model needs no public budget; then the budget slots are NONE. */
	hasBudget: boolean;
	projectLeaderPositionShare: number;
	marketingPerYear: number;
	recruitmentPerYear: number;
	gatheringsPerYear: number;
	travelPerYear: number;
	establishmentCost: number;
	countyGrantPerYear: number;
	operatorFundedShare: number;
	activeYears: number;
	regionCostShare: number;
	feesFundBudget: boolean;
}

export interface KernelPlan {
	parameterCount: number;
	horizonYears: number;
	discountRate: number;
	programmeYears: number;
	employerContributionRate: number;
	holidayPayRate: number;
	holidayMonthsDeducted: number;
	pensionRate: number;
	attributionShare: number;
	projectLeaderAnnualCost: number;
	models: readonly ModelPlan[];
}

function slot(id: string): number {
	const i = PARAMETER_INDEX.get(id);
	if (i === undefined) throw new UnknownIdError('parameter', id, 'kernel');
	return i;
}

const optionalSlot = (id: string | undefined): number => (id === undefined ? NONE : slot(id));

function compileModel(spec: ModelSpec): ModelPlan {
	const o = spec.outcome;
	const b = spec.budget;
	return {
		membership: optionalSlot(spec.company.membershipFeePerYear ?? undefined),
		traineeFee: optionalSlot(spec.company.traineeFee?.id),
		feeMultiplier: spec.company.traineeFee?.billedPer === 'tertial' ? 3 : 1,
		salaryYear1: slot(spec.company.salaryYear1),
		salaryYear2: slot(spec.company.salaryYear2),
		hasOutcome: o !== null,
		newTraineesPerYear: optionalSlot(o?.newTraineesPerYear),
		newMemberCompanies: optionalSlot(o?.newMemberCompanies),
		retentionShare: optionalSlot(o?.retentionShare),
		displacementShare: optionalSlot(o?.displacementShare),
		startDelayYears: optionalSlot(o?.startDelayYears),
		hasBudget: b !== null,
		projectLeaderPositionShare: optionalSlot(b?.projectLeaderPositionShare),
		marketingPerYear: optionalSlot(b?.marketingPerYear),
		recruitmentPerYear: optionalSlot(b?.recruitmentPerYear),
		gatheringsPerYear: optionalSlot(b?.gatheringsPerYear),
		travelPerYear: optionalSlot(b?.travelPerYear),
		establishmentCost: optionalSlot(b?.establishmentCost),
		countyGrantPerYear: optionalSlot(b?.countyGrantPerYear),
		operatorFundedShare: optionalSlot(b?.operatorFundedShare),
		activeYears: optionalSlot(b?.activeYears),
		regionCostShare: optionalSlot(b?.regionCostShare),
		// Stryker disable next-line BooleanLiteral: only read where the model has a budget (hasBudget), and then b is not null
		feesFundBudget: b?.feesFundBudget ?? false
	};
}

/** Compile the plan of parameter slots from `MODEL_SPECS` and `SHARED`. */
export function compilePlan(specs: readonly ModelSpec[] = MODEL_SPECS): KernelPlan {
	specs.forEach((s, i) => {
		// Scores and ranks are indexed by model in data order; the specs must follow it.
		invariant(s.id === MODEL_IDS[i], () => `kernel: MODEL_SPECS[${i}] is not ${MODEL_IDS[i]}`);
	});
	return {
		parameterCount: PARAMETER_IDS.length,
		horizonYears: slot(SHARED.horizonYears),
		discountRate: slot(SHARED.discountRate),
		programmeYears: slot(SHARED.programmeYears),
		employerContributionRate: slot(SHARED.employerContributionRate),
		holidayPayRate: slot(SHARED.holidayPayRate),
		holidayMonthsDeducted: slot(SHARED.holidayMonthsDeducted),
		pensionRate: slot(SHARED.pensionRate),
		attributionShare: slot(SHARED.attributionShare),
		projectLeaderAnnualCost: slot(SHARED.projectLeaderAnnualCost),
		models: specs.map(compileModel)
	};
}

let cachedPlan: KernelPlan | null = null;

/** The plan for `MODEL_SPECS`, compiled on first use. */
export function kernelPlan(): KernelPlan {
	cachedPlan ??= compilePlan();
	return cachedPlan;
}

/** The scenario's parameter values (its own, else the study's defaults) as a vector. */
export function scenarioVector(scenario: Scenario): Float64Array {
	const x = new Float64Array(PARAMETER_IDS.length);
	parameters.forEach((p, i) => (x[i] = scenario.values[p.id] ?? p.default));
	return x;
}

/** Round half to even, for non-negative x (as `Decimal.toDecimalPlaces(0)` in `money.ts`). */
function roundHalfEven(x: number): number {
	const r = Math.round(x);
	return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Sør-Østerdal's part of `amount` split in the ratios [own, (1 − own)/2, (1 − own)/2], as
 * `allocate` in money.ts computes it: the amount rounded to øre, each part floored to øre, and
 * the remaining øre handed out one by one to the largest fractional parts first, ties to the
 * earlier party. Only party 0's part is returned. The two partners' ratios are equal, so their
 * fractional parts are equal and party 0 comes first unless its fraction is smaller.
 */
export function allocateOwnShare(amount: number, own: number): number {
	const partner = (1 - own) / 2;
	const ore = roundHalfEven(amount * 100);
	// The ratios add up to own + 2 · (1 − own)/2 = 1, so each exact part is ore × its ratio.
	const exact0 = ore * own;
	const exact1 = ore * partner;
	const floor0 = Math.floor(exact0);
	const floor1 = Math.floor(exact1);
	// The øre left over: three fractional parts, each below 1, adding up to a whole number, so at
	// most 2 (3 only if float rounding leaves all three a hair below 1).
	const remainder = Math.round(ore - floor0 - 2 * floor1);
	// Sør-Østerdal's turn in handing them out: first, or after both partners if its fraction is
	// smaller than theirs.
	// Stryker disable next-line EqualityOperator: `>`: equal fractions need ore·own − ore·partner = ore·(3·own − 1)/2 whole, which for a share with d decimals (the decimal engine's) makes ore·own·10^d divisible by 10^d, ore·own whole: both fractions are 0, no øre is left and the turn does not matter; `<` fails kernel.test.ts when not disabled
	const position = exact0 - floor0 >= exact1 - floor1 ? 0 : 2;
	// With at most 3 øre left, Sør-Østerdal gets one more exactly when its turn comes.
	const extra = remainder > position ? 1 : 0;
	return (floor0 + extra) / 100;
}

/**
 * Compute the four computed criteria of every model from parameter values `x` into
 * `out[offset + k·MODEL_COUNT + m]`. Allocates nothing.
 */
export function runKernel(plan: KernelPlan, x: Float64Array, out: Float64Array, offset = 0): void {
	const models = plan.models;
	const count = models.length;
	const horizon = x[plan.horizonYears]!;
	const programmeYears = x[plan.programmeYears]!;
	const growth = 1 + x[plan.discountRate]!;
	const grossHolidayRate = x[plan.holidayPayRate]! - x[plan.holidayMonthsDeducted]! / 12;
	const holidayPayRate = Math.max(0, grossHolidayRate);
	const pensionRate = x[plan.pensionRate]!;
	const contributionRate = x[plan.employerContributionRate]!;
	const attribution = x[plan.attributionShare]!;
	const leaderCost = x[plan.projectLeaderAnnualCost]!;

	for (let m = 0; m < count; m++) {
		const p = models[m]!;
		// An ordinary hire (the zero alternative) pays no membership and no fee.
		const membership = p.membership === NONE ? 0 : x[p.membership]!;
		const feePerYear = p.traineeFee === NONE ? 0 : x[p.traineeFee]! * p.feeMultiplier;

		// Company cost of hosting one trainee: PV over the programme years.
		let companyPv = 0;
		let factor = 1;
		for (let year = 0; year < programmeYears; year++) {
			const salary = year === 0 ? x[p.salaryYear1]! : x[p.salaryYear2]!;
			const holidayPay = salary * holidayPayRate;
			const pension = salary * pensionRate;
			const contribution = (salary + holidayPay + pension) * contributionRate;
			const total = membership + feePerYear + salary + (holidayPay + pension + contribution);
			companyPv += total / factor;
			factor *= growth;
		}

		// Intake schedule, public cost and graduates over the horizon.
		const perYear = p.hasOutcome ? x[p.newTraineesPerYear]! : 0;
		const newMembers = p.hasOutcome ? x[p.newMemberCompanies]! : 0;
		const delay = p.hasOutcome ? x[p.startDelayYears]! : horizon;
		const keep = p.hasOutcome ? x[p.retentionShare]! : 0;
		const attributableShare = p.hasOutcome ? attribution * (1 - x[p.displacementShare]!) : 0;
		const hasBudget = p.hasBudget;
		const activeYears = p.activeYears === NONE ? horizon : x[p.activeYears]!;
		const operating = hasBudget
			? x[p.projectLeaderPositionShare]! * leaderCost +
				x[p.marketingPerYear]! +
				x[p.recruitmentPerYear]!
			: 0;
		// Gatherings and travel are for trainees: from the first intake year on.
		const traineeActivities = hasBudget ? x[p.gatheringsPerYear]! + x[p.travelPerYear]! : 0;
		const establishment = hasBudget ? x[p.establishmentCost]! : 0;
		const operatorShare = p.operatorFundedShare === NONE ? NONE : x[p.operatorFundedShare]!;
		const regionShare = p.regionCostShare === NONE ? NONE : x[p.regionCostShare]!;

		let publicPv = 0;
		let attributable = 0;
		let firstIntake = -1;
		factor = 1;
		for (let t = 0; t < horizon; t++) {
			const active = t >= delay;
			const open = active && t < activeYears;
			const started = open ? perYear : 0;
			if (firstIntake < 0 && started > 0) firstIntake = t;
			attributable += started * keep * attributableShare;
			// Stryker disable next-line ConditionalExpression: `true`: without a budget, operating and establishment are 0 and the fees do not fund it, so the need is 0 either way; the test only saves the work; `false` (no public cost) fails kernel.test.ts when not disabled
			if (hasBudget) {
				// Member fees reduce the need only while the budget runs: after it stops, Sør-Østerdal's
				// part is 0 and so is the need, whatever the fees (a budget runs in year 0: pilots last 2
				// years or more). While it runs (t < activeYears) the
				// cohorts in programme are those started in max(delay, t − programmeYears + 1) … t, and
				// the new member companies pay from the first intake year on.
				const cohorts = Math.max(0, t + 1 - Math.max(delay, t - programmeYears + 1));
				const members = active ? newMembers : 0;
				const companyFees = members * membership + perYear * cohorts * feePerYear;
				const running = t < activeYears;
				const budget =
					(running ? operating + (active ? traineeActivities : 0) : 0) +
					(t === 0 ? establishment : 0);
				const operator = operatorShare === NONE ? 0 : budget * operatorShare;
				const afterOperator = budget - operator;
				const ours =
					regionShare === NONE ? afterOperator : allocateOwnShare(afterOperator, regionShare);
				const memberFees = p.feesFundBudget ? companyFees : 0;
				// region + county = what Sør-Østerdal's share needs after its companies' fees; the
				// grant (counted in the same share) only moves money between the two.
				const need = Math.max(0, ours - memberFees);
				publicPv += need / factor;
			}
			factor *= growth;
		}

		out[offset + m] = companyPv;
		out[offset + count + m] = publicPv;
		out[offset + 2 * count + m] = attributable;
		out[offset + 3 * count + m] = firstIntake < 0 ? horizon : firstIntake;
	}
}
