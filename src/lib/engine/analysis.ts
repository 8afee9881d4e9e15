/**
 * The slow analyses (SMAA-2 and the tornado) in a form that crosses a worker boundary: plain
 * data, money as decimal strings (structured cloning would strip `Decimal`'s prototype).
 */
import type { ModelId } from '../data';
import { smaa, type SmaaOptions, type SmaaResult } from './smaa';
import type { Scenario } from './scenario';
import { tornado, type Tornado, type TornadoBar } from './tornado';

export interface TornadoBarView extends Omit<TornadoBar, 'companyCostAtLow' | 'companyCostAtHigh'> {
	/** Company cost present value per model at each end, NOK as decimal strings. */
	companyCostAtLow: Record<ModelId, string>;
	companyCostAtHigh: Record<ModelId, string>;
}

export interface TornadoView extends Omit<Tornado, 'bars'> {
	/** Sorted by the size of the margin swing, largest first. */
	bars: TornadoBarView[];
}

export interface AnalysisResult {
	smaa: SmaaResult;
	tornado: TornadoView;
}

function money(record: Record<ModelId, { toFixed(d: number): string }>): Record<ModelId, string> {
	return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.toFixed(2)])) as Record<
		ModelId,
		string
	>;
}

export function tornadoView(scenario: Scenario): TornadoView {
	const t = tornado(scenario);
	return {
		leader: t.leader,
		baseMargin: t.baseMargin,
		bars: t.bars.map((b) => ({
			...b,
			companyCostAtLow: money(b.companyCostAtLow),
			companyCostAtHigh: money(b.companyCostAtHigh)
		}))
	};
}

export function analyse(
	scenario: Scenario,
	options: Partial<SmaaOptions> = {},
	onProgress?: (done: number, total: number) => void
): AnalysisResult {
	return { smaa: smaa(scenario, options, onProgress), tornado: tornadoView(scenario) };
}
