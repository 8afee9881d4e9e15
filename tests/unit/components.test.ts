/**
 * Component tests (jsdom): the model card's figures and sources, and the language switch.
 * Expected numbers are written by hand with the no-break space (U+00A0) Intl uses for nb-NO.
 * Text is compared through `textContent` or a trimming normalizer, because the default
 * testing-library normalizer would turn U+00A0 into an ordinary space.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { modelById } from '$lib/data';
import { LOCALE_STORAGE_KEY, locale } from '$lib/state/locale.svelte';
import ModelCard from '$lib/components/ModelCard.svelte';
import Page from '../../src/routes/+page.svelte';

// The page's charts are built here too (this DOM has no IntersectionObserver, so every section is
// built at once); jsdom has no canvas, so Chart.js is a stand-in that draws nothing.
vi.mock('$lib/charts/register', () => ({
	Chart: class {
		update(): void {}
		destroy(): void {}
	}
}));

const NBSP = '\u00a0';
const exact = { normalizer: (text: string) => text.trim() };

function model(id: Parameters<typeof modelById.get>[0]) {
	const found = modelById.get(id);
	if (!found) throw new Error(`no model ${id}`);
	return found;
}

/** The <div> holding the dt/dd pair whose label is `label`. */
function figureRow(container: HTMLElement, label: string): HTMLElement {
	const term = within(container).getByText(label, { selector: 'dt', exact: false });
	const row = term.parentElement;
	if (!row) throw new Error(`no row for ${label}`);
	return row;
}

afterEach(() => {
	locale.set('nb');
	localStorage.clear();
});

describe('ModelCard', () => {
	it('shows the Trainee Innlandet membership fee as Intl writes it in nb-NO', () => {
		render(ModelCard, { model: model('trainee-innlandet') });
		const card = screen.getByRole('article', { name: 'Samarbeid med Trainee Innlandet' });
		const row = figureRow(card, 'Medlemskontingent');
		expect(row.querySelector('.value')?.textContent).toBe(
			`20${NBSP}000${NBSP}kr per bedrift per år`
		);
		expect(within(card).getByText(`20${NBSP}000${NBSP}kr per bedrift per år`, exact)).toBeVisible();
		expect(
			within(card).getByText(`29${NBSP}013${NBSP}kr per trainee per tertial`, exact)
		).toBeInTheDocument();
		expect(within(card).getByText(`540${NBSP}000${NBSP}kr per år`, exact)).toBeInTheDocument();
		expect(within(card).getByText(`600${NBSP}000${NBSP}kr per år`, exact)).toBeInTheDocument();
		// Retention as the sources give it: 50 % (Distriktssenteret, three years after) to 80 % (§4.1).
		expect(within(card).getByText(`50\u201380${NBSP}%`, exact)).toBeInTheDocument();
	});

	it('shows the name, summary, verdict and sections', () => {
		render(ModelCard, { model: model('naeringshage-consortium') });
		const card = screen.getByRole('article');
		expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(
			'Felles ordning med Valdres og Rørosregionen næringshager'
		);
		expect(card).toHaveTextContent('Tre næringshager etablerer en felles ordning');
		expect(card).toHaveTextContent('Forstudiens vurdering');
		expect(card).toHaveTextContent('Anbefalt å utrede først');
		expect(card).toHaveTextContent('Avsnitt i forstudien: §5.1.5, §4.3, §5.2');
	});

	it("gives each figure's source to screen readers as the button's description", () => {
		render(ModelCard, { model: model('trainee-innlandet') });
		const row = figureRow(screen.getByRole('article'), 'Medlemskontingent');
		const button = within(row).getByRole('button', { name: 'Kilde' });
		expect(button).toHaveAccessibleDescription(
			'Kilder for «Medlemskontingent»: Forstudien §4.1: årlig medlemskontingent på kr. 20.000'
		);
		const tip = within(row).getByRole('tooltip');
		expect(tip).toHaveTextContent('Forstudien §4.1');
		expect(button.getAttribute('aria-describedby')).toBe(tip.id);
		// The quote keeps the source's language.
		expect(tip.querySelector('q')).toHaveAttribute('lang', 'nb');
	});

	it('lists several sources where a figure has them', () => {
		render(ModelCard, { model: model('trainee-innlandet') });
		const row = figureRow(screen.getByRole('article'), 'Blir i regionen');
		const button = within(row).getByRole('button', { name: 'Kilder' });
		expect(button).toHaveAccessibleDescription(/Forstudien §4\.1.*Forstudien §1\.5/);
		expect(within(row).getAllByRole('listitem')).toHaveLength(3);
	});

	it("tags the tool's assumptions, and only those", () => {
		render(ModelCard, { model: model('own-scheme') });
		const card = screen.getByRole('article');
		const assumed = figureRow(card, 'Prosjektleder');
		expect(within(assumed).getByText('antakelse')).toBeVisible();
		expect(assumed.querySelector('.value')?.textContent).toBe(`50${NBSP}% av en stilling`);
		const fact = figureRow(card, 'Bedrifter i Elverum');
		expect(within(fact).queryByText('antakelse')).toBeNull();
	});

	it('shows a range where the study gives one', () => {
		render(ModelCard, { model: model('fjelltrainee') });
		const row = figureRow(screen.getByRole('article'), 'Medlemsbedrifter');
		expect(row.querySelector('.value')?.textContent).toBe('18\u201320');
	});

	it('hides a tooltip on Escape and shows it again after focus or pointer leaves', async () => {
		render(ModelCard, { model: model('fjelltrainee') });
		const button = within(figureRow(screen.getByRole('article'), 'Medlemsavgift')).getByRole(
			'button'
		);
		const wrapper = button.parentElement!;
		await fireEvent.keyDown(document, { key: 'Escape' });
		expect(wrapper).not.toHaveClass('dismissed');
		button.focus();
		await fireEvent.keyDown(button, { key: 'Escape' });
		expect(wrapper).toHaveClass('dismissed');
		await fireEvent.focusOut(wrapper);
		expect(wrapper).not.toHaveClass('dismissed');
		button.blur();

		// The same for a tooltip opened by the pointer.
		await fireEvent.mouseEnter(wrapper);
		await fireEvent.keyDown(document, { key: 'Escape' });
		expect(wrapper).toHaveClass('dismissed');
		await fireEvent.mouseLeave(wrapper);
		expect(wrapper).not.toHaveClass('dismissed');
	});
});

describe('the first page', () => {
	// Every section below the first screen is built (here at once: the test's DOM has no
	// IntersectionObserver) before the test ends, so none is still loading when the DOM goes.
	afterEach(async () => {
		await waitFor(() => expect(document.querySelector('.deferred:empty')).toBeNull(), {
			timeout: 30_000
		});
	});

	it('shows six model cards in data order', async () => {
		render(Page);
		// The cards sit below the first screen and load after the page.
		const cards = await screen.findAllByRole('article', {}, { timeout: 30_000 });
		expect(cards.map((c) => c.dataset.model)).toEqual([
			'own-scheme',
			'fagskole-scheme',
			'trainee-innlandet',
			'fjelltrainee',
			'naeringshage-consortium',
			'status-quo'
		]);
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Traineevalg');
	});

	it('lists every source with publisher and year', async () => {
		render(Page);
		// The footer loads after the page.
		const list = await screen.findByRole('region', { name: 'Kilder' }, { timeout: 30_000 });
		expect(within(list).getByText('NHOs kompetansebarometer 2023')).toBeInTheDocument();
		expect(within(list).getByRole('link', { name: 'Lov om ferie (ferieloven)' })).toHaveAttribute(
			'href',
			'https://lovdata.no/lov/1988-04-29-21'
		);
		expect(list).toHaveTextContent('Sør-Østerdal Næringshage, 2024.');
	});

	it('switches every label to English with the language switch, and remembers it', async () => {
		render(Page);
		// The model cards load after the page: wait for them before switching.
		await screen.findAllByRole('article', {}, { timeout: 30_000 });
		const select = screen.getByLabelText('Språk');
		expect(select).toHaveValue('nb');
		expect(screen.getByRole('heading', { level: 2, name: 'Modellene' })).toBeInTheDocument();

		await fireEvent.change(select, { target: { value: 'en' } });

		expect(screen.getByLabelText('Language')).toHaveValue('en');
		expect(screen.getByRole('heading', { level: 2, name: 'The models' })).toBeInTheDocument();
		const card = screen.getByRole('article', { name: 'Cooperation with Trainee Innlandet' });
		const row = figureRow(card, 'Membership fee');
		expect(row.querySelector('.value')?.textContent).toBe(`NOK${NBSP}20,000 per company per year`);
		expect(within(row).getByRole('button', { name: 'Source' })).toHaveAccessibleDescription(
			"Sources for 'Membership fee': The pre-study §4.1: årlig medlemskontingent på kr. 20.000"
		);
		expect(within(card).getByText("The pre-study's assessment")).toBeInTheDocument();
		expect(screen.queryByText('Forstudiens vurdering')).toBeNull();
		expect(document.documentElement.lang).toBe('en');
		expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');

		await fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'nb' } });
		expect(screen.getByRole('heading', { level: 2, name: 'Modellene' })).toBeInTheDocument();
		expect(document.documentElement.lang).toBe('nb');
	});
});
