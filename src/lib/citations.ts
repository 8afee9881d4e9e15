/**
 * How a source reference reads on screen: `Forstudien §4.1`, `NHOs kompetansebarometer 2023`,
 * `Veileder i samfunnsøkonomiske analyser, kap. 3`, plus the quote where the data has one.
 */
import { sourceById as allSources } from './data';
import type { Source, SourceRef } from './data/schema';
import { translate, type Locale } from './i18n';
import { UnknownIdError } from './errors';

export interface Citation {
	/** Title and section, ready to show. */
	readonly text: string;
	/** What the source says, in the source's own language (Norwegian). */
	readonly quote?: string;
	readonly url?: string;
}

/** The display title of a source: the study is named by its short name in the UI language. */
export function sourceTitle(source: Source, locale: Locale): string {
	return source.role === 'study' ? translate(locale, 'source.study') : source.title;
}

export function cite(
	ref: SourceRef,
	locale: Locale,
	sourceById: ReadonlyMap<string, Source> = allSources
): Citation {
	const source = sourceById.get(ref.source);
	if (!source) throw new UnknownIdError('source', ref.source);
	const title = sourceTitle(source, locale);
	const section = ref.section?.trim();
	const text = !section
		? title
		: section.startsWith('§')
			? `${title} ${section}`
			: `${title}, ${section}`;
	return { text, quote: ref.quote, url: source.url };
}
