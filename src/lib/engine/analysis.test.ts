// @vitest-environment node
/** The slow analyses in their worker-safe form: plain data, money as strings with two decimals. */
import { describe, expect, it } from 'vitest';
import { analyse, tornadoView } from './analysis';
import { DEFAULT_SCENARIO } from './scenario';
import { tornado } from './tornado';

describe('tornadoView', () => {
	it('keeps the tornado as it is, with company costs as decimal strings to the øre', () => {
		const t = tornado(DEFAULT_SCENARIO);
		const v = tornadoView(DEFAULT_SCENARIO);
		expect(v.leader).toBe(t.leader);
		expect(v.baseMargin).toBe(t.baseMargin);
		expect(v.bars.map((b) => b.parameter)).toEqual(t.bars.map((b) => b.parameter));
		const bar = v.bars.find((b) => b.parameter === 'fjelltrainee.salaryYear1')!;
		expect(bar).toMatchObject({ low: 480000, high: 615000, leaderChanges: false });
		// Trainee Innlandet's company cost does not depend on Fjelltrainee's salary: the study's
		// 1 533 647.5031… (costs.test.ts, net holiday pay) at both ends, to the øre.
		expect(bar.companyCostAtLow['trainee-innlandet']).toBe('1533647.50');
		expect(bar.companyCostAtHigh['trainee-innlandet']).toBe('1533647.50');
		expect(Object.keys(bar.companyCostAtHigh)).toHaveLength(6);
		// Structured cloning keeps it whole: no Decimal left inside.
		expect(structuredClone(v)).toEqual(v);
	});
});

describe('analyse', () => {
	it('runs SMAA with the options given and the tornado', () => {
		const calls: number[] = [];
		const r = analyse(DEFAULT_SCENARIO, { samples: 50, seed: 3 }, (done) => calls.push(done));
		expect(r.smaa.options).toEqual({ samples: 50, seed: 3, weightUncertainty: 0.3 });
		// Four passes of 50 samples: the full analysis, then the decomposition's three (judgements,
		// parameters, weights each held fixed), reported as cumulative progress 50, 100, 150, 200.
		expect(calls).toEqual([50, 2 * 50, 3 * 50, 4 * 50]);
		expect(r.tornado.leader).toBe('trainee-innlandet');
		expect(typeof r.tornado.bars[0]!.companyCostAtLow['own-scheme']).toBe('string');
	});
});
