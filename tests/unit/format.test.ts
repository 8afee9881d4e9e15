/**
 * Number formatting. Every expected string is written by hand with the exact code points Intl
 * uses for nb-NO: U+00A0 no-break space (thousands, before `kr` and `%`), U+2212 minus sign,
 * U+2013 en dash in ranges.
 */
import { describe, expect, it } from 'vitest';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import {
	formatList,
	formatByUnit,
	formatCount,
	formatNok,
	formatNokRounded,
	formatNumber,
	formatRangeByUnit,
	formatScore,
	formatShare,
	formatSignedNok,
	formatSignedNumber,
	formatYears,
	toIntlNumeric
} from '$lib/format';
import { UNITS, type Unit } from '$lib/data/schema';

const NBSP = '\u00a0';
const MINUS = '\u2212';
const EN_DASH = '\u2013';

describe('formatNokRounded', () => {
	it('says millions in words, to two significant digits, from 995 000 up', () => {
		// 2 421 411.74 / 1e6 = 2.42 → 2,4; 1 049 999 → 1.0 → shown as 1 (no trailing zero);
		// 12 345 678 → 12 (two significant digits)
		expect(formatNokRounded(2421411.74)).toBe(`2,4${NBSP}mill.${NBSP}kr`);
		expect(formatNokRounded(1_300_000)).toBe(`1,3${NBSP}mill.${NBSP}kr`);
		expect(formatNokRounded(1_049_999)).toBe(`1${NBSP}mill.${NBSP}kr`);
		expect(formatNokRounded(12_345_678)).toBe(`12${NBSP}mill.${NBSP}kr`);
		// 995 000 rounds to 1 000 000 at two significant digits: said as 1 mill.
		expect(formatNokRounded(995_000)).toBe(`1${NBSP}mill.${NBSP}kr`);
		expect(formatNokRounded(-2_400_000)).toBe(`${MINUS}2,4${NBSP}mill.${NBSP}kr`);
		expect(formatNokRounded(2421411.74, 'en')).toBe(`NOK${NBSP}2.4m`);
	});

	it('rounds smaller amounts to two significant digits', () => {
		// 589 592.04 → 590 000; 994 999 → 990 000 (below the millions' threshold)
		expect(formatNokRounded(589592.04)).toBe(`590${NBSP}000${NBSP}kr`);
		expect(formatNokRounded(994_999)).toBe(`990${NBSP}000${NBSP}kr`);
		expect(formatNokRounded(-994_999)).toBe(`${MINUS}990${NBSP}000${NBSP}kr`);
		expect(formatNokRounded(0)).toBe(`0${NBSP}kr`);
		expect(formatNokRounded('12345')).toBe(`12${NBSP}000${NBSP}kr`);
		expect(formatNokRounded(589592.04, 'en')).toBe(`NOK${NBSP}590,000`);
	});
});

describe('formatNok', () => {
	it('writes Norwegian kroner with no-break spaces', () => {
		expect(formatNok(540000)).toBe(`540${NBSP}000${NBSP}kr`);
		expect(formatNok(20000, 'nb')).toBe(`20${NBSP}000${NBSP}kr`);
		expect(formatNok(9500)).toBe(`9${NBSP}500${NBSP}kr`);
		expect(formatNok(0)).toBe(`0${NBSP}kr`);
	});

	it('writes English with the currency code first', () => {
		expect(formatNok(540000, 'en')).toBe(`NOK${NBSP}540,000`);
	});

	it('uses the true minus sign, and never shows a sign on a rounded zero', () => {
		expect(formatNok(-1500)).toBe(`${MINUS}1${NBSP}500${NBSP}kr`);
		expect(formatNok('-0.4')).toBe(`0${NBSP}kr`);
	});

	it('formats strings and decimals exactly, without a float in between', () => {
		expect(formatNok('29013')).toBe(`29${NBSP}013${NBSP}kr`);
		expect(formatNok(' 600000 ')).toBe(`600${NBSP}000${NBSP}kr`);
		// 20 significant digits: a float would turn this into 12 345 678 901 234 567 000.
		const big = '12345678901234567890.49';
		expect(formatNok(big)).toBe(
			`12${NBSP}345${NBSP}678${NBSP}901${NBSP}234${NBSP}567${NBSP}890${NBSP}kr`
		);
		expect(formatNok(new DecimalJs(big))).toBe(
			`12${NBSP}345${NBSP}678${NBSP}901${NBSP}234${NBSP}567${NBSP}890${NBSP}kr`
		);
	});

	it('rounds half a krone to the even krone, as the engine rounds (money.ts)', () => {
		// 29 013.5 lies between 29 013 and 29 014: the even one is 29 014.
		expect(formatNok(new DecimalJs('29013.5'))).toBe(`29${NBSP}014${NBSP}kr`);
		// 29 012.5 lies between 29 012 and 29 013: the even one is 29 012 (half-up would give 29 013).
		expect(formatNok(new DecimalJs('29012.5'))).toBe(`29${NBSP}012${NBSP}kr`);
		expect(formatNok('2.5')).toBe(`2${NBSP}kr`);
		// Anything above the half rounds up: 29 012.51 → 29 013.
		expect(formatNok('29012.51')).toBe(`29${NBSP}013${NBSP}kr`);
	});

	it('keeps every digit of any whole amount, however large (property)', () => {
		fc.assert(
			fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (amount) => {
				const text = formatNok(amount.toString());
				expect(text.endsWith(`${NBSP}kr`)).toBe(true);
				expect(text.replace(/\D/g, '')).toBe(amount.toString());
				// Groups of three, separated by no-break spaces only.
				expect(text).toMatch(/^\d{1,3}(\u00a0\d{3})*\u00a0kr$/);
			})
		);
	});

	it('rejects what is not a number', () => {
		expect(() => formatNok('abc')).toThrow(RangeError);
		expect(() => formatNok('1 000')).toThrow(RangeError);
		expect(() => formatNok(Number.NaN)).toThrow(RangeError);
		expect(() => formatNok(Number.POSITIVE_INFINITY)).toThrow(RangeError);
	});
});

describe('formatSignedNok', () => {
	it('writes a difference with its sign: plus, or the true minus sign', () => {
		expect(formatSignedNok(5808)).toBe(`+5${NBSP}808${NBSP}kr`);
		expect(formatSignedNok(-2961)).toBe(`${MINUS}2${NBSP}961${NBSP}kr`);
		expect(formatSignedNok(5808, 'en')).toBe(`+NOK${NBSP}5,808`);
		expect(formatSignedNok(-2961, 'en')).toBe(`-NOK${NBSP}2,961`);
	});

	it('formats decimals exactly and rounds like formatNok', () => {
		// (30 000 − 29 013) × 3 × (1 + 1/1.04) = 5 808.12 kr → 5 808 kr.
		expect(formatSignedNok(new DecimalJs('5808.12'))).toBe(`+5${NBSP}808${NBSP}kr`);
		// 12 345 678 901 234 567 890.5: half-to-even keeps …890 (a float would lose the last digits).
		expect(formatSignedNok('-12345678901234567890.5')).toBe(
			`${MINUS}12${NBSP}345${NBSP}678${NBSP}901${NBSP}234${NBSP}567${NBSP}890${NBSP}kr`
		);
	});

	it('shows no sign on zero, nor on what rounds to zero', () => {
		expect(formatSignedNok(0)).toBe(`0${NBSP}kr`);
		expect(formatSignedNok('0.4')).toBe(`0${NBSP}kr`);
		expect(formatSignedNok('-0.5')).toBe(`0${NBSP}kr`);
	});
});

describe('formatNumber, formatSignedNumber, formatScore', () => {
	it('writes plain numbers with as many decimals as asked', () => {
		expect(formatNumber(0.035, 'nb', { maximumFractionDigits: 6 })).toBe('0,035');
		expect(formatNumber(10000, 'nb', { maximumFractionDigits: 0 })).toBe(`10${NBSP}000`);
		expect(formatNumber(2.25, 'nb', { maximumFractionDigits: 1 })).toBe('2,3');
		expect(formatNumber(10000, 'en', { maximumFractionDigits: 0 })).toBe('10,000');
	});

	it('writes signed differences', () => {
		expect(formatSignedNumber(1, 'nb', { maximumFractionDigits: 0 })).toBe('+1');
		expect(formatSignedNumber(-1, 'nb', { maximumFractionDigits: 0 })).toBe(`${MINUS}1`);
		expect(formatSignedNumber(0, 'nb', { maximumFractionDigits: 1 })).toBe('0');
		expect(formatSignedNumber(-0.04, 'nb', { maximumFractionDigits: 1 })).toBe('0');
		expect(
			formatSignedNumber(0.012, 'nb', { minimumFractionDigits: 3, maximumFractionDigits: 3 })
		).toBe('+0,012');
	});

	it('writes scores with exactly three decimals', () => {
		expect(formatScore(0.7314)).toBe('0,731');
		expect(formatScore(0.5)).toBe('0,500');
		expect(formatScore(0.5, 'en')).toBe('0.500');
	});
});

describe('formatShare, formatCount, formatYears', () => {
	it('writes percentages the Norwegian way', () => {
		expect(formatShare(0.141)).toBe(`14,1${NBSP}%`);
		expect(formatShare(0.8)).toBe(`80${NBSP}%`);
		expect(formatShare('0.3333')).toBe(`33,3${NBSP}%`);
		expect(formatShare(0.141, 'en')).toBe('14.1%');
	});

	it('writes a fixed number of decimals when asked (table columns)', () => {
		const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
		expect(formatShare(0.15, 'nb', oneDecimal)).toBe(`15,0${NBSP}%`);
		expect(formatShare(0, 'nb', oneDecimal)).toBe(`0,0${NBSP}%`);
		expect(formatShare(0.97, 'en', oneDecimal)).toBe('97.0%');
	});

	it('writes counts with grouping and at most one decimal', () => {
		expect(formatCount(57)).toBe('57');
		expect(formatCount(2000)).toBe(`2${NBSP}000`);
		expect(formatCount(2.5)).toBe('2,5');
		expect(formatCount(2000, 'en')).toBe('2,000');
	});

	it('writes years with the right word form', () => {
		expect(formatYears(2)).toBe('2 år');
		expect(formatYears(1)).toBe('1 år');
		expect(formatYears(1, 'en')).toBe('1 year');
		expect(formatYears(2, 'en')).toBe('2 years');
	});
});

describe('formatByUnit', () => {
	const nb: Record<Unit, [number, string]> = {
		nok: [300000, `300${NBSP}000${NBSP}kr`],
		'nok-per-year': [20000, `20${NBSP}000${NBSP}kr per år`],
		'nok-per-company-per-year': [20000, `20${NBSP}000${NBSP}kr per bedrift per år`],
		'nok-per-trainee-per-year': [45000, `45${NBSP}000${NBSP}kr per trainee per år`],
		'nok-per-trainee-per-tertial': [29013, `29${NBSP}013${NBSP}kr per trainee per tertial`],
		share: [0.141, `14,1${NBSP}%`],
		'position-share': [0.5, `50${NBSP}% av en stilling`],
		'rate-per-year': [0.04, `4${NBSP}% per år`],
		years: [5, '5 år'],
		count: [57, '57'],
		'count-per-year': [10, '10 per år']
	};
	const en: Record<Unit, [number, string]> = {
		nok: [300000, `NOK${NBSP}300,000`],
		'nok-per-year': [20000, `NOK${NBSP}20,000 per year`],
		'nok-per-company-per-year': [20000, `NOK${NBSP}20,000 per company per year`],
		'nok-per-trainee-per-year': [45000, `NOK${NBSP}45,000 per trainee per year`],
		'nok-per-trainee-per-tertial': [29013, `NOK${NBSP}29,013 per trainee per tertial`],
		share: [0.141, '14.1%'],
		'position-share': [0.5, '50% of a full-time position'],
		'rate-per-year': [0.04, '4% per year'],
		years: [1, '1 year'],
		count: [57, '57'],
		'count-per-year': [10, '10 per year']
	};

	it.each(UNITS)('renders %s in Norwegian', (unit) => {
		const [value, expected] = nb[unit];
		expect(formatByUnit(value, unit, 'nb')).toBe(expected);
	});

	it.each(UNITS)('renders %s in English', (unit) => {
		const [value, expected] = en[unit];
		expect(formatByUnit(value, unit, 'en')).toBe(expected);
	});

	it('defaults to Norwegian and takes numeric strings', () => {
		expect(formatByUnit('540000', 'nok-per-year')).toBe(`540${NBSP}000${NBSP}kr per år`);
	});
});

describe('formatRangeByUnit', () => {
	it('writes ranges with an en dash', () => {
		expect(formatRangeByUnit(57, 60, 'count')).toBe(`57${EN_DASH}60`);
		expect(formatRangeByUnit(540000, 600000, 'nok-per-year')).toBe(
			`540${NBSP}000${EN_DASH}600${NBSP}000${NBSP}kr per år`
		);
		expect(formatRangeByUnit(0.5, 0.8, 'share')).toBe(`50${EN_DASH}80${NBSP}%`);
	});

	it('writes a single value when the ends are equal', () => {
		expect(formatRangeByUnit(40, 40, 'count')).toBe('40');
	});
});

describe('toIntlNumeric', () => {
	it('passes numbers through and validates strings', () => {
		expect(toIntlNumeric(1.5)).toBe(1.5);
		expect(toIntlNumeric('1e3')).toBe('1e3');
		expect(toIntlNumeric(new DecimalJs('0.1'))).toBe('0.1');
		expect(() => toIntlNumeric('')).toThrow(RangeError);
		expect(() => toIntlNumeric('12,5')).toThrow(RangeError);
	});
});

describe('formatList', () => {
	it('joins items as each language writes a list', () => {
		expect(formatList(['kostnad', 'tid', 'treff'], 'nb')).toBe('kostnad, tid og treff');
		expect(formatList(['cost', 'time', 'fit'], 'en')).toBe('cost, time and fit');
		expect(formatList(['kostnad'], 'nb')).toBe('kostnad');
	});

	it('gives each list its own text, whichever lists came before (the kept lists)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 4 }), {
					maxLength: 30
				}),
				fc.constantFrom<'nb' | 'en'>('nb', 'en'),
				(lists, locale) => {
					const plain = new Intl.ListFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', {
						style: 'long',
						type: 'conjunction'
					});
					// Each list twice: written, then taken from what is kept.
					for (const items of [...lists, ...lists])
						expect(formatList(items, locale)).toBe(plain.format(items));
				}
			)
		);
	});

	it('keeps lists apart that join to the same text: ["a, b"] is not ["a", "b"]', () => {
		expect(formatList(['a, b'], 'en')).toBe('a, b');
		expect(formatList(['a', 'b'], 'en')).toBe('a and b');
		expect(formatList(['a, b'], 'en')).toBe('a, b');
	});
});
