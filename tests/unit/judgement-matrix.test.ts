/**
 * The judged scores on the page (jsdom): the models × criteria matrix shows each score with its
 * range, rationale and section; editing by keyboard changes the scenario, marks the cell, and
 * reset brings the study's reading back. Expected texts are written by hand from
 * data/criteria.json and the study's sections.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import JudgementMatrix from '$lib/components/judgements/JudgementMatrix.svelte';
import { locale } from '$lib/state/locale.svelte';
import { scenarioState } from '$lib/state/scenario.svelte';

afterEach(() => {
	scenarioState.resetAll();
	locale.set('nb');
});

function button(label: string): HTMLElement {
	const found = document.querySelector<HTMLElement>(`button[aria-label^="${label}:"]`);
	if (!found) throw new Error(`no button ${label}`);
	return found;
}

function cell(model: string, criterion: string): HTMLElement {
	const found = document.querySelector<HTMLElement>(
		`tr[data-model="${model}"] .cell[data-criterion="${criterion}"]`
	);
	if (!found) throw new Error(`no cell ${model} × ${criterion}`);
	return found;
}

describe('JudgementMatrix', () => {
	it('opens and closes the matrix with one button', async () => {
		render(JudgementMatrix);
		const toggle = screen.getByText('Vis og endre vurderingene');
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(document.getElementById('judgements-matrix')).not.toBeVisible();
		await fireEvent.click(toggle);
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(toggle).toHaveTextContent('Skjul vurderingene');
		expect(document.getElementById('judgements-matrix')).toBeVisible();
	});

	it('is a table of six models by the nine judged criteria', () => {
		render(JudgementMatrix);
		// Plain selectors: accessible-name queries over 36 cells are slow in jsdom.
		const table = document.querySelector('table')!;
		expect(table.querySelector('caption')?.textContent).toBe(
			'Vurdering per modell og kriterium (1–5), med spenn, begrunnelse og avsnitt'
		);
		const headers = Array.from(table.querySelectorAll('thead th')).map((h) =>
			h.textContent?.trim()
		);
		expect(headers).toEqual([
			'Modell',
			'Treffer regionens kompetansebehov',
			'Ingen konkurranse med eksisterende ordninger',
			'Eierskap og organisering',
			'Sikker finansiering',
			'Evne til å tiltrekke kandidater',
			'Avstander og møteplasser',
			'En prosess allerede i gang',
			'Kan utløse fylkesmidler',
			'Regionen styrer ordningen'
		]);
		expect(
			Array.from(table.querySelectorAll('tbody th')).map((h) => h.textContent?.trim())
		).toEqual([
			'Egen ordning',
			'Fagskoletrainee',
			'Trainee Innlandet',
			'Fjelltrainee',
			'Næringshagesamarbeid',
			'Nullalternativet'
		]);
	});

	it("shows each score with its rationale and the study's sections", () => {
		render(JudgementMatrix);
		// data/criteria.json: Trainee Innlandet's ownership, a cooperative owned by its members
		// (§1.3, §4.1), scored 5.
		const c = cell('trainee-innlandet', 'ownership');
		expect(c.querySelector('.text')?.textContent).toMatch(/^5\b/);
		expect(c).toHaveTextContent('Samvirkeforetak eid av medlemsbedriftene');
		expect(c).toHaveTextContent('(§1.3, §4.1)');
		expect(c.querySelector('.changed-mark')).toBeNull();
	});

	it('edits a score by keyboard, marks it changed, and resets it', async () => {
		render(JudgementMatrix);
		expect(screen.getByText('Ingen vurderinger er endret.')).toBeInTheDocument();
		await fireEvent.click(
			button('Endre vurderingen av Trainee Innlandet på «Eierskap og organisering»')
		);
		const editor = cell('trainee-innlandet', 'ownership').querySelector('fieldset')!;
		expect(editor.querySelector('legend')?.textContent).toBe(
			'Trainee Innlandet: Eierskap og organisering'
		);
		const score = within(editor).getByLabelText('Vurdering');
		expect(document.activeElement).toBe(score);

		await fireEvent.change(score, { target: { value: '2' } });
		// The score leaves the range, so the range widens to hold it: lowest 2, highest stays
		// at the study's upper end.
		const c = cell('trainee-innlandet', 'ownership');
		expect(c.querySelector('.text')?.textContent).toMatch(/^2 \(2–\d\)$/);
		expect(c.querySelector('.changed-mark')?.textContent).toMatch(/^endret fra 5\b/);
		expect(screen.getByText('1 vurdering er endret.')).toBeInTheDocument();
		expect(scenarioState.judgementOf('ownership', 'trainee-innlandet').score).toBe(2);
		// The results follow at once: ownership's value for Trainee Innlandet falls from
		// (5 − 1)/4 = 1 to (2 − 1)/4 = 0,25, so its contribution falls by 0,75 × the weight.
		const ti = scenarioState.evaluation.models.find((m) => m.id === 'trainee-innlandet')!;
		expect(ti.values['ownership']).toBe(0.25);
		expect(ti.contributions['ownership']).toBeCloseTo(
			0.25 * scenarioState.evaluation.weights['ownership']!,
			12
		);
		expect(scenarioState.scenario.judgements).toEqual({
			ownership: { 'trainee-innlandet': { score: 2, low: 2 } }
		});

		const reset = Array.from(editor.querySelectorAll('button')).find((b) =>
			b.textContent?.startsWith('Tilbake til 5')
		)!;
		await fireEvent.click(reset);
		expect(c.querySelector('.changed-mark')).toBeNull();
		expect(screen.getByText('Ingen vurderinger er endret.')).toBeInTheDocument();
	});

	it('closes the editor on Escape and gives focus back to its button', async () => {
		render(JudgementMatrix);
		const name = 'Endre vurderingen av Fjelltrainee på «Sikker finansiering»';
		await fireEvent.click(button(name));
		const c = cell('fjelltrainee', 'funding-certainty');
		const editor = c.querySelector('fieldset')!;
		await fireEvent.keyDown(within(editor).getByLabelText('Høyest'), { key: 'Escape' });
		expect(c.querySelector('fieldset')).toBeNull();
		await new Promise((r) => setTimeout(r, 0));
		expect(document.activeElement).toBe(button(name));
	});

	it('keeps a lowest above the score from being chosen', async () => {
		render(JudgementMatrix);
		await fireEvent.click(
			button('Endre vurderingen av Egen ordning på «Eierskap og organisering»')
		);
		// Own scheme's ownership is 1 (§5.1.1): the lowest can only be 1.
		const low = screen.getByLabelText('Lavest');
		expect(Array.from(low.querySelectorAll('option')).map((o) => o.value)).toEqual(['1']);
	});

	it('reads in English', async () => {
		locale.set('en');
		render(JudgementMatrix);
		expect(document.querySelector('h2')?.textContent).toBe('The judgements behind the ranking');
		expect(screen.getByText(/^Given these judgements and weights: /)).toBeInTheDocument();
	});
});
