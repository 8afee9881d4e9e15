/**
 * Constants of the data model that the running page needs. No zod here: the schemas in
 * `schema.ts` (and zod with them) stay out of the browser bundle; the data is validated at build
 * time, in the tests and by the command line instead (see `validate.ts`).
 */
export const MODEL_IDS = [
	'own-scheme',
	'fagskole-scheme',
	'trainee-innlandet',
	'fjelltrainee',
	'naeringshage-consortium',
	'status-quo'
] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/**
 * Units. Money units name both the currency and the period/basis, so that a fee per tertial and
 * a salary per year are never added by mistake (the engine converts explicitly).
 */
export const UNITS = [
	'nok',
	'nok-per-year',
	'nok-per-company-per-year',
	'nok-per-trainee-per-year',
	'nok-per-trainee-per-tertial',
	'share',
	'position-share',
	'rate-per-year',
	'years',
	'count',
	'count-per-year'
] as const;
export type Unit = (typeof UNITS)[number];

export const PARAMETER_GROUPS = ['shared', ...MODEL_IDS] as const;

/** Physically possible bounds per unit, for validation of user input. */
export const UNIT_BOUNDS: Record<Unit, { min: number; max: number; integer?: boolean }> = {
	nok: { min: 0, max: 1e10 },
	'nok-per-year': { min: 0, max: 1e10 },
	'nok-per-company-per-year': { min: 0, max: 1e9 },
	'nok-per-trainee-per-year': { min: 0, max: 1e9 },
	'nok-per-trainee-per-tertial': { min: 0, max: 1e9 },
	share: { min: 0, max: 1 },
	'position-share': { min: 0, max: 1 },
	'rate-per-year': { min: 0, max: 1 },
	years: { min: 0, max: 50, integer: true },
	count: { min: 0, max: 10000, integer: true },
	'count-per-year': { min: 0, max: 1000 }
};
