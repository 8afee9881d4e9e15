import { describe, expect, it } from 'vitest';
import { scenarioSlug } from './scenario-text';

describe('scenarioSlug: a scenario name inside a file name', () => {
	it('keeps Norwegian letters and digits, lower case, anything else one hyphen', () => {
		expect(scenarioSlug('Høy lønn / Trysil & Åmot 2027')).toBe('høy-lønn-trysil-åmot-2027');
		expect(scenarioSlug('  --Fylket sier ja!--  ')).toBe('fylket-sier-ja');
	});
	it('is empty without a name, and at most 60 characters with no hyphen at the end', () => {
		expect(scenarioSlug(undefined)).toBe('');
		expect(scenarioSlug('')).toBe('');
		const slug = scenarioSlug(`${'a'.repeat(59)} b`);
		expect(slug).toBe('a'.repeat(59));
	});
});
