/**
 * Costs in NOK, as decimals: to a member company hosting one trainee, and to the region and the
 * county over the horizon. Pure functions of resolved parameter values.
 *
 * Employer's costs on a salary s (all rates are parameters):
 *   holiday pay      = s × max(0, holidayPayRate − holidayMonthsDeducted / 12)
 *   pension (OTP)    = s × pensionRate
 *   employer's contr.= employerContributionRate × (s + holiday pay + pension)
 * Holiday pay is the employer's net extra, accrued in the year the salary is paid: for a
 * monthly-paid employee it replaces the holiday month's salary (ferietrekk, one month deducted),
 * so 10.2 % − 1/12 ≈ 1.9 % of s. With no month deducted (0) it is the common budgeting gross-up
 * of 10.2 % on top of twelve full months, kept as a stated alternative.
 * Employer's contribution is levied on salary, holiday pay and pension premiums alike.
 */
import type { BudgetSpec, ModelSpec } from './spec';
import { SHARED } from './spec';
import {
	Decimal,
	ONE,
	TERTIALS_PER_YEAR,
	ZERO,
	allocate,
	max,
	min,
	presentValue,
	sum
} from './money';
import { UnknownIdError } from '../errors';

export type Values = ReadonlyMap<string, Decimal>;

export function valueOf(values: Values, id: string): Decimal {
	const v = values.get(id);
	if (v === undefined) throw new UnknownIdError('parameter', id, 'engine');
	return v;
}

export interface EmployerCosts {
	holidayPay: Decimal;
	pension: Decimal;
	employerContribution: Decimal;
	total: Decimal;
}

export function employerCostsOn(salary: Decimal, values: Values): EmployerCosts {
	const netRate = max(
		ZERO,
		valueOf(values, SHARED.holidayPayRate).minus(
			valueOf(values, SHARED.holidayMonthsDeducted).dividedBy(12)
		)
	);
	const holidayPay = salary.times(netRate);
	const pension = salary.times(valueOf(values, SHARED.pensionRate));
	const employerContribution = salary
		.plus(holidayPay)
		.plus(pension)
		.times(valueOf(values, SHARED.employerContributionRate));
	return {
		holidayPay,
		pension,
		employerContribution,
		total: holidayPay.plus(pension).plus(employerContribution)
	};
}

/** One programme year of what a member company pays to host one trainee. */
export interface CompanyCostYear {
	/** Programme year, 0-based: year 0 is the trainee's first year and is not discounted. */
	year: number;
	membership: Decimal;
	traineeFees: Decimal;
	salary: Decimal;
	employerCosts: EmployerCosts;
	/** The scheme's own cost: membership and per-trainee fees (or surcharges). */
	scheme: Decimal;
	/** The employment cost any hire has: salary and the employer's costs on it. */
	employment: Decimal;
	/** scheme + employment. */
	total: Decimal;
}

/** An amount over the programme: undiscounted and present value. */
export interface MoneyOverTime {
	total: Decimal;
	presentValue: Decimal;
}

export interface CompanyCost {
	byYear: CompanyCostYear[];
	byComponent: {
		membership: Decimal;
		traineeFees: Decimal;
		salary: Decimal;
		holidayPay: Decimal;
		pension: Decimal;
		employerContribution: Decimal;
	};
	/**
	 * The scheme's own cost (fees and surcharges the company pays to the scheme) apart from the
	 * employment cost any hire has (salary, holiday pay, pension, employer's contribution):
	 * scheme + employment = total and the same for present values, exactly.
	 */
	scheme: MoneyOverTime;
	employment: MoneyOverTime;
	/** Undiscounted sum of all components over the programme. */
	total: Decimal;
	presentValue: Decimal;
}

/**
 * The per-trainee fee converted to NOK per year (a tertial fee is billed three times a year);
 * zero for an ordinary hire with no scheme.
 */
export function traineeFeePerYear(spec: ModelSpec, values: Values): Decimal {
	const f = spec.company.traineeFee;
	if (!f) return ZERO;
	const fee = valueOf(values, f.id);
	return f.billedPer === 'tertial' ? fee.times(TERTIALS_PER_YEAR) : fee;
}

/** The membership fee per company per year; zero for an ordinary hire with no scheme. */
export function membershipPerYear(spec: ModelSpec, values: Values): Decimal {
	const id = spec.company.membershipFeePerYear;
	return id ? valueOf(values, id) : ZERO;
}

/** Salary in programme year `year` (0-based); years after the second repeat the second's. */
export function salaryInYear(spec: ModelSpec, values: Values, year: number): Decimal {
	return valueOf(values, year === 0 ? spec.company.salaryYear1 : spec.company.salaryYear2);
}

export function companyCost(spec: ModelSpec, values: Values): CompanyCost {
	const years = valueOf(values, SHARED.programmeYears).toNumber();
	const membership = membershipPerYear(spec, values);
	const traineeFees = traineeFeePerYear(spec, values);
	const rate = valueOf(values, SHARED.discountRate);
	const byYear: CompanyCostYear[] = [];
	for (let year = 0; year < years; year++) {
		const salary = salaryInYear(spec, values, year);
		const employerCosts = employerCostsOn(salary, values);
		const scheme = membership.plus(traineeFees);
		const employment = salary.plus(employerCosts.total);
		const total = scheme.plus(employment);
		byYear.push({
			year,
			membership,
			traineeFees,
			salary,
			employerCosts,
			scheme,
			employment,
			total
		});
	}
	const pick = (f: (y: CompanyCostYear) => Decimal) => sum(byYear.map(f));
	const schemePv = presentValue(
		byYear.map((y) => y.scheme),
		rate
	);
	const employmentPv = presentValue(
		byYear.map((y) => y.employment),
		rate
	);
	const scheme = { total: pick((y) => y.scheme), presentValue: schemePv };
	const employment = { total: pick((y) => y.employment), presentValue: employmentPv };
	return {
		byYear,
		byComponent: {
			membership: pick((y) => y.membership),
			traineeFees: pick((y) => y.traineeFees),
			salary: pick((y) => y.salary),
			holidayPay: pick((y) => y.employerCosts.holidayPay),
			pension: pick((y) => y.employerCosts.pension),
			employerContribution: pick((y) => y.employerCosts.employerContribution)
		},
		scheme,
		employment,
		// The whole is the sum of the two parts, so that they add up to it exactly (decimal).
		total: scheme.total.plus(employment.total),
		presentValue: scheme.presentValue.plus(employment.presentValue)
	};
}

/**
 * Intake schedule: trainees started, in programme and finished in each year of the horizon.
 * Cohorts start from `startDelayYears` on, and only in years the scheme's budget is paid for: a
 * time-limited pilot (`activeYears`) takes no new cohorts after its money stops, though cohorts
 * already started finish their programme.
 */
export interface Intake {
	horizonYears: number;
	startDelayYears: number;
	/** The first year no new cohort starts (the horizon where the budget runs throughout). */
	intakeEndYear: number;
	started: Decimal[];
	inProgramme: Decimal[];
	/** New member companies in each year: from the first intake while cohorts are in programme. */
	members: Decimal[];
}

/**
 * Cohorts in programme in year t: those started in years max(delay, t − programmeYears + 1) …
 * min(t, end − 1).
 */
export function cohortsInProgramme(
	t: number,
	delay: number,
	end: number,
	programmeYears: number
): number {
	return Math.max(0, Math.min(t, end - 1) - Math.max(delay, t - programmeYears + 1) + 1);
}

export function intakeSchedule(spec: ModelSpec, values: Values): Intake {
	const horizonYears = valueOf(values, SHARED.horizonYears).toNumber();
	const programmeYears = valueOf(values, SHARED.programmeYears).toNumber();
	const o = spec.outcome;
	const perYear = o ? valueOf(values, o.newTraineesPerYear) : ZERO;
	const newMembers = o ? valueOf(values, o.newMemberCompanies) : ZERO;
	const startDelayYears = o ? valueOf(values, o.startDelayYears).toNumber() : horizonYears;
	const intakeEndYear = spec.budget?.activeYears
		? valueOf(values, spec.budget.activeYears).toNumber()
		: horizonYears;
	const started: Decimal[] = [];
	const inProgramme: Decimal[] = [];
	const members: Decimal[] = [];
	for (let t = 0; t < horizonYears; t++) {
		const open = t >= startDelayYears && t < intakeEndYear;
		started.push(open ? perYear : ZERO);
		const cohorts = cohortsInProgramme(t, startDelayYears, intakeEndYear, programmeYears);
		inProgramme.push(perYear.times(cohorts));
		members.push(open || cohorts > 0 ? newMembers : ZERO);
	}
	return { horizonYears, startDelayYears, intakeEndYear, started, inProgramme, members };
}

/** One year of the public (region and county) side of a model. */
export interface PublicCostYear {
	year: number;
	/** The scheme's operating budget for Sør-Østerdal (joint budget for the consortium). */
	budget: Decimal;
	/** Borne by an existing operator (Trainee Innlandet, Fjelltrainee). */
	operator: Decimal;
	/** Innlandet county's grant counted for Sør-Østerdal (its share of a joint scheme's grant). */
	county: Decimal;
	/** The partner regions' part of a joint net budget, their share of the grant included. */
	partners: Decimal;
	/** Member companies' fees that go into this budget (new schemes only). */
	memberFees: Decimal;
	/** Sør-Østerdal regional council: what is left. */
	region: Decimal;
	/** Fees beyond the need, not counted as income to anyone. */
	surplus: Decimal;
	/** Fees all new member companies in the region pay, whoever receives them. */
	companyFees: Decimal;
}

export interface PublicCost {
	byYear: PublicCostYear[];
	region: { total: Decimal; presentValue: Decimal };
	county: { total: Decimal; presentValue: Decimal };
	/** Region plus county. */
	public: { total: Decimal; presentValue: Decimal };
	companyFees: { total: Decimal; presentValue: Decimal };
}

/**
 * The operating budget of year t: project leader, marketing and recruitment from year 0 (the
 * scheme must be set up and made known before the first cohort); gatherings and travel only
 * from the first intake on, since they are for trainees.
 */
function operatingBudget(b: BudgetSpec, values: Values, hasTrainees: boolean): Decimal {
	const fixed = valueOf(values, b.projectLeaderPositionShare)
		.times(valueOf(values, SHARED.projectLeaderAnnualCost))
		.plus(valueOf(values, b.marketingPerYear))
		.plus(valueOf(values, b.recruitmentPerYear));
	return hasTrainees
		? fixed.plus(valueOf(values, b.gatheringsPerYear)).plus(valueOf(values, b.travelPerYear))
		: fixed;
}

/**
 * Funding order each year: the operator's share first; of what is left (the net budget), a joint
 * scheme counts only Sør-Østerdal's share (`regionCostShare`, split with `allocate` in whole
 * øre). That share is covered by the member companies' fees first (where they fund the budget),
 * then by the county grant — counted in the same share as the region's own money, since a grant
 * to a scheme the region shares with two others pays for all three — drawn up to what is still
 * needed, and the regional council pays the rest. So region + county = max(0, share of the net
 * budget − fees): moving money between the county and the region never changes the public total.
 * Parts always add up to the budget (plus any surplus of fees).
 */
export function publicCost(spec: ModelSpec, values: Values, intake: Intake): PublicCost {
	const rate = valueOf(values, SHARED.discountRate);
	const feePerYear = traineeFeePerYear(spec, values);
	const membership = membershipPerYear(spec, values);
	const b = spec.budget;
	const byYear: PublicCostYear[] = [];
	for (let t = 0; t < intake.horizonYears; t++) {
		const companyFees = intake.members[t]!.times(membership).plus(
			intake.inProgramme[t]!.times(feePerYear)
		);
		if (!b) {
			byYear.push({
				year: t,
				budget: ZERO,
				operator: ZERO,
				county: ZERO,
				partners: ZERO,
				memberFees: ZERO,
				region: ZERO,
				surplus: ZERO,
				companyFees
			});
			continue;
		}
		const activeYears = b.activeYears
			? valueOf(values, b.activeYears).toNumber()
			: intake.horizonYears;
		const running = t < activeYears;
		const fromFirstIntake = t >= intake.startDelayYears;
		const budget = (running ? operatingBudget(b, values, fromFirstIntake) : ZERO).plus(
			t === 0 ? valueOf(values, b.establishmentCost) : ZERO
		);
		const operator = b.operatorFundedShare
			? budget.times(valueOf(values, b.operatorFundedShare))
			: ZERO;
		const afterOperator = budget.minus(operator);
		// The county grant drawn for the whole scheme, never beyond its net budget.
		const drawn = min(running ? valueOf(values, b.countyGrantPerYear) : ZERO, afterOperator);
		let ours = afterOperator;
		let countyShare = drawn;
		let partners = ZERO;
		if (b.regionCostShare) {
			const own = valueOf(values, b.regionCostShare);
			const partner = ONE.minus(own).dividedBy(2);
			const ratios = [own, partner, partner];
			const [mine, valdres, roros] = allocate(afterOperator, ratios);
			ours = mine!;
			partners = valdres!.plus(roros!);
			countyShare = allocate(drawn, ratios)[0]!;
		}
		const memberFees = b.feesFundBudget ? companyFees : ZERO;
		// Public money Sør-Østerdal's part needs once its companies' fees are in.
		const need = max(ZERO, ours.minus(memberFees));
		const county = min(countyShare, need);
		const region = need.minus(county);
		const surplus = max(ZERO, memberFees.minus(ours));
		byYear.push({
			year: t,
			budget,
			operator,
			county,
			partners,
			memberFees,
			region,
			surplus,
			companyFees
		});
	}
	const totals = (f: (y: PublicCostYear) => Decimal) => {
		const series = byYear.map(f);
		return { total: sum(series), presentValue: presentValue(series, rate) };
	};
	return {
		byYear,
		region: totals((y) => y.region),
		county: totals((y) => y.county),
		public: totals((y) => y.region.plus(y.county)),
		companyFees: totals((y) => y.companyFees)
	};
}
