/** Names from the data in the UI language: models, criteria, parameters. */
import { criterionById, modelById, parameterById, type ModelId } from '$lib/data';
import type { Locale } from '$lib/i18n';

export function modelName(id: ModelId, locale: Locale): string {
	return modelById.get(id)?.shortName[locale] ?? id;
}

export function criterionLabel(id: string, locale: Locale): string {
	return criterionById.get(id)?.label[locale] ?? id;
}

/** The group a parameter belongs to: a model's short name, or null for shared parameters. */
export function parameterGroup(id: string, locale: Locale): string | null {
	const group = id.slice(0, id.indexOf('.'));
	return modelById.has(group as ModelId) ? modelName(group as ModelId, locale) : null;
}

export function parameterLabel(id: string, locale: Locale): string {
	return parameterById.get(id)?.label[locale] ?? id;
}

/**
 * A category label broken into lines of about `width` characters at spaces (Chart.js draws an
 * array as several lines), so that long model names need not be rotated.
 */
export function wrapLabel(text: string, width = 14): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines[lines.length - 1];
		if (last !== undefined && last.length + 1 + word.length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
