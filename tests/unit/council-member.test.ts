/**
 * A council member's answer view: a tampered invitation is refused with a message naming the
 * field; weights given by the guided weighting (and then by the ordinary field), a name or none,
 * and judged scores where the invitation allows them come back from the answer link through the
 * engine's `answerFromFragment`. The weights expected are the points typed (SWING's points are
 * the weights themselves); the page's own scenario is never touched.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { criteria } from '$lib/data';
import {
	answerFromFileText,
	answerFromFragment,
	invitationFragment,
	toBase64Url,
	type Invitation
} from '$lib/engine';
import { scenarioState } from '$lib/state/scenario.svelte';
import MemberView from '$lib/components/council/MemberView.svelte';

const MEETING = 'Regionrådet 12. mars';

function invitationHash(judgements: boolean): string {
	const invitation: Invitation = { version: 1, kind: 'invitation', meeting: MEETING, judgements };
	return invitationFragment(invitation);
}

function tampered(value: unknown): string {
	return `#i=${toBase64Url(JSON.stringify(value))}`;
}

beforeEach(() => scenarioState.resetAll());
afterEach(() => {
	scenarioState.resetAll();
	vi.unstubAllGlobals();
});

/** The guided weighting: ownership the top swing, competition 50, company-cost 25, others 0. */
async function weighByGuide(): Promise<void> {
	await fireEvent.click(screen.getByRole('button', { name: 'Hjelp meg å vekte' }));
	const region = screen.getByRole('region', { name: 'Hjelp meg å vekte' });
	await fireEvent.click(within(region).getByRole('radio', { name: /^Eierskap og organisering/ }));
	for (const c of criteria) {
		if (c.id === 'ownership') continue;
		const points = c.id === 'competition' ? '50' : c.id === 'company-cost' ? '25' : '0';
		await fireEvent.input(
			within(region).getByRole('textbox', { name: `Poeng for forskjellen i «${c.label.nb}»` }),
			{ target: { value: points } }
		);
	}
	await fireEvent.click(within(region).getByRole('button', { name: 'Bruk disse vektene' }));
}

async function answerLink(): Promise<string> {
	await fireEvent.click(screen.getByRole('button', { name: 'Lag svaret' }));
	const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Svarlenke' });
	expect(field).toHaveFocus();
	return field.value;
}

describe('MemberView, a damaged invitation', () => {
	it('names the field of a tampered invitation and offers the ordinary page', () => {
		// An empty meeting name: the engine refuses it (at least 1 character) as field 'meeting'.
		render(MemberView, {
			hash: tampered({ version: 1, kind: 'invitation', meeting: '', judgements: false })
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Invitasjonslenken kunne ikke leses: feltet «meeting» har feil form. Be om en ny lenke fra den som leder møtet.'
		);
		const link = screen.getByRole('link', { name: 'Gå til den vanlige siden' });
		expect(link).toHaveAttribute('data-sveltekit-reload');
		expect(screen.queryByRole('button', { name: 'Lag svaret' })).toBeNull();
	});

	it('names the judgements field when it is not true or false', () => {
		render(MemberView, {
			hash: tampered({ version: 1, kind: 'invitation', meeting: 'M', judgements: 'yes' })
		});
		expect(screen.getByRole('alert')).toHaveTextContent('feltet «judgements» har feil form');
	});

	it('says a link that is not base64url is damaged', () => {
		render(MemberView, { hash: '#i=%%%' });
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Invitasjonslenken kunne ikke leses: lenken er skadet eller ufullstendig.'
		);
	});
});

describe('MemberView, an answer', () => {
	it('shows the meeting, what stays on the phone, and no judged scores unless invited', () => {
		render(MemberView, { hash: invitationHash(false) });
		expect(
			screen.getByRole('heading', { level: 2, name: `Ditt svar til «${MEETING}»` })
		).toBeInTheDocument();
		expect(
			screen.getByText(
				'Ingenting forlater telefonen din, bortsett fra svaret du selv velger å sende.'
			)
		).toBeInTheDocument();
		expect(screen.queryByRole('heading', { name: 'Dine egne vurderinger' })).toBeNull();
	});

	it('gives back the guided weights, the answers and the name from its link', async () => {
		render(MemberView, { hash: invitationHash(false) });
		await weighByGuide();
		await fireEvent.input(screen.getByRole('textbox', { name: 'Navnet ditt' }), {
			target: { value: ' Kari Nordmann ' }
		});
		const link = await answerLink();
		const answer = answerFromFragment(new URL(link).hash);
		// Ownership 100 (the top swing), competition 50, company-cost 25, the other ten 0.
		const expected = Object.fromEntries(criteria.map((c) => [c.id, 0]));
		expected['ownership'] = 100;
		expected['competition'] = 50;
		expected['company-cost'] = 25;
		expect(answer).toEqual({
			version: 1,
			kind: 'answer',
			meeting: MEETING,
			name: 'Kari Nordmann',
			weights: expected,
			swing: { points: expected }
		});
		// The page's own scenario is as it was: the study's weights, nothing changed.
		expect(scenarioState.changedCount).toBe(0);
	});

	it('drops the SWING answers once a weight is changed by hand, and the name when anonymous', async () => {
		render(MemberView, { hash: invitationHash(false) });
		await weighByGuide();
		const field = screen.getByRole('textbox', {
			name: 'Poeng for «Kostnad for en medlemsbedrift»'
		});
		await fireEvent.input(field, { target: { value: '30' } });
		await fireEvent.keyDown(field, { key: 'Enter' });
		await fireEvent.input(screen.getByRole('textbox', { name: 'Navnet ditt' }), {
			target: { value: 'Kari' }
		});
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Svar anonymt' }));
		const answer = answerFromFragment(new URL(await answerLink()).hash);
		expect(answer?.weights['company-cost']).toBe(30);
		expect(answer?.weights['ownership']).toBe(100);
		expect(answer?.weights['competition']).toBe(50);
		expect(answer).not.toHaveProperty('swing');
		expect(answer).not.toHaveProperty('name');
	});

	it('carries the judged scores the member changes, when the invitation allows them', async () => {
		render(MemberView, { hash: invitationHash(true) });
		await fireEvent.click(screen.getByRole('button', { name: 'Vis vurderingene' }));
		// The study judges own-scheme's competition 1 (range 1–1, data/criteria.json); the member
		// says 3, which widens the range to hold it: 1–3.
		const select = screen.getByRole('combobox', {
			name: 'Egen ordning: poeng for «Ingen konkurranse med eksisterende ordninger»'
		});
		expect(select).toHaveValue('1');
		await fireEvent.change(select, { target: { value: '3' } });
		expect(select).toHaveValue('3');
		const answer = answerFromFragment(new URL(await answerLink()).hash);
		// Kept as a scenario keeps it, only the parts changed from the study: the low end stays 1.
		expect(answer?.judgements).toEqual({
			competition: { 'own-scheme': { score: 3, high: 3 } }
		});
		expect(scenarioState.changedCount).toBe(0);
	});

	it('shares the link where the phone can, and saves the same answer as a file', async () => {
		const shareSpy = vi.fn(() => Promise.resolve());
		vi.stubGlobal('navigator', { ...navigator, share: shareSpy });
		let saved: Blob | undefined;
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			saved = blob as Blob;
			return 'blob:answer';
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
		let fileName = '';
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
			this: HTMLAnchorElement
		) {
			fileName = this.download;
		});
		render(MemberView, { hash: invitationHash(false) });
		await weighByGuide();
		await fireEvent.input(screen.getByRole('textbox', { name: 'Navnet ditt' }), {
			target: { value: 'Kari' }
		});
		const link = await answerLink();

		await fireEvent.click(screen.getByRole('button', { name: 'Del svaret' }));
		expect(shareSpy).toHaveBeenCalledWith({ title: MEETING, url: link });

		await fireEvent.click(screen.getByRole('button', { name: 'Last ned svarfil' }));
		// The meeting's and the member's names, lower case, anything but letters and digits a hyphen.
		expect(fileName).toBe('traineevalg-svar-regionrådet-12-mars-kari.json');
		expect(answerFromFileText(await saved!.text())).toEqual(answerFromFragment(new URL(link).hash));
	});
});
