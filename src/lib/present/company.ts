/**
 * "Min bedrift": what one member company pays per model in one programme year for a number of
 * trainees, split into the scheme's own cost (membership once per company, fees or surcharges
 * per trainee) and the employment cost any hire has (pay and the employer's costs on it), set
 * against hiring the same number the ordinary way (the zero alternative). Pure, in decimals.
 */
import type { ModelId } from '../data';
import { Decimal, type Evaluation } from '../engine';
import { costView, type CostView } from './cost-view';
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

/**
 * The rows last worked out per costs (`costView`), with what else they depend on: a weight moved
 * that leaves the order as it is gives the same rows, and the page does not write the table
 * again on every step of a slider (issue 11). Nothing writes to the rows.
 */
const rowsKept = new WeakMap<CostView, { key: string; rows: CompanyRow[] }>();
/** The years per costs: the same array while only a weight moves (see `rowsKept`). */
const yearsKept = new WeakMap<CostView, number[]>();

/** The programme years a company can look at (1-based), as long as the longest programme. */
export function companyYears(e: Evaluation): number[] {
	const view = costView(e);
	let years = yearsKept.get(view);
	if (!years) {
		const longest = Math.max(...view.models.map((m) => m.companyCost.byYear.length));
		yearsKept.set(view, (years = Array.from({ length: longest }, (_, i) => i + 1)));
	}
	return years;
}

/**
 * Per model, best first, what a company with `trainees` trainees pays in programme year `year`
 * (1-based). A programme shorter than `year` counts its last year (the employment goes on).
 */
export function companyView(e: Evaluation, trainees: number, year: number): CompanyRow[] {
	const view = costView(e);
	const key = `${trainees}|${year}|${e.ranking.join()}`;
	const kept = rowsKept.get(view);
	if (kept?.key === key) return kept.rows;
	const rows = companyRows(e, trainees, year);
	rowsKept.set(view, { key, rows });
	return rows;
}

function companyRows(e: Evaluation, trainees: number, year: number): CompanyRow[] {
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
