/**
 * A refused scenario file or share link, told in the user's language: what was wrong and with
 * which field, by its label and its id (`verdien for «Medlemskontingent per år»
 * (trainee-innlandet.membershipFeePerYear) er negativ; tillatt 0–1 000 000 000 kr per bedrift per
 * år`). Pure: maps the engine's ScenarioError code and details to the message catalogue.
 */
import { criterionById, parameterById } from '../data';
import { clip, type ScenarioError } from '../engine';
import { formatByUnit, formatRangeByUnit } from '../format';
import { translate, translator, type Locale } from '../i18n';

export type ErrorSource = 'file' | 'link';

/** The field named by its label and id, or null when it is no parameter or criterion. */
function fieldName(field: string, locale: Locale): string | null {
	const [group, ...rest] = field.split('.');
	// SWING answers name a criterion as `swing.points.<id>`.
	const swing = group === 'swing' && rest[0] === 'points';
	const id = (swing ? rest.slice(1) : rest).join('.');
	const label =
		group === 'values'
			? parameterById.get(id)?.label[locale]
			: group === 'weights' || swing
				? criterionById.get(id)?.label[locale]
				: undefined;
	return label === undefined ? null : translate(locale, 'scenarios.field', { label, id });
}

/** The id in a field name, cut short: a file or link may hold an id of any length. */
function idOf(field: string): string {
	const swing = 'swing.points.';
	return clip(
		field.startsWith(swing) ? field.slice(swing.length) : field.slice(field.indexOf('.') + 1)
	);
}

/** The problem in a ScenarioError, as a clause that goes after "The file could not be read:". */
export function describeProblem(error: ScenarioError, source: ErrorSource, locale: Locale): string {
	const { value, min, max } = error.details;
	const field = clip(error.details.field);
	const t = translator(locale);
	const named = fieldName(error.details.field, locale) ?? field;
	switch (error.code) {
		case 'invalid-json':
			return t(
				source === 'link' ? 'scenarios.problem.link-damaged' : 'scenarios.problem.invalid-json'
			);
		case 'invalid-shape':
			return field === '(root)'
				? t('scenarios.problem.not-a-scenario')
				: t('scenarios.problem.invalid-shape', { field });
		case 'unsupported-version':
			return t('scenarios.problem.unsupported-version', {
				version: clip(JSON.stringify(value) ?? '–', 40)
			});
		case 'unknown-parameter':
			return t('scenarios.problem.unknown-parameter', { id: idOf(field) });
		case 'unknown-criterion':
			return t('scenarios.problem.unknown-criterion', { id: idOf(field) });
		case 'not-a-number':
			return t('scenarios.problem.not-a-number', { field: named });
		case 'not-an-integer':
			return t('scenarios.problem.not-an-integer', { field: named });
		case 'negative-weight':
			return t('scenarios.problem.negative-weight', { field: named });
		case 'all-weights-zero':
			return t('scenarios.problem.all-weights-zero');
		case 'no-top-swing':
			return t('scenarios.problem.no-top-swing');
		case 'not-judged':
		case 'unknown-model':
		case 'judgement-order':
			return t('scenarios.problem.invalid-shape', { field });
		case 'out-of-range': {
			const p = parameterById.get(idOf(field));
			if (!p || min === undefined || max === undefined || typeof value !== 'number')
				return t('scenarios.problem.out-of-range-plain', { field: named });
			const range = formatRangeByUnit(min, max, p.unit, locale);
			return value < 0 && min >= 0
				? t('scenarios.problem.negative', { field: named, range })
				: t('scenarios.problem.out-of-range', {
						field: named,
						value: formatByUnit(value, p.unit, locale),
						range
					});
		}
	}
}

/** The whole message: where the scenario came from, what was wrong, and that nothing changed. */
export function describeError(error: ScenarioError, source: ErrorSource, locale: Locale): string {
	return translate(locale, source === 'file' ? 'scenarios.error.file' : 'scenarios.error.link', {
		problem: describeProblem(error, source, locale)
	});
}
