/**
 * A small typed translation API over the one message catalogue in `messages.ts`. Pure: no Svelte,
 * no DOM. The UI calls it through the locale state (`$lib/state/locale.svelte`), which knows the
 * current language.
 */
import { en, nb, type AllMessages, type MessageKey } from './messages';
import { invariant } from '../errors';

export type { MessageKey } from './messages';

export const LOCALES = ['nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

/** The BCP 47 locale `Intl` formats numbers with, per UI language. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { nb: 'nb-NO', en: 'en-GB' };

/** The page's messages, and the outputs' once `./output` is loaded (see `addMessages`). */
const loaded: Record<Locale, Record<string, string>> = { nb: { ...nb }, en: { ...en } };

export const catalogue = loaded as Readonly<Record<Locale, { readonly [K in MessageKey]: string }>>;

/** Add a part of the catalogue loaded later (the PDF's and command line's, `./output`). */
export function addMessages(
	nbPart: Readonly<Record<string, string>>,
	enPart: Readonly<Record<string, string>>
): void {
	Object.assign(loaded.nb, nbPart);
	Object.assign(loaded.en, enPart);
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** The `{name}` placeholders of a message text, as a union of names. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
	? (Name extends `${string}${' ' | '"' | ':' | ','}${string}` ? never : Name) | Placeholders<Rest>
	: never;

/** The parameters message `K` needs: one per `{name}` in its Norwegian (source) text. */
export type ParamsOf<K extends MessageKey> = {
	readonly [Name in Placeholders<AllMessages[K]>]: string | number;
};

/**
 * What `translate` takes after the key: nothing for a message without placeholders, exactly its
 * parameters otherwise (a missing or misspelt one is a compile error). A key only known as "some
 * message" (computed at run time) takes any parameters, checked when the text is filled.
 */
export type MessageArgs<K extends MessageKey> = MessageKey extends K
	? [params?: MessageParams]
	: [Placeholders<AllMessages[K]>] extends [never]
		? [params?: Readonly<Record<string, never>>]
		: [params: ParamsOf<K>];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The message `key` in `locale`, with each `{name}` replaced by `params[name]`. A placeholder
 * without a parameter is an error, so that a half-filled sentence never reaches the screen.
 */
export function translate<K extends MessageKey>(
	locale: Locale,
	key: K,
	...[params]: MessageArgs<K>
): string {
	const template = catalogue[locale][key] as string | undefined;
	invariant(template !== undefined, () => `i18n: message '${key}' is not loaded (import ./output)`);
	// Most messages have no placeholder: no pattern to run (a slider step asks for hundreds).
	if (!template.includes('{')) return template;
	const values = params as MessageParams | undefined;
	return template.replace(/\{([a-zA-Z0-9]+)\}/g, (_, name: string) => {
		const value = values?.[name];
		invariant(value !== undefined, () => `i18n: message '${key}' needs parameter '${name}'`);
		return String(value);
	});
}

/** `translate` bound to one locale: `const t = translator('nb'); t('domain.model')`. */
export function translator(locale: Locale) {
	return <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string =>
		translate(locale, key, ...args);
}

/** Pick the text for `locale` from a `{ nb, en }` pair in the data. */
export function localized(text: Readonly<Record<Locale, string>>, locale: Locale): string {
	return text[locale];
}
