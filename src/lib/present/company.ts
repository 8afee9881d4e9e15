/**
 * "Min bedrift": what one member company pays per model in one programme year for a number of
 * trainees, split into the scheme's own cost (membership once per company, fees or surcharges
 * per trainee) and the employment cost any hire has (pay and the employer's costs on it), set
 * against hiring the same number the ordinary way (the zero alternative). Pure, in decimals.
 */
import type { ModelId } from '../data';
import { Decimal, type Evaluation } from '../engine';
import { BASELINE_MODEL } from './sentences';

export interface CompanyRow {
	model: ModelId;
	/** Membership (once) plus fees per trainee × trainees. */
	scheme: Decimal;
	/** Pay and the employer's costs × trainees. */
	employment: Decimal;
	total: Decimal;
	/** total − what an ordinary hire of as many costs in the same year. */
	vsHire: Decimal;
}

/** The programme years a company can look at (1-based), as long as the longest programme. */
export function companyYears(e: Evaluation): number[] {
	const longest = Math.max(...e.models.map((m) => m.companyCost.byYear.length));
	return Array.from({ length: longest }, (_, i) => i + 1);
}

/**
 * Per model, best first, what a company with `trainees` trainees pays in programme year `year`
 * (1-based). A programme shorter than `year` counts its last year (the employment goes on).
 */
export function companyView(e: Evaluation, trainees: number, year: number): CompanyRow[] {
	const n = new Decimal(trainees);
	const yearOf = (id: ModelId) => {
		const byYear = e.models.find((m) => m.id === id)!.companyCost.byYear;
		return byYear[Math.min(year, byYear.length) - 1]!;
	};
	const cost = (id: ModelId) => {
		const y = yearOf(id);
		const scheme = y.membership.plus(y.traineeFees.times(n));
		const employment = y.employment.times(n);
		return { scheme, employment, total: scheme.plus(employment) };
	};
	const hire = cost(BASELINE_MODEL).total;
	return e.ranking.map((model) => {
		const c = cost(model);
		return { model, ...c, vsHire: c.total.minus(hire) };
	});
}
