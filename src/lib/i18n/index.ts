/**
 * A small typed translation API over the one message catalogue in `messages.ts`. Pure: no Svelte,
 * no DOM. The UI calls it through the locale state (`$lib/state/locale.svelte`), which knows the
 * current language.
 */
import { en, nb, type MessageKey } from './messages';

export type { MessageKey } from './messages';

export const LOCALES = ['nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

/** The BCP 47 locale `Intl` formats numbers with, per UI language. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { nb: 'nb-NO', en: 'en-GB' };

export const catalogue: Readonly<Record<Locale, { readonly [K in MessageKey]: string }>> = {
	nb,
	en
};

export type MessageParams = Readonly<Record<string, string | number>>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The message `key` in `locale`, with each `{name}` replaced by `params[name]`. A placeholder
 * without a parameter is an error, so that a half-filled sentence never reaches the screen.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = catalogue[locale][key];
	return template.replace(/\{([a-zA-Z0-9]+)\}/g, (_, name: string) => {
		const value = params?.[name];
		if (value === undefined) throw new Error(`i18n: message '${key}' needs parameter '${name}'`);
		return String(value);
	});
}

/** Pick the text for `locale` from a `{ nb, en }` pair in the data. */
export function localized(text: Readonly<Record<Locale, string>>, locale: Locale): string {
	return text[locale];
}
