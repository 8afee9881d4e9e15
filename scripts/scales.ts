/**
 * `npm run scales`: writes src/lib/engine/scales.default.json, the fixed value scales for the
 * study's analysis period (engine/scales.ts), so the page need not derive them while it loads.
 * Run after changing data/parameters.json or the cost model; src/lib/engine/scales.test.ts fails
 * until the file matches what the engine derives.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_HORIZON, deriveScales } from '../src/lib/engine/scales';

const file = 'src/lib/engine/scales.default.json';
const body = { horizonYears: DEFAULT_HORIZON, scales: deriveScales(DEFAULT_HORIZON) };
writeFileSync(file, JSON.stringify(body, null, '\t') + '\n');
console.log(`scales: wrote ${file} for a ${DEFAULT_HORIZON}-year horizon`);
