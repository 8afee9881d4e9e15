/**
 * Council mode's group view, as the advisor uses it: paste the members' answer links, see the
 * shares first and each member's ranking, remove and undo, keep the group across a reload.
 * jsdom has no Worker, so the group analysis runs on the main thread (same function and seed).
 *
 * Expected rankings are read by hand off the judged scores in data/criteria.json (as in
 * engine/group.test.ts): a member who weighs one judged criterion only ranks the models by its
 * scores, ties to the earlier model in data order.
 *   competence-fit     own 3, fagskole 5, TI 2, fjell 2, consortium 2, status quo 1
 *   process-under-way  own 1, fagskole 2, TI 3, fjell 2, consortium 5, status quo 1
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { criteria } from '$lib/data';
import { answerFragment, type Answer } from '$lib/engine';
import GroupView from '$lib/components/group/GroupView.svelte';
import { GROUP_KEY, groupState } from '$lib/state/group.svelte';
import { locale } from '$lib/state/locale.svelte';
import { scenarioState } from '$lib/state/scenario.svelte';

function only(points: Record<string, number>): Record<string, number> {
	return Object.fromEntries(criteria.map((c) => [c.id, points[c.id] ?? 0]));
}

const member = (points: Record<string, number>, name?: string): Answer => ({
	version: 1,
	kind: 'answer',
	meeting: 'Regionrådet 12. januar',
	...(name !== undefined ? { name } : {}),
	weights: only(points)
});

const fit = member({ 'competence-fit': 100 }, 'Kari');
const fit2 = member({ 'competence-fit': 60 });
const process = member({ 'process-under-way': 100 }, 'Ola');

const link = (a: Answer) => `https://traineevalg.example/${answerFragment(a)}`;

afterEach(() => {
	groupState.answers = [];
	groupState.outcome = null;
	groupState.cleared = null;
	groupState.result = null;
	groupState.resultFor = null;
	localStorage.clear();
	locale.set('nb');
	scenarioState.resetAll();
});

async function paste(text: string): Promise<void> {
	await fireEvent.input(screen.getByRole('textbox', { name: 'Svarlenker' }), {
		target: { value: text }
	});
	await fireEvent.click(screen.getByRole('button', { name: 'Legg til svarene' }));
}

describe('the group view', () => {
	it('gathers pasted answers and shows who puts what first', async () => {
		render(GroupView);
		await paste(`${link(fit)}\n${link(process)} ${link(fit2)}`);
		expect(screen.getByText('La til 3 svar.')).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Svar lagt til (3)' })).toBeTruthy();
		// Kari and the anonymous member weigh competence fit only: Fagskoletrainee (5) first;
		// Ola weighs the process under way only: Næringshagesamarbeid (5) first. 2 of 3 > half.
		expect(
			await screen.findByText('Fagskoletrainee er først for 2 av 3 medlemmer: et flertall.')
		).toBeTruthy();
		const rankings = screen.getByRole('heading', { name: 'Hvert medlems rangering' })
			.nextElementSibling as HTMLElement;
		const cards = within(rankings).getAllByRole('listitem', { name: undefined });
		const firstOf = (name: string) =>
			within(cards.find((c) => c.querySelector('.name')?.textContent === name)!).getAllByRole(
				'listitem'
			)[0]!.textContent;
		expect(firstOf('Kari')).toBe('Fagskoletrainee');
		expect(firstOf('Ola')).toBe('Næringshagesamarbeid');
		expect(firstOf('Anonym 1')).toBe('Fagskoletrainee');
		// The models table: Fagskoletrainee is first for 2 of 3, the consortium for 1 of 3.
		const row = (model: string) => screen.getByRole('rowheader', { name: model }).closest('tr')!;
		expect(within(row('Fagskoletrainee')).getByText('2 av 3')).toBeTruthy();
		expect(within(row('Næringshagesamarbeid')).getByText('1 av 3')).toBeTruthy();
		expect(within(row('Trainee Innlandet')).getByText('0 av 3')).toBeTruthy();
	});

	it('names a bad link by its place and keeps the good ones', async () => {
		render(GroupView);
		await paste(`${link(fit)} https://traineevalg.example/#a=%%%`);
		expect(screen.getByText('La til 1 svar.')).toBeTruthy();
		expect(screen.getByText(/^lenke 2: /)).toBeTruthy();
		// The text stays in the field so the bad link can be mended.
		expect(
			(screen.getByRole('textbox', { name: 'Svarlenker' }) as HTMLTextAreaElement).value
		).toContain('#a=%%%');
	});

	it('skips an answer pasted twice', async () => {
		render(GroupView);
		await paste(`${link(fit)} ${link(fit)}`);
		expect(screen.getByText(/La til 1 svar\.\s*1 var lagt til fra før/)).toBeTruthy();
	});

	it('removes one answer, removes all, and undoes the removal', async () => {
		render(GroupView);
		await paste(`${link(fit)} ${link(process)}`);
		await fireEvent.click(screen.getByRole('button', { name: 'Fjern svaret fra Kari' }));
		expect(screen.getByRole('heading', { name: 'Svar lagt til (1)' })).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Fjern alle svar' }));
		expect(screen.getByText('Ingen svar er lagt til ennå.')).toBeTruthy();
		expect(localStorage.getItem(GROUP_KEY)).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
		expect(screen.getByRole('heading', { name: 'Svar lagt til (1)' })).toBeTruthy();
		expect(screen.getByText('Ola')).toBeTruthy();
	});

	it('keeps the group in storage, and reads it back on the next visit', async () => {
		const view = render(GroupView);
		await paste(`${link(fit)} ${link(process)}`);
		expect(JSON.parse(localStorage.getItem(GROUP_KEY)!).answers).toHaveLength(2);
		view.unmount();
		groupState.answers = [];
		render(GroupView);
		expect(screen.getByRole('heading', { name: 'Svar lagt til (2)' })).toBeTruthy();
	});

	it('puts damaged storage aside and says so, keeping what it can read', async () => {
		localStorage.setItem(
			GROUP_KEY,
			JSON.stringify({
				version: 1,
				kind: 'group',
				answers: [fit, { ...process, weights: { 'company-cost': 'mye' } }]
			})
		);
		render(GroupView);
		expect(screen.getByText(/Den lagrede gruppen kunne ikke leses/)).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Svar lagt til (1)' })).toBeTruthy();
		const aside = Object.keys(localStorage).filter((k) => k.startsWith('traineevalg.unreadable.'));
		expect(aside).toHaveLength(1);
	});

	it('takes the mean weights into the calculator', async () => {
		render(GroupView);
		await paste(`${link(fit)} ${link(process)}`);
		await fireEvent.click(
			await screen.findByRole('button', { name: 'Bruk rådets snittvekter i kalkulatoren' })
		);
		// Each member gives all weight to one criterion: means 1/2 and 1/2, i.e. 50 points each.
		expect(scenarioState.rawWeights['competence-fit']).toBe(50);
		expect(scenarioState.rawWeights['process-under-way']).toBe(50);
		expect(scenarioState.rawWeights['company-cost']).toBe(0);
	});
});
