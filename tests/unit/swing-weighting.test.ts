/**
 * The guided (SWING) weighting in the weights panel, rendered with the real scenario state, and
 * the state's `setWeights` it applies through. Shares are worked by hand from the points given:
 * the engine normalises raw points by their sum, as it does the sliders'.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { criteria } from '$lib/data';
import { ScenarioError } from '$lib/engine';
import { UnknownIdError } from '$lib/errors';
import { locale } from '$lib/state/locale.svelte';
import { scenarioState } from '$lib/state/scenario.svelte';
import WeightsPanel from '$lib/components/weights/WeightsPanel.svelte';

const NBSP = '\u00a0';

function shareOf(container: HTMLElement, id: string): string {
	return container.querySelector(`[data-criterion="${id}"] .share`)?.textContent ?? '';
}

function pointsField(label: string): HTMLInputElement {
	return screen.getByRole('textbox', { name: `Poeng for forskjellen i «${label}»` });
}

beforeEach(() => scenarioState.resetAll());
afterEach(() => {
	scenarioState.resetAll();
	locale.set('nb');
	localStorage.clear();
});

describe('ScenarioState.setWeights', () => {
	it('sets every weight at once; a criterion left out gets 0', () => {
		scenarioState.setWeights({ ownership: 100, competition: 50 });
		expect(scenarioState.rawWeights['ownership']).toBe(100);
		expect(scenarioState.rawWeights['competition']).toBe(50);
		// The study's preset gives competence-fit 15; the set replaces it.
		expect(scenarioState.rawWeights['competence-fit']).toBe(0);
		// 100 + 50 = 150: ownership 100/150 = 2/3, competition 1/3.
		expect(scenarioState.evaluation.weights['ownership']).toBeCloseTo(2 / 3, 12);
		expect(scenarioState.evaluation.weights['competition']).toBeCloseTo(1 / 3, 12);
	});

	it('refuses a bad weight, all zeros or an unknown criterion, and changes nothing', () => {
		scenarioState.setWeight('ownership', 40);
		const before = { ...scenarioState.rawWeights };
		const codeOf = (f: () => void): string => {
			try {
				f();
			} catch (e) {
				if (e instanceof ScenarioError) return `${e.code} ${e.details.field}`;
				if (e instanceof UnknownIdError) return `unknown ${e.id}`;
				throw e;
			}
			return 'none';
		};
		expect(codeOf(() => scenarioState.setWeights({ ownership: 101 }))).toBe(
			'out-of-range weights.ownership'
		);
		expect(codeOf(() => scenarioState.setWeights({ competition: -1 }))).toBe(
			'negative-weight weights.competition'
		);
		expect(codeOf(() => scenarioState.setWeights({ ownership: 0 }))).toBe(
			'all-weights-zero weights'
		);
		expect(codeOf(() => scenarioState.setWeights({ nope: 10 }))).toBe('unknown nope');
		expect(scenarioState.rawWeights).toEqual(before);
	});
});

describe('SwingWeighting', () => {
	it('is a closed disclosure under its button until asked', async () => {
		render(WeightsPanel);
		const open = screen.getByRole('button', { name: 'Hjelp meg å vekte' });
		expect(open).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('radio')).toBeNull();
		await fireEvent.click(open);
		expect(open).toHaveAttribute('aria-expanded', 'true');
		const region = screen.getByRole('region', { name: 'Hjelp meg å vekte' });
		expect(within(region).getAllByRole('radio')).toHaveLength(criteria.length);
		// Each swing in words, worst end first: a judged criterion from 1 to 5.
		expect(
			within(region).getByRole('radio', {
				name: 'Eierskap og organisering fra 1 (svakest) til 5 (best) i vurderingen'
			})
		).toBeInTheDocument();
	});

	it('starts from the weights in force: the largest is the top swing, the rest scaled', async () => {
		render(WeightsPanel);
		await fireEvent.click(screen.getByRole('button', { name: 'Hjelp meg å vekte' }));
		// The study's preset: competence-fit 15 is the first of the largest (15), so it is the
		// top; company-cost 10 → 10/15 × 100 = 66,7; time-to-start 2,5 → 2.5/15 × 100 = 16,7.
		expect(screen.getByRole('radio', { name: /^Treffer regionens kompetansebehov/ })).toBeChecked();
		expect(pointsField('Kostnad for en medlemsbedrift')).toHaveValue('66,7');
		expect(pointsField('Tid til første opptak')).toHaveValue('16,7');
		expect(pointsField('Eierskap og organisering')).toHaveValue('100');
		expect(pointsField('En prosess allerede i gang')).toHaveValue('0');
	});

	it('applies a top swing, 50 and 25 as the weights the sliders show', async () => {
		const { container } = render(WeightsPanel);
		const open = screen.getByRole('button', { name: 'Hjelp meg å vekte' });
		await fireEvent.click(open);
		await fireEvent.click(screen.getByRole('radio', { name: /^Eierskap og organisering/ }));
		for (const c of criteria) {
			if (c.id === 'ownership') continue;
			const points = c.id === 'competition' ? '50' : c.id === 'company-cost' ? '25' : '0';
			await fireEvent.input(pointsField(c.label.nb), { target: { value: points } });
		}
		await fireEvent.click(screen.getByRole('button', { name: 'Bruk disse vektene' }));

		expect(open).toHaveAttribute('aria-expanded', 'false');
		expect(open).toHaveFocus();
		expect(scenarioState.rawWeights['ownership']).toBe(100);
		expect(scenarioState.rawWeights['competition']).toBe(50);
		expect(scenarioState.rawWeights['company-cost']).toBe(25);
		// 100 + 50 + 25 = 175: 100/175 = 0.5714… → 57,1 %; 50/175 = 0.2857… → 28,6 %;
		// 25/175 = 0.1428… → 14,3 %; every other criterion 0 %.
		expect(shareOf(container, 'ownership')).toBe(`57,1${NBSP}%`);
		expect(shareOf(container, 'competition')).toBe(`28,6${NBSP}%`);
		expect(shareOf(container, 'company-cost')).toBe(`14,3${NBSP}%`);
		expect(shareOf(container, 'competence-fit')).toBe(`0${NBSP}%`);
		expect(screen.getByRole('status')).toHaveTextContent('Vektene er satt fra svarene dine.');
		// A slider moved afterwards: the note no longer holds, so it goes.
		await fireEvent.input(
			within(container.querySelector<HTMLElement>('[data-criterion="ownership"]')!).getByRole(
				'slider'
			),
			{ target: { value: '80' } }
		);
		expect(screen.getByRole('status').textContent).toBe('');
	});

	it('refuses points outside 0–100 naming the field, and Avbryt changes nothing', async () => {
		render(WeightsPanel);
		const before = { ...scenarioState.rawWeights };
		await fireEvent.click(screen.getByRole('button', { name: 'Hjelp meg å vekte' }));
		const field = pointsField('Sikker finansiering');
		await fireEvent.input(field, { target: { value: '120' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Bruk disse vektene' }));
		expect(field).toHaveAttribute('aria-invalid', 'true');
		expect(field).toHaveAccessibleDescription('For stor vekt. Skriv poeng fra 0 til 100.');
		expect(field).toHaveFocus();
		expect(screen.getByText('Rett poengene for «Sikker finansiering».')).toBeInTheDocument();
		expect(scenarioState.rawWeights).toEqual(before);

		await fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
		expect(screen.queryByRole('radio')).toBeNull();
		expect(scenarioState.rawWeights).toEqual(before);
	});

	it('closes on Escape without change, focus back on its button', async () => {
		render(WeightsPanel);
		const before = { ...scenarioState.rawWeights };
		const open = screen.getByRole('button', { name: 'Hjelp meg å vekte' });
		await fireEvent.click(open);
		const field = pointsField('Sikker finansiering');
		await fireEvent.input(field, { target: { value: '5' } });
		await fireEvent.keyDown(field, { key: 'Escape' });
		expect(open).toHaveAttribute('aria-expanded', 'false');
		expect(open).toHaveFocus();
		expect(screen.queryByRole('radio')).toBeNull();
		expect(scenarioState.rawWeights).toEqual(before);
	});

	it('speaks English when asked', async () => {
		locale.set('en');
		render(WeightsPanel);
		await fireEvent.click(screen.getByRole('button', { name: 'Help me weigh' }));
		expect(
			screen.getByRole('radio', {
				name: 'Ownership and organisation from 1 (weakest) to 5 (best) in the judgement'
			})
		).toBeInTheDocument();
		expect(
			screen.getByRole('group', {
				name: '2. How much does this difference matter, compared with the most important (100)?'
			})
		).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Use these weights' })).toBeInTheDocument();
	});
});
