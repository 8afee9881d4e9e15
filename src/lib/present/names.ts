/**
 * Names from the data in a language: models, criteria (as labels and as phrases inside a
 * sentence) and parameters. The one place the page, the PDF and the command line get them from.
 * An id the data does not have is a programming fault (`UnknownIdError`).
 */
import { criterionById, modelById, parameterById, type ModelId } from '../data';
import { UnknownIdError } from '../errors';
import { catalogue, localized, translate, type Locale, type MessageKey } from '../i18n';

/** A model's short name (`Trainee Innlandet`). */
export function modelName(id: ModelId, locale: Locale): string {
	const model = modelById.get(id);
	if (!model) throw new UnknownIdError('model', id);
	return localized(model.shortName, locale);
}

/** A model's full name (`Samarbeid med Trainee Innlandet`). */
export function modelFullName(id: ModelId, locale: Locale): string {
	const model = modelById.get(id);
	if (!model) throw new UnknownIdError('model', id);
	return localized(model.name, locale);
}

/** A criterion's label as a heading or a table cell (`Eierskap og organisering`). */
export function criterionLabel(id: string, locale: Locale): string {
	const c = criterionById.get(id);
	if (!c) throw new UnknownIdError('criterion', id);
	return localized(c.label, locale);
}

/** The text with its first letter in lower case, for a label inside a sentence. */
export function lowerFirst(text: string, locale?: Locale): string {
	return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

/** A criterion as a phrase inside a sentence (`eierskap og organisering`). */
export function criterionPhrase(id: string, locale: Locale): string {
	const key = `results.criterion.${id}`;
	if (key in catalogue[locale]) return translate(locale, key as MessageKey);
	return lowerFirst(criterionLabel(id, locale), locale);
}

/** The model a parameter belongs to, or null for shared parameters (`shared.*`). */
export function parameterModel(id: string): ModelId | null {
	const group = id.slice(0, id.indexOf('.'));
	return modelById.has(group as ModelId) ? (group as ModelId) : null;
}

/** The group a parameter belongs to: a model's short name, or null for shared parameters. */
export function parameterGroup(id: string, locale: Locale): string | null {
	const model = parameterModel(id);
	return model ? modelName(model, locale) : null;
}

export function parameterLabel(id: string, locale: Locale): string {
	const p = parameterById.get(id);
	if (!p) throw new UnknownIdError('parameter', id);
	return localized(p.label, locale);
}
