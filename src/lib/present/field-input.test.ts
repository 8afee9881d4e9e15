import { describe, expect, it } from 'vitest';
import { parseParameterInput, parseWeightInput, readTyped } from './field-input';

describe('money typed the way the study writes it (§4.1 "kr 540.000")', () => {
	it('reads dots between groups of three digits as thousands in Norwegian, never as decimals', () => {
		// 510.000 → 510 000, not 510: the misreading issue 11 names.
		expect(parseParameterInput('510.000', 'nok-per-year', 'nb')).toBe(510_000);
		expect(parseParameterInput('kr 540.000', 'nok-per-year', 'nb')).toBe(540_000);
		expect(parseParameterInput('540.000 kr', 'nok-per-year', 'nb')).toBe(540_000);
		expect(parseParameterInput('540.000,-', 'nok-per-year', 'nb')).toBe(540_000);
		expect(parseParameterInput('1.250.000', 'nok-per-year', 'nb')).toBe(1_250_000);
		expect(parseParameterInput('29.013,50', 'nok-per-trainee-per-tertial', 'nb')).toBe(29_013.5);
		expect(parseParameterInput('NOK 20 000', 'nok-per-company-per-year', 'nb')).toBe(20_000);
	});

	it('keeps the ways that worked: spaces, a decimal comma, a lone decimal dot', () => {
		expect(parseParameterInput('540 000', 'nok-per-year', 'nb')).toBe(540_000);
		expect(parseParameterInput('540\u00a0000', 'nok-per-year', 'nb')).toBe(540_000);
		// A share field is in percent: 14,1 % and 14.1 % are 0.141.
		expect(parseParameterInput('14,1', 'share', 'nb')).toBeCloseTo(0.141, 12);
		expect(parseParameterInput('14.1', 'share', 'nb')).toBeCloseTo(0.141, 12);
		// "0.5" cannot be thousands (no group starts with 0): half a year.
		expect(parseParameterInput('0.5', 'years', 'nb')).toBe(0.5);
		// Two digits after a dot are øre, not a group of thousands.
		expect(parseParameterInput('540.50', 'nok-per-year', 'nb')).toBe(540.5);
	});

	it('refuses what it cannot read for certain, instead of guessing', () => {
		expect(parseParameterInput('1.5,0', 'nok-per-year', 'nb')).toBeNaN();
		expect(parseParameterInput('5.40.000', 'nok-per-year', 'nb')).toBeNaN();
		expect(parseParameterInput('kr', 'nok-per-year', 'nb')).toBeNaN();
		expect(parseParameterInput('540 000 euro', 'nok-per-year', 'nb')).toBeNaN();
	});

	it('reads English the English way: comma groups thousands, dot is the decimal point', () => {
		expect(parseParameterInput('NOK 540,000', 'nok-per-year', 'en')).toBe(540_000);
		expect(parseParameterInput('510.000', 'nok-per-year', 'en')).toBe(510);
		expect(parseParameterInput('14.1', 'share', 'en')).toBeCloseTo(0.141, 12);
	});

	it('applies to weight points too', () => {
		expect(parseWeightInput('12,5', 'nb')).toBe(12.5);
		expect(parseWeightInput('1.000', 'nb')).toBe(1000);
		expect(readTyped(' kr 7.500 ', 'nb')).toBe('7500');
	});
});
