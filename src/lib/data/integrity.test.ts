/**
 * Integrity checks added with the presentation layer: a weight preset that leaves out a
 * criterion (it would silently weigh 0) and the study's recommendation naming models the data
 * has. Each passes on the real data and rejects a deliberately broken copy.
 */
import { describe, expect, it } from 'vitest';
import { criteria, models, parameters, presets, sources } from './index';
import { checkPresetsWeighEveryCriterion, type DataSet } from './integrity';

const real: DataSet = { parameters, models, criteria, presets, sources };

describe('every preset weighs every criterion', () => {
	it('holds for the study data', () => {
		expect(checkPresetsWeighEveryCriterion(real)).toEqual([]);
	});

	it('names a preset that leaves a criterion out', () => {
		const broken = structuredClone({ ...real, presets: [...presets] });
		const first = broken.presets[0]!;
		delete (first.weights as Record<string, number>)['time-to-start'];
		expect(checkPresetsWeighEveryCriterion(broken).map((i) => i.message)).toEqual([
			`preset '${first.id}' gives no weight to criterion 'time-to-start'`
		]);
	});

	it('names every preset that misses a criterion added to the data', () => {
		const broken = structuredClone({ ...real, criteria: [...criteria] });
		broken.criteria.push({ ...broken.criteria[0]!, id: 'new-criterion' });
		expect(checkPresetsWeighEveryCriterion(broken)).toHaveLength(presets.length);
	});
});
