/**
 * The charts' palettes hold enough colours for the data: every model has its own colour and
 * marker, every rank a colour, every criterion and cost component a categorical colour. Counts
 * come from the data, so a model or criterion added to `data/` without a colour fails here
 * rather than being drawn in nothing.
 */
import { describe, expect, it } from 'vitest';
import { criteria, MODEL_IDS } from '$lib/data';
import { COMPANY_COMPONENTS } from '$lib/present/chart-data';
import { CATEGORICAL, MODEL_COLOURS, MODEL_MARKERS, RANK_COLOURS } from './theme';

describe('chart palettes', () => {
	it('give every model its own colour and marker', () => {
		const colours = MODEL_IDS.map((id) => MODEL_COLOURS[id]);
		const markers = MODEL_IDS.map((id) => MODEL_MARKERS[id]);
		expect(colours.every((c) => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c))).toBe(true);
		expect(new Set(colours).size).toBe(MODEL_IDS.length);
		expect(markers.every((m) => typeof m === 'string')).toBe(true);
		expect(new Set(markers).size).toBe(MODEL_IDS.length);
	});

	it('have a colour for every rank, darkest first', () => {
		expect(RANK_COLOURS.length).toBeGreaterThanOrEqual(MODEL_IDS.length);
		expect(new Set(RANK_COLOURS.slice(0, MODEL_IDS.length)).size).toBe(MODEL_IDS.length);
	});

	it('have a categorical colour for every criterion and cost component', () => {
		expect(CATEGORICAL.length).toBeGreaterThanOrEqual(criteria.length);
		expect(CATEGORICAL.length).toBeGreaterThanOrEqual(COMPANY_COMPONENTS.length);
	});
});
