/**
 * Pure helpers for the assumptions editor: grouping the parameters, showing a value in an input
 * field and reading it back (shares are edited as percent, converted with decimals so that
 * `14,1` becomes exactly 0.141), the unit words beside a field, and the employer's contribution
 * zones. No Svelte, no DOM.
 */
import { boundsOf } from '$lib/engine/scenario';
import { Decimal } from '$lib/engine/money';
import { formatByUnit, formatRangeByUnit } from '$lib/format';
import {
	MODEL_IDS,
	ZONE_RATES_SOURCE,
	employerZones,
	hostMunicipalities,
	parameters as allParameters,
	type EmployerZone,
	type HostMunicipality,
	type Parameter,
	type Unit
} from '$lib/data';
import { INTL_LOCALE, translate, type Locale, type MessageKey } from '$lib/i18n';
import { invariant } from './errors';

/** A group of parameters: the shared ones, or one model's. */
export interface ParameterGroup {
	/** `shared` or a model id. */
	readonly id: string;
	readonly parameters: readonly Parameter[];
}

/** `shared` first, then one group per model in data order; empty groups are left out. */
export function groupParameters(
	parameters: readonly Parameter[] = allParameters
): readonly ParameterGroup[] {
	const order = ['shared', ...MODEL_IDS];
	const byGroup = new Map<string, Parameter[]>(order.map((id) => [id, []]));
	for (const p of parameters) {
		const group = p.id.slice(0, p.id.indexOf('.'));
		const list = byGroup.get(group);
		invariant(list, () => `parameter ${p.id} belongs to no known group`);
		list.push(p);
	}
	return order
		.map((id) => ({ id, parameters: byGroup.get(id) ?? [] }))
		.filter((g) => g.parameters.length > 0);
}

const PERCENT_UNITS: ReadonlySet<Unit> = new Set(['share', 'position-share', 'rate-per-year']);

/** Shares, position shares and rates are typed and shown as percent (14,1 means 0.141). */
export function isPercentUnit(unit: Unit): boolean {
	return PERCENT_UNITS.has(unit);
}

/** The number a field shows for a value: ×100 for percent units, exactly. */
export function toFieldNumber(value: number, unit: Unit): number {
	return isPercentUnit(unit) ? new Decimal(value).times(100).toNumber() : value;
}

/** The value for a number typed in a field: ÷100 for percent units, exactly. NaN stays NaN. */
export function fromFieldNumber(typed: number, unit: Unit): number {
	if (!Number.isFinite(typed)) return typed;
	return isPercentUnit(unit) ? new Decimal(typed).div(100).toNumber() : typed;
}

/**
 * Text typed in the English UI, made readable for `parseLocaleNumber` (which takes a comma as a
 * decimal separator): a comma followed by a group of three digits is a thousands separator there
 * (`540,000`). The Norwegian UI uses spaces for thousands and a decimal comma, so its text is
 * left as it is.
 */
export function normaliseTyped(text: string, locale: Locale): string {
	return locale === 'en' ? text.replace(/,(?=\d{3}(?!\d))/g, '') : text;
}

const fieldFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number as a field shows it: `540 000` and `14,1` in Norwegian; `540000` and `14.1` in
 * English (no grouping commas, which would read back as decimal commas). Up to ten decimals,
 * so that a value is never rounded away in the field.
 */
export function formatFieldNumber(value: number, locale: Locale): string {
	let format = fieldFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(INTL_LOCALE[locale], {
			maximumFractionDigits: 10,
			useGrouping: locale === 'nb',
			signDisplay: 'negative'
		});
		fieldFormats.set(locale, format);
	}
	return format.format(value);
}

/** The text a field shows for a parameter value. */
export function fieldText(value: number, unit: Unit, locale: Locale): string {
	return formatFieldNumber(toFieldNumber(value, unit), locale);
}

const SYMBOL_OPTIONS: Partial<Record<Unit, Intl.NumberFormatOptions>> = {
	nok: { style: 'currency', currency: 'NOK' },
	'nok-per-year': { style: 'currency', currency: 'NOK' },
	'nok-per-company-per-year': { style: 'currency', currency: 'NOK' },
	'nok-per-trainee-per-year': { style: 'currency', currency: 'NOK' },
	'nok-per-trainee-per-tertial': { style: 'currency', currency: 'NOK' },
	share: { style: 'percent' },
	'position-share': { style: 'percent' },
	'rate-per-year': { style: 'percent' }
};

const unitSymbols = new Map<string, string>();

/**
 * The currency or percent symbol of a unit (`kr`, `%`), '' for none: worked out once per unit
 * and language, not with a new `Intl.NumberFormat` for every field that shows it.
 */
function unitSymbol(unit: Unit, locale: Locale): string {
	const key = `${locale}|${unit}`;
	let symbol = unitSymbols.get(key);
	if (symbol === undefined) {
		const options = SYMBOL_OPTIONS[unit];
		symbol = options
			? new Intl.NumberFormat(INTL_LOCALE[locale], options)
					.formatToParts(1)
					.filter((part) => part.type === 'currency' || part.type === 'percentSign')
					.map((part) => part.value)
					.join('')
			: '';
		unitSymbols.set(key, symbol);
	}
	return symbol;
}

/**
 * The unit in words beside a field, without the number: `kr per år`, `% av en stilling`, `år`
 * (`NOK per year`, `% of a full-time position`, `years`). The currency and percent symbols come
 * from `Intl`; the words from the message catalogue.
 */
export function unitWords(unit: Unit, locale: Locale): string {
	const symbol = unitSymbol(unit, locale);
	const key: MessageKey = unit === 'years' ? 'unit.years.other' : `unit.${unit}`;
	return translate(locale, key, { value: symbol }).trim();
}

/** The parameter the zone choice sets. */
export const EMPLOYER_CONTRIBUTION_ID = 'shared.employerContributionRate';
/** Skatteetaten's rate table: the zone rates are facts from it. */
export { ZONE_RATES_SOURCE };

export type EmployerContributionZone = EmployerZone;

/** Employer's national insurance contribution by zone, 2020–2026 (Skatteetaten), from data/. */
export const EMPLOYER_CONTRIBUTION_ZONES: readonly EmployerZone[] = employerZones;

/** The six Sør-Østerdal municipalities a host company can be in, with their zones (data/). */
export const HOST_MUNICIPALITIES: readonly HostMunicipality[] = hostMunicipalities;

/** A zone by id (the data's integrity check guarantees every municipality's zone exists). */
export function zoneById(id: EmployerZone['id']): EmployerZone {
	const zone = EMPLOYER_CONTRIBUTION_ZONES.find((z) => z.id === id);
	if (!zone) throw new Error(`assumptions: zone '${id}' is not in data/employer-zones.json`);
	return zone;
}

/** The rate a host municipality's company pays (its zone's rate). */
export function municipalityRate(m: HostMunicipality): number {
	return zoneById(m.zone).rate;
}

/**
 * The zone a rate belongs to, or null for a rate of no zone ('custom'). Where two zones share a
 * rate (Ia and II: 10,6 %), `preferred` keeps the one the user picked; otherwise the plain zone
 * (II) wins over the one with an allowance.
 */
export function zoneForRate(rate: number, preferred?: string | null): EmployerZone['id'] | null {
	const matches = EMPLOYER_CONTRIBUTION_ZONES.filter((z) => z.rate === rate);
	const picked = matches.find((z) => z.id === preferred);
	if (picked) return picked.id;
	return (matches.find((z) => z.aboveAllowanceRate === undefined) ?? matches[0])?.id ?? null;
}

/**
 * The host municipality a rate belongs to, or null for a rate no municipality pays ('custom').
 * Where several pay the same rate (Trysil, Våler and Åmot: 10,6 %), `preferred` keeps the one
 * the user picked; otherwise the first in the data's order.
 */
export function municipalityForRate(rate: number, preferred?: string | null): string | null {
	const matches = HOST_MUNICIPALITIES.filter((m) => municipalityRate(m) === rate);
	return (matches.find((m) => m.name === preferred) ?? matches[0])?.name ?? null;
}

/** The part of a refused input the message needs (see `FieldError` in the scenario state). */
export interface RefusedInput {
	readonly code: string;
	readonly min?: number;
	readonly max?: number;
}

/**
 * What is wrong with a refused value and what is allowed, in words, followed by the value that
 * still drives the results: `Utenfor grensene: må være innenfor 0–1 000 000 000 kr per trainee
 * per tertial. Beregningen bruker fortsatt 29 013 kr per trainee per tertial.`
 */
export function fieldErrorMessage(
	error: RefusedInput,
	parameter: Parameter,
	inForce: number,
	locale: Locale
): string {
	const bounds = boundsOf(parameter);
	const range = formatRangeByUnit(
		error.min ?? bounds.min,
		error.max ?? bounds.max,
		parameter.unit,
		locale
	);
	const problem =
		error.code === 'out-of-range' ||
		error.code === 'not-a-number' ||
		error.code === 'not-an-integer'
			? translate(locale, `assumptions.error.${error.code}`, { range })
			: translate(locale, 'assumptions.error.other');
	const kept = translate(locale, 'assumptions.error.kept', {
		value: formatByUnit(inForce, parameter.unit, locale)
	});
	return `${problem} ${kept}`;
}

/** The range line under a field: `Spenn: 0,5–0,8` in the parameter's unit. */
export function rangeText(parameter: Parameter, locale: Locale): string {
	const [low, high] = parameter.range;
	if (low === high) return translate(locale, 'assumptions.rangeNone');
	return translate(locale, 'assumptions.range', {
		range: formatRangeByUnit(low, high, parameter.unit, locale)
	});
}
