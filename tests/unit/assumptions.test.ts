/**
 * The assumptions editor: the pure helpers in $lib/assumptions, and the panel rendered with the
 * real scenario state. Expected numbers are written by hand with the no-break space (U+00A0)
 * Intl uses for nb-NO and the en dash of a range.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { parameterById, parameters } from '$lib/data';
import {
	EMPLOYER_CONTRIBUTION_ID,
	fieldErrorMessage,
	fieldText,
	fromFieldNumber,
	groupParameters,
	normaliseTyped,
	toFieldNumber,
	municipalityForRate,
	unitWords,
	zoneForRate
} from '$lib/assumptions';
import { locale } from '$lib/state/locale.svelte';
import { scenarioState } from '$lib/state/scenario.svelte';
import AssumptionsPanel from '$lib/components/assumptions/AssumptionsPanel.svelte';
import ParameterField from '$lib/components/assumptions/ParameterField.svelte';

const NBSP = '\u00a0';
const TI_FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';
const TI_FEE_LABEL = 'Servicekostnad per trainee per tertial';

function parameter(id: string) {
	const p = parameterById.get(id);
	if (!p) throw new Error(`no parameter ${id}`);
	return p;
}

/** The row of a parameter, found by its data attribute. */
function row(container: HTMLElement, id: string): HTMLElement {
	const found = container.querySelector<HTMLElement>(`[data-parameter="${id}"]`);
	if (!found) throw new Error(`no row for ${id}`);
	return found;
}

/** Type `text` into a field without committing it. */
function typeOnly(input: HTMLElement, text: string): void {
	fireEvent.focus(input);
	fireEvent.input(input, { target: { value: text } });
}

/** Type `text` and press Enter: what a user does to apply a value. */
function type(input: HTMLElement, text: string): void {
	typeOnly(input, text);
	fireEvent.keyDown(input, { key: 'Enter' });
}

beforeEach(() => scenarioState.resetAll());
afterEach(() => {
	scenarioState.resetAll();
	locale.set('nb');
	localStorage.clear();
});

describe('grouping', () => {
	it('puts the shared parameters first, then one group per model in data order', () => {
		const groups = groupParameters(parameters);
		expect(groups.map((g) => g.id)).toEqual([
			'shared',
			'own-scheme',
			'fagskole-scheme',
			'trainee-innlandet',
			'fjelltrainee',
			'naeringshage-consortium',
			'status-quo'
		]);
		// Every parameter in exactly one group, none lost: 97 in the data.
		expect(groups.reduce((n, g) => n + g.parameters.length, 0)).toBe(97);
		expect(groups[0]!.parameters.every((p) => p.id.startsWith('shared.'))).toBe(true);
		// The zero alternative: today's trainees, and an ordinary hire's salary.
		expect(groups.at(-1)!.parameters.map((p) => p.id)).toEqual([
			'status-quo.existingTraineesPerYear',
			'status-quo.salaryYear1',
			'status-quo.salaryYear2'
		]);
	});
});

describe('percent and field text', () => {
	it('reads 14,1 typed in a share field as exactly 0.141', () => {
		// As floats 14.1 / 100 = 0.14100000000000001; with decimals it is 0.141.
		expect(fromFieldNumber(14.1, 'share')).toBe(0.141);
		expect(fromFieldNumber(33.33, 'share')).toBe(0.3333);
		expect(fromFieldNumber(50, 'position-share')).toBe(0.5);
		expect(fromFieldNumber(4, 'rate-per-year')).toBe(0.04);
		expect(fromFieldNumber(540000, 'nok-per-year')).toBe(540000);
		expect(fromFieldNumber(Number.NaN, 'share')).toBeNaN();
	});

	it('shows a share as percent without float noise', () => {
		// 0.141 × 100 is 14.099999999999998 as floats.
		expect(toFieldNumber(0.141, 'share')).toBe(14.1);
		expect(fieldText(0.141, 'share', 'nb')).toBe('14,1');
		expect(fieldText(0.3333, 'share', 'nb')).toBe('33,33');
		expect(fieldText(540000, 'nok-per-year', 'nb')).toBe(`540${NBSP}000`);
		// No grouping commas in English: they would read back as decimal commas.
		expect(fieldText(540000, 'nok-per-year', 'en')).toBe('540000');
		expect(fieldText(0.141, 'share', 'en')).toBe('14.1');
	});

	it('reads English thousands commas as grouping, and leaves Norwegian text alone', () => {
		expect(normaliseTyped('540,000', 'en')).toBe('540000');
		expect(normaliseTyped('1,234,567.5', 'en')).toBe('1234567.5');
		expect(normaliseTyped('14,1', 'en')).toBe('14,1');
		expect(normaliseTyped('1,500', 'nb')).toBe('1,500');
	});

	it('names the unit beside a field, without the number', () => {
		expect(unitWords('nok-per-trainee-per-tertial', 'nb')).toBe('kr per trainee per tertial');
		expect(unitWords('nok-per-year', 'en')).toBe('NOK per year');
		expect(unitWords('share', 'nb')).toBe('%');
		expect(unitWords('position-share', 'nb')).toBe('% av en stilling');
		expect(unitWords('years', 'nb')).toBe('år');
		expect(unitWords('count', 'nb')).toBe('');
	});

	it('names the problem, the bounds and the value still in force', () => {
		const p = parameter(TI_FEE);
		expect(fieldErrorMessage({ code: 'out-of-range', min: 0, max: 1e9 }, p, 29013, 'nb')).toBe(
			`Utenfor grensene: må være innenfor 0–1${NBSP}000${NBSP}000${NBSP}000${NBSP}kr per trainee per tertial. ` +
				`Beregningen bruker fortsatt 29${NBSP}013${NBSP}kr per trainee per tertial.`
		);
		// Shares: the bounds 0–1 read as percent.
		const holiday = parameter('shared.holidayPayRate');
		expect(fieldErrorMessage({ code: 'not-a-number' }, holiday, 0.102, 'nb')).toBe(
			`Ikke et tall. Skriv et tall innenfor 0–100${NBSP}%. Beregningen bruker fortsatt 10,2${NBSP}%.`
		);
	});
});

describe('employer contribution zones', () => {
	it('finds the zone of a rate, keeping Ia and II apart when the user picked one', () => {
		expect(zoneForRate(0.141)).toBe('I');
		expect(zoneForRate(0.064)).toBe('III');
		expect(zoneForRate(0.106)).toBe('II');
		expect(zoneForRate(0.106, 'Ia')).toBe('Ia');
		expect(zoneForRate(0.106, 'III')).toBe('II');
		expect(zoneForRate(0)).toBe('V');
		expect(zoneForRate(0.07)).toBeNull();
	});

	it('gives each of the six host municipalities its zone, and a rate its municipality', () => {
		// data/employer-zones.json: Elverum I (confirmed); Engerdal and Stor-Elvdal III, Trysil II,
		// Våler and Åmot Ia (assumptions, said so); rates from Skatteetaten's table.
		expect(municipalityForRate(0.141)).toBe('Elverum');
		expect(municipalityForRate(0.064)).toBe('Engerdal');
		expect(municipalityForRate(0.064, 'Stor-Elvdal')).toBe('Stor-Elvdal');
		// Trysil (II), Våler and Åmot (Ia) all pay 10,6 %: the one picked is kept.
		expect(municipalityForRate(0.106)).toBe('Trysil');
		expect(municipalityForRate(0.106, 'Åmot')).toBe('Åmot');
		expect(municipalityForRate(0.106, 'Elverum')).toBe('Trysil');
		// No Sør-Østerdal municipality is in zone IV or V.
		expect(municipalityForRate(0.051)).toBeNull();
		expect(municipalityForRate(0)).toBeNull();
	});

	it("starts the contribution's range at the lowest zone any host municipality has", () => {
		// Lowest: zone III 6,4 % (Engerdal, Stor-Elvdal); highest: zone I 14,1 % (Elverum).
		expect(parameter(EMPLOYER_CONTRIBUTION_ID).range).toEqual([0.064, 0.141]);
	});
});

describe('ParameterField', () => {
	it("applies '30 000' typed in Trainee Innlandet's service fee and marks it changed", () => {
		const { container } = render(ParameterField, { parameter: parameter(TI_FEE) });
		const input = screen.getByLabelText(TI_FEE_LABEL);
		expect(input).toHaveValue(`29${NBSP}013`);
		expect(row(container, TI_FEE)).not.toHaveTextContent('endret');

		type(input, '30 000');
		expect(scenarioState.values[TI_FEE]).toBe(30000);
		expect(scenarioState.valueOf(TI_FEE)).toBe(30000);
		const mark = row(container, TI_FEE);
		expect(mark.classList.contains('changed')).toBe(true);
		// Visible mark, and the study's value for screen readers, tied to the field.
		expect(mark.querySelector('.mark')?.textContent).toBe('endret');
		const hidden = `endret fra 29${NBSP}013${NBSP}kr per trainee per tertial`;
		expect(mark.textContent).toContain(hidden);
		expect(input).toHaveAccessibleDescription(expect.stringContaining(hidden));
		// Applied, the field shows the value in force, formatted.
		expect(input).toHaveValue(`30${NBSP}000`);
	});

	it('never lets a half-typed value drive the results: it applies on Enter or on leaving', () => {
		render(ParameterField, { parameter: parameter(TI_FEE) });
		const input = screen.getByLabelText(TI_FEE_LABEL);
		// On the way to 31 000: '3' would be a fee of 3 kr if it were applied per key.
		typeOnly(input, '3');
		expect(scenarioState.values[TI_FEE]).toBeUndefined();
		expect(input).toHaveValue('3');
		expect(input.classList.contains('pending')).toBe(true);
		typeOnly(input, '31 000');
		expect(scenarioState.values[TI_FEE]).toBeUndefined();
		fireEvent.blur(input);
		expect(scenarioState.values[TI_FEE]).toBe(31000);
		expect(input).toHaveValue(`31${NBSP}000`);
		// Escape puts back the value in force.
		typeOnly(input, '4');
		fireEvent.keyDown(input, { key: 'Escape' });
		fireEvent.blur(input);
		expect(scenarioState.values[TI_FEE]).toBe(31000);
		expect(input).toHaveValue(`31${NBSP}000`);
	});

	it("reads '510.000' and 'kr 540.000' typed the study's way as 510 000 and 540 000", () => {
		render(ParameterField, { parameter: parameter('trainee-innlandet.salaryYear1') });
		const input = screen.getByLabelText('Lønn år 1', { selector: 'input' });
		type(input, '510.000');
		expect(scenarioState.values['trainee-innlandet.salaryYear1']).toBe(510000);
		type(input, 'kr 540.000');
		expect(scenarioState.values['trainee-innlandet.salaryYear1']).toBe(540000);
	});

	it('accepts a value outside the documented range with a warning that gives the range', () => {
		// The employer's contribution: documented 6,4–14,1 % (zones III to I); 5,1 % (zone IV) is
		// a real rate but outside the range the study's region has.
		const { container } = render(ParameterField, {
			parameter: parameter('shared.employerContributionRate')
		});
		const input = screen.getByLabelText('Arbeidsgiveravgift', { selector: 'input' });
		type(input, '5,1');
		expect(scenarioState.values['shared.employerContributionRate']).toBe(0.051);
		const warning = row(container, 'shared.employerContributionRate').querySelector('.warning');
		expect(warning?.textContent).toContain(`(6,4–14,1${NBSP}%)`);
		expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(warning?.id);
		expect(input).not.toHaveAttribute('aria-invalid');
		// Back inside the range: no warning.
		type(input, '10,6');
		expect(row(container, 'shared.employerContributionRate').querySelector('.warning')).toBeNull();
	});

	it("refuses '-5', says why and keeps 29 013 driving the results", () => {
		const { container } = render(ParameterField, { parameter: parameter(TI_FEE) });
		const input = screen.getByLabelText(TI_FEE_LABEL);
		type(input, '-5');

		expect(scenarioState.valueOf(TI_FEE)).toBe(29013);
		expect(scenarioState.values[TI_FEE]).toBeUndefined();
		expect(scenarioState.errors[`values.${TI_FEE}`]?.code).toBe('out-of-range');
		expect(input).toHaveAttribute('aria-invalid', 'true');
		const message = row(container, TI_FEE).querySelector('.error');
		expect(message?.textContent).toContain(
			`må være innenfor 0–1${NBSP}000${NBSP}000${NBSP}000${NBSP}kr per trainee per tertial`
		);
		expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(message?.id);
		// The refused text stays in the field, also after leaving it.
		fireEvent.blur(input);
		expect(input).toHaveValue('-5');

		// A valid value clears the problem.
		type(input, '29500');
		expect(scenarioState.valueOf(TI_FEE)).toBe(29500);
		expect(input).not.toHaveAttribute('aria-invalid');
		expect(row(container, TI_FEE).querySelector('.error')).toBeNull();
	});

	it("sets exactly 0.141 for '14,1' typed in a share field", () => {
		render(ParameterField, { parameter: parameter('shared.holidayPayRate') });
		const input = screen.getByLabelText('Feriepenger', { selector: 'input' });
		expect(input).toHaveValue('10,2');
		type(input, '14,1');
		expect(scenarioState.values['shared.holidayPayRate']).toBe(0.141);
		fireEvent.blur(input);
		expect(input).toHaveValue('14,1');
	});

	it('resets to the study’s value with a button that names the parameter and the value', () => {
		const { container } = render(ParameterField, { parameter: parameter(TI_FEE) });
		const input = screen.getByLabelText(TI_FEE_LABEL);
		expect(screen.queryByRole('button', { name: /^Tilbakestill/ })).toBeNull();
		type(input, '31000');
		fireEvent.blur(input);
		const reset = screen.getByRole('button', {
			name: `Tilbakestill «${TI_FEE_LABEL}» til forstudiens verdi 29${NBSP}013${NBSP}kr per trainee per tertial`
		});
		fireEvent.click(reset);
		expect(scenarioState.values[TI_FEE]).toBeUndefined();
		expect(scenarioState.valueOf(TI_FEE)).toBe(29013);
		expect(input).toHaveValue(`29${NBSP}013`);
		expect(row(container, TI_FEE).classList.contains('changed')).toBe(false);
	});

	it('shows the kind: an assumption tag with its origin, or a fact’s source', async () => {
		const { container } = render(ParameterField, {
			parameter: parameter('own-scheme.salaryYear1')
		});
		const r = row(container, 'own-scheme.salaryYear1');
		expect(within(r).getByText('antakelse')).toBeInTheDocument();
		expect(r.querySelector('.range')?.textContent).toBe(
			`Spenn: 500${NBSP}000–615${NBSP}000${NBSP}kr per år`
		);
		const about = within(r).getByRole('button', { name: 'Om tallet «Lønn år 1»' });
		const info = r.querySelector<HTMLElement>(`#${about.getAttribute('aria-controls')}`);
		expect(info).not.toBeVisible();
		await fireEvent.click(about);
		expect(about).toHaveAttribute('aria-expanded', 'true');
		expect(info).toBeVisible();
		expect(info).toHaveTextContent('Hvor antakelsen kommer fra: Antakelse: må konkurrere');
		expect(within(r).getByRole('button', { name: 'Kilder' })).toBeInTheDocument();
	});

	it('reads English input with thousands commas', () => {
		locale.set('en');
		render(ParameterField, { parameter: parameter('own-scheme.salaryYear1') });
		const input = screen.getByLabelText('Salary, year 1');
		expect(input).toHaveValue('540000');
		type(input, '560,000');
		expect(scenarioState.values['own-scheme.salaryYear1']).toBe(560000);
	});
});

describe('host municipality picker', () => {
	it('sets 6,4 % for Engerdal (zone III, assumed) and shows a typed rate of no municipality as custom', async () => {
		const { container } = render(ParameterField, {
			parameter: parameter(EMPLOYER_CONTRIBUTION_ID)
		});
		const select = screen.getByLabelText<HTMLSelectElement>(
			'Vertskommune (sone for arbeidsgiveravgift)'
		);
		expect(select.value).toBe('Elverum');
		expect(select.selectedOptions[0]?.textContent).toBe(`Elverum: sone I, 14,1${NBSP}%`);
		expect([...select.options].map((o) => o.value)).toEqual([
			'Elverum',
			'Engerdal',
			'Stor-Elvdal',
			'Trysil',
			'Våler',
			'Åmot'
		]);

		await fireEvent.change(select, { target: { value: 'Engerdal' } });
		expect(select.selectedOptions[0]?.textContent).toBe(`Engerdal: sone III, 6,4${NBSP}% (antatt)`);
		expect(scenarioState.valueOf(EMPLOYER_CONTRIBUTION_ID)).toBe(0.064);
		const input = screen.getByLabelText('Arbeidsgiveravgift');
		expect(input).toHaveValue('6,4');

		type(input, '7');
		expect(scenarioState.valueOf(EMPLOYER_CONTRIBUTION_ID)).toBe(0.07);
		expect(select.value).toBe('custom');
		expect(select.selectedOptions[0]?.textContent).toBe('Egendefinert sats');

		await fireEvent.change(select, { target: { value: 'Våler' } });
		expect(scenarioState.valueOf(EMPLOYER_CONTRIBUTION_ID)).toBe(0.106);
		expect(select.value).toBe('Våler');
		// An unconfirmed zone is said out loud, with the allowance of zone Ia.
		expect(row(container, EMPLOYER_CONTRIBUTION_ID)).toHaveTextContent(
			'Antakelse, ikke bekreftet i Skatteetatens liste'
		);
		expect(row(container, EMPLOYER_CONTRIBUTION_ID)).toHaveTextContent(
			'Sone Ia: satsen gjelder opp til fribeløpet'
		);
	});
});

describe('AssumptionsPanel', () => {
	it('groups every parameter, the shared group open and the others closed', () => {
		const { container } = render(AssumptionsPanel);
		const groups = [...container.querySelectorAll('details')];
		expect(groups.map((g) => g.dataset.group)).toEqual([
			'shared',
			'own-scheme',
			'fagskole-scheme',
			'trainee-innlandet',
			'fjelltrainee',
			'naeringshage-consortium',
			'status-quo'
		]);
		expect(groups.map((g) => g.open)).toEqual([true, false, false, false, false, false, false]);
		// The model's name from the data is the group's title.
		expect(groups[3]!.querySelector('summary')).toHaveTextContent(
			'Samarbeid med Trainee Innlandet'
		);
		// Only the open group's fields are rendered: the 9 shared ones.
		expect(container.querySelectorAll('[data-parameter]')).toHaveLength(9);
	});

	it('opens a model group and counts its changed values in the summary', async () => {
		const { container } = render(AssumptionsPanel);
		const group = container.querySelector<HTMLDetailsElement>(
			'details[data-group="trainee-innlandet"]'
		)!;
		const summary = group.querySelector('summary')!;
		expect(summary).toHaveTextContent('18 tall');
		expect(summary).not.toHaveTextContent('endret');

		group.open = true;
		await fireEvent(group, new Event('toggle'));
		const input = within(group).getByLabelText(TI_FEE_LABEL);
		type(input, '30 000');
		expect(scenarioState.valueOf(TI_FEE)).toBe(30000);
		expect(summary).toHaveTextContent('1 endret');

		type(within(group).getByLabelText('Lønn år 1'), 'abc');
		expect(summary).toHaveTextContent('1 ugyldig');
	});
});
