/**
 * Which parameters each model is costed with. This table is the engine's contract with `data/`:
 * a test checks that every id named here exists, so a model can never lack what the engine needs.
 */
import type { ModelId } from '../data/schema';

export const SHARED = {
	horizonYears: 'shared.horizonYears',
	discountRate: 'shared.discountRate',
	programmeYears: 'shared.programmeYears',
	employerContributionRate: 'shared.employerContributionRate',
	holidayPayRate: 'shared.holidayPayRate',
	holidayMonthsDeducted: 'shared.holidayMonthsDeducted',
	pensionRate: 'shared.pensionRate',
	attributionShare: 'shared.attributionShare',
	projectLeaderAnnualCost: 'shared.projectLeaderAnnualCost'
} as const;

export interface CompanySpec {
	/** Null for an ordinary hire with no scheme (the zero alternative): no membership. */
	membershipFeePerYear: string | null;
	/** The per-trainee fee and the period it is billed in; null for an ordinary hire. */
	traineeFee: { id: string; billedPer: 'tertial' | 'year' } | null;
	salaryYear1: string;
	salaryYear2: string;
}

export interface OutcomeSpec {
	newTraineesPerYear: string;
	newMemberCompanies: string;
	retentionShare: string;
	displacementShare: string;
	startDelayYears: string;
}

export interface BudgetSpec {
	projectLeaderPositionShare: string;
	marketingPerYear: string;
	recruitmentPerYear: string;
	gatheringsPerYear: string;
	travelPerYear: string;
	establishmentCost: string;
	countyGrantPerYear: string;
	/** Share of the budget an existing operator (TI, Fjelltrainee) bears itself. */
	operatorFundedShare?: string;
	/** Years the budget runs (a time-limited pilot), and so the years new cohorts may start; otherwise the whole horizon. */
	activeYears?: string;
	/** Sør-Østerdal's share of a joint net cost split with partner business gardens. */
	regionCostShare?: string;
	/** Whether the member companies' fees go into this budget (a new scheme) or to an operator. */
	feesFundBudget: boolean;
}

export interface ModelSpec {
	id: ModelId;
	company: CompanySpec;
	/** Null for the zero alternative: it adds no trainees. */
	outcome: OutcomeSpec | null;
	/** Null where the model needs no new public budget. */
	budget: BudgetSpec | null;
}

const newSchemeCompany = (m: string): CompanySpec => ({
	membershipFeePerYear: `${m}.membershipFeePerYear`,
	// Stryker disable next-line StringLiteral: only 'tertial' changes the fee; any other value bills per year
	traineeFee: { id: `${m}.serviceFeePerTraineePerYear`, billedPer: 'year' },
	salaryYear1: `${m}.salaryYear1`,
	salaryYear2: `${m}.salaryYear2`
});

const tiCompany: CompanySpec = {
	membershipFeePerYear: 'trainee-innlandet.membershipFeePerYear',
	traineeFee: { id: 'trainee-innlandet.serviceFeePerTraineePerTertial', billedPer: 'tertial' },
	salaryYear1: 'trainee-innlandet.salaryYear1',
	salaryYear2: 'trainee-innlandet.salaryYear2'
};

const outcome = (m: string): OutcomeSpec => ({
	newTraineesPerYear: `${m}.newTraineesPerYear`,
	newMemberCompanies: `${m}.newMemberCompanies`,
	retentionShare: `${m}.retentionShare`,
	displacementShare: `${m}.displacementShare`,
	startDelayYears: `${m}.startDelayYears`
});

const budget = (
	m: string,
	extra: Partial<BudgetSpec> & { feesFundBudget: boolean }
): BudgetSpec => ({
	projectLeaderPositionShare: `${m}.projectLeaderPositionShare`,
	marketingPerYear: `${m}.marketingPerYear`,
	recruitmentPerYear: `${m}.recruitmentPerYear`,
	gatheringsPerYear: `${m}.gatheringsPerYear`,
	travelPerYear: `${m}.travelPerYear`,
	establishmentCost: `${m}.establishmentCost`,
	countyGrantPerYear: `${m}.countyGrantPerYear`,
	...extra
});

export const MODEL_SPECS: readonly ModelSpec[] = [
	{
		id: 'own-scheme',
		company: newSchemeCompany('own-scheme'),
		outcome: outcome('own-scheme'),
		budget: budget('own-scheme', { feesFundBudget: true })
	},
	{
		id: 'fagskole-scheme',
		company: newSchemeCompany('fagskole-scheme'),
		outcome: outcome('fagskole-scheme'),
		budget: budget('fagskole-scheme', { feesFundBudget: true })
	},
	{
		id: 'trainee-innlandet',
		company: tiCompany,
		outcome: outcome('trainee-innlandet'),
		budget: budget('trainee-innlandet', {
			feesFundBudget: false,
			operatorFundedShare: 'trainee-innlandet.operatorFundedShare',
			activeYears: 'trainee-innlandet.pilotYears'
		})
	},
	{
		id: 'fjelltrainee',
		company: {
			membershipFeePerYear: 'fjelltrainee.membershipFeePerYear',
			// Stryker disable next-line StringLiteral: only 'tertial' changes the fee; any other value bills per year
			traineeFee: { id: 'fjelltrainee.hiringSurchargePerYear', billedPer: 'year' },
			salaryYear1: 'fjelltrainee.salaryYear1',
			salaryYear2: 'fjelltrainee.salaryYear2'
		},
		outcome: outcome('fjelltrainee'),
		budget: budget('fjelltrainee', {
			feesFundBudget: false,
			operatorFundedShare: 'fjelltrainee.operatorFundedShare'
		})
	},
	{
		id: 'naeringshage-consortium',
		company: newSchemeCompany('naeringshage-consortium'),
		outcome: outcome('naeringshage-consortium'),
		budget: budget('naeringshage-consortium', {
			feesFundBudget: true,
			regionCostShare: 'naeringshage-consortium.regionCostShare'
		})
	},
	// The zero alternative for a company: an ordinary hire of a new graduate, with no scheme (no
	// membership, no fees); only the employment cost that any hire has (DFØ's nullalternativ).
	{
		id: 'status-quo',
		company: {
			membershipFeePerYear: null,
			traineeFee: null,
			salaryYear1: 'status-quo.salaryYear1',
			salaryYear2: 'status-quo.salaryYear2'
		},
		outcome: null,
		budget: null
	}
];

/** Every parameter id the engine reads (shared and per model). */
export function requiredParameterIds(): string[] {
	const ids = new Set<string>(Object.values(SHARED));
	for (const spec of MODEL_SPECS) {
		const c = spec.company;
		[c.membershipFeePerYear, c.traineeFee?.id, c.salaryYear1, c.salaryYear2].forEach(
			(id) => id && ids.add(id)
		);
		if (spec.outcome) Object.values(spec.outcome).forEach((id) => ids.add(id));
		if (spec.budget)
			Object.values(spec.budget).forEach((id) => typeof id === 'string' && ids.add(id));
	}
	return [...ids];
}
