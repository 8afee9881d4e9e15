/**
 * The UI language: Norwegian bokmål by default, English as a choice. Remembered in localStorage
 * and mirrored to `<html lang>` so that screen readers pronounce the page in the right language.
 */
import {
	DEFAULT_LOCALE,
	INTL_LOCALE,
	isLocale,
	translate,
	type Locale,
	type MessageArgs,
	type MessageKey
} from '$lib/i18n';

export const LOCALE_STORAGE_KEY = 'traineevalg.lang';

export class LocaleState {
	current = $state<Locale>(DEFAULT_LOCALE);

	/** The locale `Intl` formats numbers with (`nb-NO` or `en-GB`). */
	readonly intl = $derived(INTL_LOCALE[this.current]);

	/** The message `key` in the current language (reactive when read in markup). */
	t = <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string =>
		translate(this.current, key, ...args);

	/** Switch language, remember the choice and update `<html lang>`. */
	set(next: Locale): void {
		this.current = next;
		try {
			localStorage.setItem(LOCALE_STORAGE_KEY, next);
		} catch {
			// Storage can be unavailable (private mode, blocked cookies): the choice then lasts
			// until the page is reloaded.
		}
		this.#applyToDocument();
	}

	/**
	 * Take up the remembered choice. Called once after hydration (the prerendered HTML is in the
	 * default language), never during server rendering.
	 */
	restore(): void {
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(LOCALE_STORAGE_KEY);
		} catch {
			saved = null;
		}
		if (isLocale(saved)) this.current = saved;
		this.#applyToDocument();
	}

	#applyToDocument(): void {
		if (typeof document !== 'undefined') document.documentElement.lang = this.current;
	}
}

export const locale = new LocaleState();
