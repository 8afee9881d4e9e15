/**
 * The scenario bar and its state (jsdom): save, open, delete and undo; import of good and broken
 * files (File objects); share links and the autosave at start; the comparison; reset with
 * confirmation; the error messages in both languages. Expected text is written by hand, with the
 * no-break space (U+00A0) Intl uses in nb-NO.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import ScenarioBar from '$lib/components/scenarios/ScenarioBar.svelte';
import { describeError } from '$lib/present/scenario-errors';
import { changesText } from '$lib/present/scenario-text';
import { ScenarioError, parseScenarioJson } from '$lib/engine';
import { locale } from '$lib/state/locale.svelte';
import { shareFragment } from '$lib/state/persistence';
import { LEGACY_CURRENT_KEY, TAB_KEY, listSaved, readDraft } from '$lib/state/storage';
import { scenarioState } from '$lib/state/scenario.svelte';
import { AUTOSAVE_DELAY_MS, MAX_IMPORT_BYTES, scenarios } from '$lib/state/scenarios.svelte';

const NBSP = '\u00a0';
const TI_FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';
const TI_MEMBERSHIP = 'trainee-innlandet.membershipFeePerYear';

let stop: (() => void) | undefined;
const clearHash = vi.fn();

function begin(): void {
	stop = scenarios.start({ storage: localStorage, session: sessionStorage, clearHash });
}

function status(): HTMLElement {
	return screen.getByRole('status');
}

function fileInput(container: HTMLElement): HTMLInputElement {
	const input = container.querySelector<HTMLInputElement>('input[type="file"]');
	if (!input) throw new Error('no file input');
	return input;
}

async function importText(container: HTMLElement, text: string, name = 'scenario.json') {
	const file = new File([text], name, { type: 'application/json' });
	await fireEvent.change(fileInput(container), { target: { files: [file] } });
}

beforeEach(() => {
	scenarioState.resetAll();
	scenarios.saved = [];
	scenarios.notice = null;
	scenarios.compareA = 'study';
	scenarios.compareB = 'current';
	clearHash.mockClear();
});

afterEach(() => {
	stop?.();
	stop = undefined;
	vi.useRealTimers();
	localStorage.clear();
	sessionStorage.clear();
	history.replaceState(null, '', '/');
	locale.set('nb');
});

describe('saving and reopening', () => {
	it('adds the named scenario to the saved list, with date and number of changes', async () => {
		begin();
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(2025, 2, 4, 13, 5));
		const { container } = render(ScenarioBar);
		await fireEvent.input(screen.getByLabelText('Navn på scenarioet'), {
			target: { value: 'Høy avgift' }
		});
		scenarioState.setValue(TI_FEE, 30_000);
		await fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));

		expect(scenarios.saved).toHaveLength(1);
		expect(scenarios.saved[0]!.scenario).toEqual({
			version: 2,
			name: 'Høy avgift',
			values: { [TI_FEE]: 30_000 },
			weights: {}
		});
		expect(listSaved(localStorage).map((e) => e.scenario.name)).toEqual(['Høy avgift']);
		expect(status().textContent?.trim()).toBe('Lagret «Høy avgift» i denne nettleseren.');

		await fireEvent.click(screen.getByRole('button', { name: 'Åpne lagret (1)' }));
		const list = await screen.findByRole('list', { name: 'Lagrede scenarioer' });
		const item = within(list).getByRole('listitem');
		expect(item).toHaveTextContent('Høy avgift');
		expect(item.querySelector('time')?.textContent).toBe('Lagret 4. mars 2025, 13:05');
		expect(item).toHaveTextContent('1 endring');
		expect(container.querySelector('[data-testid="change-count"]')?.textContent?.trim()).toBe(
			'1 endring fra forstudien'
		);
	});

	it('updates a saved scenario with the same name instead of adding another', async () => {
		begin();
		render(ScenarioBar);
		scenarioState.name = 'Plan';
		await fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
		scenarioState.setValue(TI_FEE, 31_000);
		await fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
		expect(scenarios.saved).toHaveLength(1);
		expect(scenarios.saved[0]!.scenario.values).toEqual({ [TI_FEE]: 31_000 });
		expect(status().textContent?.trim()).toBe('Oppdaterte det lagrede scenarioet «Plan».');
	});

	it('gives a scenario saved without a name the default name', async () => {
		begin();
		render(ScenarioBar);
		await fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
		scenarioState.name = '';
		await fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
		expect(scenarios.saved.map((e) => e.scenario.name)).toEqual(['Uten navn 2', 'Uten navn']);
	});

	it('reopens a saved scenario, and Undo brings back what was there', async () => {
		begin();
		render(ScenarioBar);
		scenarioState.name = 'Lagret';
		scenarioState.setValue(TI_FEE, 30_000);
		await fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
		scenarioState.resetAll();
		scenarioState.setValue(TI_MEMBERSHIP, 25_000);

		await fireEvent.click(screen.getByRole('button', { name: 'Åpne lagret (1)' }));
		await fireEvent.click(await screen.findByRole('button', { name: 'Åpne «Lagret»' }));
		expect(scenarioState.values).toEqual({ [TI_FEE]: 30_000 });
		expect(scenarioState.name).toBe('Lagret');
		expect(status().textContent?.trim()).toBe('Åpnet «Lagret».');

		await fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
		expect(scenarioState.values).toEqual({ [TI_MEMBERSHIP]: 25_000 });
		expect(scenarioState.name).toBe('');
	});

	it('deletes a saved scenario, and Undo puts it back', async () => {
		begin();
		render(ScenarioBar);
		scenarioState.name = 'Slettes';
		await fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Åpne lagret (1)' }));
		await fireEvent.click(await screen.findByRole('button', { name: 'Slett «Slettes»' }));
		expect(scenarios.saved).toEqual([]);
		expect(listSaved(localStorage)).toEqual([]);
		expect(status().textContent?.trim()).toBe('Slettet «Slettes».');

		await fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
		expect(scenarios.saved.map((e) => e.scenario.name)).toEqual(['Slettes']);
		expect(listSaved(localStorage)).toHaveLength(1);
	});
});

describe('importing a file', () => {
	it('refuses a negative fee, names the field and leaves the scenario untouched', async () => {
		begin();
		const { container } = render(ScenarioBar);
		scenarioState.name = 'Mitt';
		scenarioState.setValue(TI_FEE, 30_000);
		const before = { ...scenarioState.values };

		await importText(
			container,
			JSON.stringify({ version: 1, name: 'Ødelagt', values: { [TI_MEMBERSHIP]: -20_000 } })
		);
		await waitFor(() =>
			expect(status().textContent?.trim()).toBe(
				'Filen kunne ikke leses: verdien for «Medlemskontingent per år» ' +
					'(trainee-innlandet.membershipFeePerYear) er negativ; tillatt ' +
					`0–1${NBSP}000${NBSP}000${NBSP}000${NBSP}kr per bedrift per år. Scenarioet ditt er ikke endret.`
			)
		);
		expect(scenarioState.values).toEqual(before);
		expect(scenarioState.name).toBe('Mitt');
		expect(container.querySelector('.notice.error')).not.toBeNull();
	});

	it.each([
		['not JSON', '{"version": 1,', 'Filen kunne ikke leses: innholdet er ikke gyldig JSON.'],
		[
			'another version',
			'{"version": 3, "values": {}}',
			'Filen kunne ikke leses: versjon 3 støttes ikke, bare versjon 1 og 2.'
		],
		[
			'an unknown parameter',
			'{"version": 1, "values": {"trainee-innlandet.freeLunch": 1}}',
			'Filen kunne ikke leses: «trainee-innlandet.freeLunch» er ikke et tall beregningen kjenner.'
		],
		[
			'a share above 100 %',
			'{"version": 1, "values": {"shared.attributionShare": 1.5}}',
			'Filen kunne ikke leses: verdien for «Andel av de som blir, som ordningen kan tilskrives» ' +
				`(shared.attributionShare) er 150${NBSP}%; tillatt 0–100${NBSP}%.`
		],
		['a list', '[1, 2]', 'Filen kunne ikke leses: innholdet er ikke et scenario.']
	])('refuses %s with a message and changes nothing', async (_, text, message) => {
		begin();
		const { container } = render(ScenarioBar);
		scenarioState.setValue(TI_FEE, 30_000);
		await importText(container, text);
		await waitFor(() =>
			expect(status().textContent?.trim()).toBe(`${message} Scenarioet ditt er ikke endret.`)
		);
		expect(scenarioState.values).toEqual({ [TI_FEE]: 30_000 });
	});

	it('refuses a file far too large for a scenario without reading it', async () => {
		begin();
		render(ScenarioBar);
		const big = new File(['x'.repeat(MAX_IMPORT_BYTES + 1)], 'big.json');
		expect(await scenarios.importFile(big)).toBe(false);
		expect(status()).toHaveTextContent('Filen kunne ikke leses: den er på');
		expect(scenarioState.values).toEqual({});
	});

	it('loads a good file, names the scenario after the file when it has no name', async () => {
		begin();
		const { container } = render(ScenarioBar);
		await importText(container, `{"version": 1, "values": {"${TI_FEE}": 30000}}`, 'Høy sats.json');
		await waitFor(() => expect(scenarioState.values).toEqual({ [TI_FEE]: 30_000 }));
		expect(scenarioState.name).toBe('Høy sats');
		expect(status().textContent?.trim()).toBe('Importerte «Høy sats» fra Høy sats.json.');
	});
});

describe('exporting a file', () => {
	it('gives the command line’s format with only the changes', () => {
		scenarioState.name = 'Eksport';
		scenarioState.setValue(TI_FEE, 30_000);
		scenarioState.setValue(TI_MEMBERSHIP, 20_000);
		const { filename, text } = scenarios.exportFile();
		expect(filename).toBe('traineevalg-eksport.json');
		expect(JSON.parse(text)).toEqual({
			version: 2,
			name: 'Eksport',
			values: { [TI_FEE]: 30_000 },
			weights: {}
		});
		expect(parseScenarioJson(text).values).toEqual({ [TI_FEE]: 30_000 });
	});
});

describe('starting the page', () => {
	it('opens a share link over the autosave, keeps the autosave as a draft, drops the link', () => {
		localStorage.setItem(
			LEGACY_CURRENT_KEY,
			JSON.stringify({ version: 1, values: { [TI_MEMBERSHIP]: 25_000 } })
		);
		const link = shareFragment({
			version: 2,
			name: 'Delt',
			values: { [TI_FEE]: 30_000 },
			weights: {}
		});
		history.replaceState(null, '', `/${link}`);
		begin();
		render(ScenarioBar);
		expect(scenarioState.values).toEqual({ [TI_FEE]: 30_000 });
		expect(scenarioState.name).toBe('Delt');
		expect(clearHash).toHaveBeenCalledOnce();
		expect(status().textContent?.trim()).toBe(
			'Åpnet «Delt» fra lenken (1 endring). Det du holdt på med, er tatt vare på som utkast under «Åpne lagret».'
		);
		// The unsaved work the link replaced is a draft entry in the saved list (finding 7).
		expect(scenarios.saved).toMatchObject([
			{ draft: true, scenario: { values: { [TI_MEMBERSHIP]: 25_000 } } }
		]);
	});

	it('reports a tampered link and keeps the autosaved scenario', () => {
		localStorage.setItem(
			LEGACY_CURRENT_KEY,
			JSON.stringify({ version: 1, name: 'Autolagret', values: { [TI_MEMBERSHIP]: 25_000 } })
		);
		history.replaceState(null, '', '/#s=@@tuklet@@');
		begin();
		render(ScenarioBar);
		expect(scenarioState.values).toEqual({ [TI_MEMBERSHIP]: 25_000 });
		expect(scenarioState.name).toBe('Autolagret');
		expect(status().textContent?.trim()).toBe(
			'Lenken kunne ikke leses: lenken er skadet eller ufullstendig. Scenarioet ditt er ikke endret.'
		);
	});

	it('reports a link with an unknown parameter by name', () => {
		const text = '{"version":1,"values":{"fjelltrainee.goldBars":3}}';
		history.replaceState(null, '', `/#s=${Buffer.from(text).toString('base64url')}`);
		begin();
		render(ScenarioBar);
		expect(scenarioState.values).toEqual({});
		expect(status()).toHaveTextContent(
			'«fjelltrainee.goldBars» er ikke et tall beregningen kjenner'
		);
	});

	it('restores the autosave and keeps saving every change, within the autosave’s delay', async () => {
		localStorage.setItem(
			LEGACY_CURRENT_KEY,
			JSON.stringify({ version: 1, values: { [TI_MEMBERSHIP]: 25_000 } })
		);
		begin();
		expect(scenarioState.values).toEqual({ [TI_MEMBERSHIP]: 25_000 });
		scenarioState.setValue(TI_FEE, 30_000);
		scenarioState.name = 'Neste';
		flushSync();
		const tab = sessionStorage.getItem(TAB_KEY)!;
		await vi.waitFor(
			() =>
				expect(readDraft(localStorage, tab, '').scenario).toEqual({
					version: 2,
					name: 'Neste',
					values: { [TI_MEMBERSHIP]: 25_000, [TI_FEE]: 30_000 },
					weights: {}
				}),
			{ timeout: AUTOSAVE_DELAY_MS * 8 }
		);
	});

	it('writes the last of a slider’s steps once, not every step', async () => {
		begin();
		flushSync();
		const tab = sessionStorage.getItem(TAB_KEY)!;
		const setItem = vi.spyOn(Storage.prototype, 'setItem');
		try {
			// Forty steps of a drag, each applied before the next (as the page does).
			for (let points = 20; points < 60; points++) {
				scenarioState.setWeight('company-cost', points);
				flushSync();
			}
			const drafts = () => setItem.mock.calls.filter(([key]) => key.endsWith(tab));
			await vi.waitFor(() => expect(drafts()).toHaveLength(1), {
				timeout: AUTOSAVE_DELAY_MS * 8
			});
			expect(readDraft(localStorage, tab, '').scenario?.weights).toEqual({ 'company-cost': 59 });
		} finally {
			setItem.mockRestore();
		}
	});

	it('writes an unwritten change at once when the page is left or hidden', () => {
		begin();
		flushSync();
		const tab = sessionStorage.getItem(TAB_KEY)!;
		const written = () => readDraft(localStorage, tab, '').scenario?.values ?? {};
		// Closed, reloaded or navigated away from: pagehide.
		scenarioState.setValue(TI_FEE, 30_000);
		flushSync();
		expect(written()).toEqual({});
		dispatchEvent(new Event('pagehide'));
		expect(written()).toEqual({ [TI_FEE]: 30_000 });
		// Switched away from (a phone puts the browser aside, and may end it unasked).
		scenarioState.setValue(TI_FEE, 31_000);
		flushSync();
		const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		try {
			document.dispatchEvent(new Event('visibilitychange'));
		} finally {
			visibility.mockRestore();
		}
		expect(written()).toEqual({ [TI_FEE]: 31_000 });
	});
});

describe('comparing', () => {
	it('shows the differing figure and the company cost difference per model', async () => {
		begin();
		const { container } = render(ScenarioBar);
		scenarioState.setValue(TI_FEE, 30_000);
		await fireEvent.click(screen.getByRole('button', { name: 'Sammenlign' }));
		// The comparison's code loads when it is first opened.
		expect(await screen.findByLabelText('Scenario A', {}, { timeout: 10_000 })).toHaveValue(
			'study'
		);
		expect(screen.getByLabelText('Scenario B')).toHaveValue('current');

		const inputs = screen.getByRole('table', {
			name: /Tall, vekter og vurderinger som er forskjellige i A og B \(1\)/
		});
		const row = within(inputs).getByRole('row', { name: /Servicekostnad per trainee per tertial/ });
		const cells = within(row)
			.getAllByRole('cell')
			.map((c) => c.textContent);
		expect(cells).toEqual([
			`29${NBSP}013${NBSP}kr per trainee per tertial`,
			`30${NBSP}000${NBSP}kr per trainee per tertial`,
			`29${NBSP}013${NBSP}kr per trainee per tertial`
		]);

		// (30 000 − 29 013) × 3 × (1 + 1/1,04) = 5 808,12 kr, shown in whole kroner.
		const delta = (model: string, column: string) =>
			container.querySelector(`tbody[data-model="${model}"] tr.delta td[data-column="${column}"]`)
				?.textContent;
		expect(delta('trainee-innlandet', 'companyCost')).toBe(`+5${NBSP}808${NBSP}kr`);
		expect(delta('own-scheme', 'companyCost')).toBe(`0${NBSP}kr`);
		expect(delta('trainee-innlandet', 'publicCost')).toBe(`0${NBSP}kr`);
		// The model's rows are grouped under its name.
		const group = container.querySelector('tbody[data-model="trainee-innlandet"]');
		expect(group?.querySelector('th[scope="rowgroup"]')?.textContent?.trim()).toBe(
			'Trainee Innlandet'
		);
	});

	it('shows a changed judgement as score and range, A against B', async () => {
		begin();
		render(ScenarioBar);
		// data/criteria.json: ownership / consortium 3 [2–4]; the score moved to 5 widens the
		// range to [2–5].
		scenarioState.setJudgement('ownership', 'naeringshage-consortium', 'score', 5);
		await fireEvent.click(screen.getByRole('button', { name: 'Sammenlign' }));
		await screen.findByLabelText('Scenario A', {}, { timeout: 10_000 });
		const inputs = screen.getByRole('table', {
			name: /Tall, vekter og vurderinger som er forskjellige i A og B \(1\)/
		});
		const row = within(inputs).getByRole('row', { name: /Vurdering, Næringshagesamarbeid/ });
		expect(row).toHaveTextContent('Eierskap og organisering');
		expect(
			within(row)
				.getAllByRole('cell')
				.map((c) => c.textContent)
		).toEqual(['3 (2–4)', '5 (2–5)', '3 (2–4)']);
	});

	it('says so when A and B are the same', async () => {
		begin();
		render(ScenarioBar);
		await fireEvent.click(screen.getByRole('button', { name: 'Sammenlign' }));
		expect(
			await screen.findByText('A og B har de samme tallene og gir de samme resultatene.')
		).toBeVisible();
	});
});

describe('resetting everything', () => {
	it('asks first, then resets; Undo brings the changes back', async () => {
		begin();
		render(ScenarioBar);
		scenarioState.name = 'Før';
		scenarioState.setValue(TI_FEE, 30_000);
		await fireEvent.click(screen.getByRole('button', { name: 'Tilbakestill alt' }));
		expect(scenarioState.values).toEqual({ [TI_FEE]: 30_000 });
		expect(
			screen.getByText('Tilbakestille navnet og alle endringer (1 endring) til forstudiens tall?')
		).toBeVisible();
		await fireEvent.click(screen.getByRole('button', { name: 'Ja, tilbakestill' }));
		expect(scenarioState.values).toEqual({});
		expect(scenarioState.name).toBe('');
		await fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
		expect(scenarioState.values).toEqual({ [TI_FEE]: 30_000 });
		expect(scenarioState.name).toBe('Før');
	});

	it('changes nothing when cancelled', async () => {
		begin();
		render(ScenarioBar);
		scenarioState.setValue(TI_FEE, 30_000);
		await fireEvent.click(screen.getByRole('button', { name: 'Tilbakestill alt' }));
		// Focus goes to the safe choice.
		expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
		await fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
		expect(scenarioState.values).toEqual({ [TI_FEE]: 30_000 });
		expect(screen.queryByRole('button', { name: 'Ja, tilbakestill' })).toBeNull();
	});
});

describe('the share link', () => {
	it('copies a link holding only the changes, and shows it for copying by hand', async () => {
		begin();
		const writeText = vi.fn(() => Promise.resolve());
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		render(ScenarioBar);
		scenarioState.setValue(TI_FEE, 30_000);
		await fireEvent.click(screen.getByRole('button', { name: 'Kopier delingslenke' }));
		await waitFor(() =>
			expect(status().textContent?.trim()).toBe(
				'Delingslenken er kopiert. Den inneholder bare endringene fra forstudien.'
			)
		);
		const expected =
			location.origin +
			location.pathname +
			shareFragment({ version: 2, values: { [TI_FEE]: 30_000 }, weights: {} });
		expect(writeText).toHaveBeenCalledWith(expected);
		expect(screen.getByLabelText('Delingslenke for scenarioet slik det er nå')).toHaveValue(
			expected
		);
	});

	it('falls back to the text field when the clipboard refuses', async () => {
		begin();
		const writeText = vi.fn(() => Promise.reject(new Error('denied')));
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		render(ScenarioBar);
		await fireEvent.click(screen.getByRole('button', { name: 'Kopier delingslenke' }));
		await waitFor(() =>
			expect(status()).toHaveTextContent('Lenken kunne ikke kopieres automatisk.')
		);
		expect(screen.getByLabelText('Delingslenke for scenarioet slik det er nå')).toBeVisible();
	});
});

describe('messages', () => {
	it('counts changes with the right plural in both languages', () => {
		expect(changesText(0, 'nb', 'fromStudy')).toBe('Ingen endringer fra forstudien');
		expect(changesText(1, 'nb', 'fromStudy')).toBe('1 endring fra forstudien');
		expect(changesText(2, 'nb', 'fromStudy')).toBe('2 endringer fra forstudien');
		expect(changesText(1, 'en', 'count')).toBe('1 change');
		expect(changesText(3, 'en', 'count')).toBe('3 changes');
	});

	it('names the field in English too', () => {
		const e = new ScenarioError('out-of-range', {
			field: `values.${TI_MEMBERSHIP}`,
			value: -1,
			min: 0,
			max: 1e9
		});
		expect(describeError(e, 'file', 'en')).toBe(
			"The file could not be read: the value for 'Membership fee per year' " +
				'(trainee-innlandet.membershipFeePerYear) is negative; allowed ' +
				`NOK${NBSP}0–1,000,000,000 per company per year. Your scenario is unchanged.`
		);
		const w = new ScenarioError('negative-weight', { field: 'weights.ownership', value: -1 });
		expect(describeError(w, 'link', 'nb')).toBe(
			'Lenken kunne ikke leses: vekten for «Eierskap og organisering» (ownership) er negativ. ' +
				'Scenarioet ditt er ikke endret.'
		);
	});
});
