import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES, catalogue, isLocale, translate, translator, type MessageKey } from '$lib/i18n';
import { en as pageEn, nb as pageNb } from '$lib/i18n/messages';
import { outputEn, outputNb } from '$lib/i18n/output';
import { LOCALE_STORAGE_KEY, LocaleState } from '$lib/state/locale.svelte';

// The whole catalogue: the page's part and the outputs' part (the PDF and the command line).
const nb: Record<string, string> = { ...pageNb, ...outputNb };
const en: Record<string, string> = { ...pageEn, ...outputEn };

describe('message catalogue', () => {
	it('gives each key to one part only, and keeps the outputs’ texts out of the page’s part', () => {
		const inBoth = Object.keys(pageNb).filter((key) => key in outputNb);
		expect(inBoth).toEqual([]);
		expect(Object.keys(pageNb).some((key) => key.startsWith('cli.'))).toBe(false);
		expect(
			Object.keys(pageNb).filter(
				(key) => key.startsWith('report.') && !key.startsWith('report.export.')
			)
		).toEqual([]);
	});

	it('has exactly the same keys in both languages', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
	});

	it('has no empty message', () => {
		for (const locale of LOCALES)
			for (const [key, text] of Object.entries(catalogue[locale]))
				expect(text.trim(), `${locale} ${key}`).not.toBe('');
	});

	it('uses the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(nb))
			expect(placeholders(en[key]!), key).toEqual(placeholders(nb[key]!));
	});
});

describe('translate', () => {
	it('picks the language and fills placeholders', () => {
		expect(translate('nb', 'figure.sourcesFor', { label: 'Lønn' })).toBe('Kilder for «Lønn»:');
		expect(translate('en', 'figure.sourcesFor', { label: 'Salary' })).toBe("Sources for 'Salary':");
		expect(translate('nb', 'app.name')).toBe('Traineevalg');
	});

	it('refuses to show a half-filled sentence', () => {
		// The compiler refuses it first (the lines below would not compile without the marks);
		// a key computed at run time still gets the check when the text is filled.
		// @ts-expect-error: 'figure.sourcesFor' needs { label }
		expect(() => translate('nb', 'figure.sourcesFor')).toThrow(/label/);
		const computed = 'figure.sourcesFor' as MessageKey;
		expect(() => translate('nb', computed, {})).toThrow(/label/);
	});

	it('types each message’s parameters from its Norwegian text (checked by svelte-check)', () => {
		const t = translator('nb');
		expect(t('scenarios.saved', { name: 'A' })).toBe('Lagret «A» i denne nettleseren.');
		// @ts-expect-error: a misspelt parameter name
		expect(() => t('scenarios.saved', { nmae: 'A' })).toThrow(/name/);
		// @ts-expect-error: a message without placeholders takes no parameters
		expect(t('app.name', { name: 'A' })).toBe('Traineevalg');
		// @ts-expect-error: a message with placeholders cannot be called without them
		expect(() => t('scenarios.saved')).toThrow(/name/);
	});

	it('knows its locales', () => {
		expect(isLocale('nb')).toBe(true);
		expect(isLocale('en')).toBe(true);
		expect(isLocale('nn')).toBe(false);
		expect(isLocale(null)).toBe(false);
	});
});

describe('LocaleState', () => {
	afterEach(() => {
		localStorage.clear();
		document.documentElement.lang = 'nb';
	});

	it('starts in Norwegian', () => {
		const state = new LocaleState();
		expect(state.current).toBe('nb');
		expect(state.intl).toBe('nb-NO');
		expect(state.t('language.label')).toBe('Språk');
	});

	it('switches, remembers the choice and sets <html lang>', () => {
		const state = new LocaleState();
		state.set('en');
		expect(state.current).toBe('en');
		expect(state.intl).toBe('en-GB');
		expect(state.t('language.label')).toBe('Language');
		expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
		expect(document.documentElement.lang).toBe('en');
	});

	it('restores a remembered choice and ignores a bad one', () => {
		localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
		const remembered = new LocaleState();
		remembered.restore();
		expect(remembered.current).toBe('en');
		expect(document.documentElement.lang).toBe('en');

		localStorage.setItem(LOCALE_STORAGE_KEY, 'klingon');
		const fresh = new LocaleState();
		fresh.restore();
		expect(fresh.current).toBe('nb');
		expect(document.documentElement.lang).toBe('nb');
	});
});
