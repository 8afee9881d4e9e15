/** The study's ghost marks beside a chart's rows (chart-data.ts `studyValues`). */
import { describe, expect, it } from 'vitest';
import type { ModelId } from '$lib/data';
import { evaluate } from '$lib/engine';
import { costView } from './cost-view';
import { companyCostRows, studyValues } from './chart-data';

describe("the study's value beside each row", () => {
	it('matches rows by model, not by position, and is null where the study has no row', () => {
		type Row = { model: ModelId; v: number };
		const rows: Row[] = [
			{ model: 'fjelltrainee', v: 1 },
			{ model: 'own-scheme', v: 2 },
			{ model: 'status-quo', v: 3 }
		];
		const study: Row[] = [
			{ model: 'own-scheme', v: 20 },
			{ model: 'fjelltrainee', v: 10 }
		];
		expect(studyValues(rows, study, (r) => r.v)).toEqual([10, 20, null]);
	});

	it("gives Trainee Innlandet's study total beside its changed one", () => {
		// The study (§4.1): 20 000 kr membership + 3 × 29 013 kr fees = 107 039 kr a year, and the
		// same pay as an ordinary hire; a fee of 30 000 kr adds 3 × 987 = 2 961 kr a year, twice
		// over the two programme years in a company's total.
		const study = companyCostRows(costView(evaluate({ version: 2, values: {}, weights: {} })));
		const rows = companyCostRows(
			costView(
				evaluate({
					version: 2,
					values: { 'trainee-innlandet.serviceFeePerTraineePerTertial': 30_000 },
					weights: {}
				})
			)
		);
		const beside = studyValues(rows, study, (r) => r.total);
		const i = rows.findIndex((r) => r.model === 'trainee-innlandet');
		expect(rows[i]!.total.minus(beside[i]!).toString()).toBe('5922');
	});
});
