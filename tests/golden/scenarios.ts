/**
 * The scenarios whose outputs are held as golden files: the study's default and two changed
 * scenarios (values changed; weights changed so that the ranking moves).
 */
export const GOLDEN_SCENARIOS: Record<string, unknown> = {
	default: { version: 1 },
	values: {
		version: 1,
		name: 'Høyere servicekostnad',
		values: {
			'trainee-innlandet.serviceFeePerTraineePerTertial': 30000,
			'shared.discountRate': 0.03
		}
	},
	weights: {
		version: 1,
		name: 'Kostnad først',
		weights: {
			'competence-fit': 5,
			'company-cost': 30,
			'public-cost': 30,
			'graduates-retained': 5,
			competition: 5,
			ownership: 5,
			'funding-certainty': 5,
			'candidate-attraction': 5,
			'distance-meeting-places': 5,
			'time-to-start': 5
		}
	}
};

/** Fewer samples than the default, so the golden test stays quick; the seed is fixed. */
export const GOLDEN_SMAA = { samples: 2000, seed: 20240806 };
