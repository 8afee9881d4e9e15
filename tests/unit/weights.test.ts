/**
 * The weight controls, rendered with the real scenario state. Shares are worked by hand from the
 * default preset, the tool's reading of the study (data/criteria.json), whose points sum to 100:
 * competence-fit 15, company-cost 10, public-cost 2.5, graduates-retained 15, competition 15,
 * ownership 15, funding-certainty 10, candidate-attraction 10, distance-meeting-places 5,
 * time-to-start 2.5; the study's own reasons (process-under-way, county-funding-prospect,
 * regional-steering) weigh 0.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { criteria } from '$lib/data';
import { locale } from '$lib/state/locale.svelte';
import { scenarioState } from '$lib/state/scenario.svelte';
import WeightsPanel from '$lib/components/weights/WeightsPanel.svelte';

const NBSP = '\u00a0';

function control(container: HTMLElement, id: string): HTMLElement {
	const found = container.querySelector<HTMLElement>(`[data-criterion="${id}"]`);
	if (!found) throw new Error(`no control for ${id}`);
	return found;
}

function shareOf(container: HTMLElement, id: string): string {
	return control(container, id).querySelector('.share')?.textContent ?? '';
}

function slider(container: HTMLElement, id: string): HTMLInputElement {
	return within(control(container, id)).getByRole('slider');
}

beforeEach(() => scenarioState.resetAll());
afterEach(() => {
	scenarioState.resetAll();
	locale.set('nb');
	localStorage.clear();
});

describe('WeightsPanel', () => {
	it('has one slider and one number field per criterion, labelled from the data', () => {
		const { container } = render(WeightsPanel);
		expect(screen.getAllByRole('slider')).toHaveLength(criteria.length);
		expect(criteria).toHaveLength(13);
		const ownership = slider(container, 'ownership');
		expect(ownership).toHaveAccessibleName('Eierskap og organisering');
		expect(ownership).toHaveValue('15');
		expect(
			screen.getByRole('textbox', { name: 'Poeng for «Eierskap og organisering»' })
		).toHaveValue('15');
		// Study weights sum to 100, so the shares are the points: 15 → 15 %, 2.5 → 2.5 %.
		expect(shareOf(container, 'ownership')).toBe(`15${NBSP}%`);
		expect(shareOf(container, 'public-cost')).toBe(`2,5${NBSP}%`);
	});

	it('updates the normalised shares when a slider moves', async () => {
		const { container } = render(WeightsPanel);
		await fireEvent.input(slider(container, 'ownership'), { target: { value: '35' } });
		expect(scenarioState.rawWeights['ownership']).toBe(35);
		// Sum 100 − 15 + 35 = 120: ownership 35/120 = 0.29166… → 29,2 %;
		// competence-fit 15/120 = 0.125 → 12,5 %; time-to-start 2.5/120 = 0.0208… → 2,1 %.
		expect(shareOf(container, 'ownership')).toBe(`29,2${NBSP}%`);
		expect(shareOf(container, 'competence-fit')).toBe(`12,5${NBSP}%`);
		expect(shareOf(container, 'time-to-start')).toBe(`2,1${NBSP}%`);
		expect(slider(container, 'ownership')).toHaveAttribute(
			'aria-valuetext',
			`35 poeng, 29,2${NBSP}% av vekten`
		);
		// No preset matches any more.
		for (const button of within(screen.getByRole('group')).getAllByRole('button'))
			expect(button).toHaveAttribute('aria-pressed', 'false');
		expect(container).toHaveTextContent('Egne vekter');
	});

	it('marks a performance point on every slider input', async () => {
		const mark = vi.spyOn(performance, 'mark');
		const { container } = render(WeightsPanel);
		await fireEvent.input(slider(container, 'competition'), { target: { value: '20' } });
		expect(mark).toHaveBeenCalledWith('weight-input');
	});

	it('takes points typed in the number field, decimals and all', async () => {
		const { container } = render(WeightsPanel);
		const field = screen.getByRole('textbox', { name: 'Poeng for «Tid til første opptak»' });
		await fireEvent.input(field, { target: { value: '12,5' } });
		// Nothing applies until Enter (or leaving the field).
		expect(scenarioState.rawWeights['time-to-start']).toBe(2.5);
		await fireEvent.keyDown(field, { key: 'Enter' });
		expect(scenarioState.rawWeights['time-to-start']).toBe(12.5);
		// Sum 100 − 2.5 + 12.5 = 110: 12.5/110 = 0.11363… → 11,4 %.
		expect(shareOf(container, 'time-to-start')).toBe(`11,4${NBSP}%`);
	});

	it("shows every weight as 7,7 % with the 'equal' preset, marked pressed", async () => {
		const { container } = render(WeightsPanel);
		const presets = screen.getByRole('group', { name: 'Forhåndsvalg' });
		expect(
			within(presets).getByRole('button', { name: 'Verktøyets lesning av forstudien' })
		).toHaveAttribute('aria-pressed', 'true');
		await fireEvent.click(within(presets).getByRole('button', { name: 'Like vekter' }));
		expect(scenarioState.activePreset).toBe('equal');
		expect(within(presets).getByRole('button', { name: 'Like vekter' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		// Thirteen criteria of 1 point each: 1/13 = 0.0769… → 7,7 %.
		for (const c of criteria) expect(shareOf(container, c.id)).toBe(`7,7${NBSP}%`);
		expect(container).toHaveTextContent('Alle kriterier teller like mye.');

		const reset = screen.getByRole('button', { name: 'Tilbakestill til forstudiens vekter' });
		expect(reset).toBeEnabled();
		await fireEvent.click(reset);
		expect(scenarioState.activePreset).toBe('tool-reading');
		expect(shareOf(container, 'ownership')).toBe(`15${NBSP}%`);
		expect(reset).toBeDisabled();
	});

	it('refuses what its hint forbids: more than 100 points or fewer than 0', async () => {
		const { container } = render(WeightsPanel);
		// The panel's hint says "Gi 0–100 poeng".
		expect(container).toHaveTextContent('Gi 0–100 poeng');
		const field = screen.getByLabelText('Poeng for «Kostnad for en medlemsbedrift»');
		for (const text of ['150', '100,5', '-1']) {
			await fireEvent.focus(field);
			await fireEvent.input(field, { target: { value: text } });
			await fireEvent.keyDown(field, { key: 'Enter' });
			// Still the preset's 10 points, and the field says why.
			expect(scenarioState.rawWeights['company-cost']).toBe(10);
			expect(field).toHaveAttribute('aria-invalid', 'true');
		}
		await fireEvent.input(field, { target: { value: '100' } });
		await fireEvent.keyDown(field, { key: 'Enter' });
		expect(scenarioState.rawWeights['company-cost']).toBe(100);
		expect(field).not.toHaveAttribute('aria-invalid');
	});

	it('refuses to set every weight to zero and says so', async () => {
		scenarioState.load({
			version: 2,
			values: {},
			weights: Object.fromEntries(criteria.map((c) => [c.id, c.id === 'ownership' ? 5 : 0]))
		});
		const { container } = render(WeightsPanel);
		expect(shareOf(container, 'ownership')).toBe(`100${NBSP}%`);
		const ownership = slider(container, 'ownership');
		await fireEvent.input(ownership, { target: { value: '0' } });

		expect(scenarioState.rawWeights['ownership']).toBe(5);
		expect(scenarioState.errors['weights.ownership']?.code).toBe('all-weights-zero');
		// The slider goes back to the weight in force; the message says why.
		expect(ownership).toHaveValue('5');
		const message = control(container, 'ownership').querySelector('.error');
		expect(message).toHaveTextContent('Minst én vekt må være over 0.');
		expect(ownership.getAttribute('aria-describedby')?.split(' ')).toContain(message?.id);

		// Once another weight is above zero the refusal no longer applies, and is not shown.
		await fireEvent.input(slider(container, 'competition'), { target: { value: '5' } });
		expect(control(container, 'ownership').querySelector('.error')).toBeNull();
	});

	it('shows the descriptions on request', async () => {
		const { container } = render(WeightsPanel);
		const desc = control(container, 'ownership').querySelector('.desc')!;
		expect(desc.classList.contains('visually-hidden')).toBe(true);
		// Screen readers get it anyway, as the slider's description.
		expect(slider(container, 'ownership')).toHaveAccessibleDescription(
			'Om det finnes en klar eier og en organisasjon som kan drive ordningen.'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Vis forklaringer' }));
		expect(desc.classList.contains('visually-hidden')).toBe(false);
	});
});
