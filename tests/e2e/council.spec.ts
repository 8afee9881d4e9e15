/**
 * Council mode end to end: the advisor makes an invitation; three members answer it on their
 * own phones (three browser contexts, 390×844), each giving weights by the guided weighting, one
 * anonymously; the advisor pastes the three answer links into the group view and sees who puts
 * what first, the majority, each member's ranking and where they disagree; axe finds nothing in
 * the group view; the PDF gets the group's page.
 *
 * Expected rankings read by hand off the judged scores in data/criteria.json: a member who gives
 * all weight to one judged criterion ranks the models by its scores (ties to the earlier model in
 * data order).
 *   competence-fit     own 3, fagskole 5, TI 2, fjell 2, consortium 2, status quo 1
 *   process-under-way  own 1, fagskole 2, TI 3, fjell 2, consortium 5, status quo 1
 * Kari and the anonymous member weigh competence fit only: Fagskoletrainee first; Ola weighs the
 * process under way only: Næringshagesamarbeid first. Fagskoletrainee is first for 2 of 3, more
 * than half: a majority.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { CRITERION_IDS, expect, openHome, ready, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MEETING = 'Regionrådet 12. januar';

async function axe(page: Page, include: string): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include(include).analyze();
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/**
 * One member answers `invitation` on a phone of their own: all weight on `top` (the guided
 * weighting's top swing, every other swing 0 points), under `name` or anonymously. Returns the
 * answer link.
 */
async function answer(
	browser: Browser,
	invitation: string,
	top: { id: string; label: RegExp },
	name: string | null
): Promise<string> {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		locale: 'nb-NO',
		hasTouch: true,
		isMobile: true
	});
	const phone = await context.newPage();
	const problems: string[] = [];
	phone.on('pageerror', (e) => problems.push(e.message));
	phone.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	await phone.goto(invitation);
	await expect(
		phone.getByRole('heading', { level: 2, name: `Ditt svar til «${MEETING}»` })
	).toBeVisible();
	await phone.getByRole('button', { name: 'Hjelp meg å vekte' }).click();
	const region = phone.getByRole('region', { name: 'Hjelp meg å vekte' });
	await region.getByRole('radio', { name: top.label }).check();
	for (const id of CRITERION_IDS)
		if (id !== top.id) await region.locator(`[data-swing="${id}"] input`).fill('0');
	await region.getByRole('button', { name: 'Bruk disse vektene' }).click();
	await expect(phone.locator(`[data-criterion="${top.id}"] .share`)).toHaveText('100\u00a0%');
	if (name === null) await phone.getByRole('checkbox', { name: 'Svar anonymt' }).check();
	else await phone.getByRole('textbox', { name: 'Navnet ditt' }).fill(name);
	await phone.getByRole('button', { name: 'Lag svaret' }).click();
	const link = await phone.getByRole('textbox', { name: 'Svarlenke' }).inputValue();
	expect(problems).toEqual([]);
	await context.close();
	return link;
}

test('three members answer on their phones; the advisor gathers them and sees the majority', async ({
	page,
	browser
}) => {
	// Four browsers, three full answers and a group analysis on a busy two-core machine.
	test.setTimeout(420_000);
	await openHome(page);
	const council = page.getByRole('region', { name: 'Rådsmøte' });
	await council.getByRole('textbox', { name: 'Møtets navn' }).fill(MEETING);
	await council.getByRole('button', { name: 'Lag invitasjonslenke' }).click();
	const invitation = await council.getByRole('textbox', { name: 'Invitasjonslenke' }).inputValue();

	const fit = { id: 'competence-fit', label: /^Treffer regionens kompetansebehov/ };
	const process = { id: 'process-under-way', label: /^En prosess allerede i gang/ };
	const links = [
		await answer(browser, invitation, fit, 'Kari Nordmann'),
		await answer(browser, invitation, process, 'Ola Hansen'),
		await answer(browser, invitation, fit, null)
	];

	await council.getByRole('button', { name: 'Samle rådets svar' }).click();
	await council.getByRole('textbox', { name: 'Svarlenker' }).fill(links.join('\n'));
	await council.getByRole('button', { name: 'Legg til svarene' }).click();
	await expect(council.getByText('La til 3 svar.')).toBeVisible();
	await expect(
		council.getByText('Fagskoletrainee er først for 2 av 3 medlemmer: et flertall.')
	).toBeVisible();
	// A cell's text begins with its column's name, shown on cards and hidden from readers.
	const row = (model: string) =>
		council.getByRole('row').filter({ has: page.getByRole('rowheader', { name: model }) });
	await expect(row('Fagskoletrainee').getByRole('cell').nth(1)).toHaveText(/ 2 av 3$/);
	await expect(row('Næringshagesamarbeid').getByRole('cell').nth(1)).toHaveText(/ 1 av 3$/);
	await expect(row('Trainee Innlandet').getByRole('cell').nth(1)).toHaveText(/ 0 av 3$/);
	// Each member's own ranking, the anonymous one without a name.
	const rankings = council.locator('.rankings > li');
	await expect(rankings).toHaveCount(3);
	await expect(rankings.nth(0).locator('.name')).toHaveText('Kari Nordmann');
	await expect(rankings.nth(0).locator('ol > li').first()).toHaveText('Fagskoletrainee');
	await expect(rankings.nth(1).locator('ol > li').first()).toHaveText('Næringshagesamarbeid');
	await expect(rankings.nth(2).locator('.name')).toHaveText('Anonym 1');
	// Where they disagree: competence fit (1, 0, 1) and the process under way (0, 1, 0) spread
	// most, by the same standard deviation, √(2/9) = 47,1 %; competence fit first (data order).
	const spreads = council.getByRole('table', { name: /størst spredning først/ });
	await expect(spreads.getByRole('rowheader').first()).toHaveText(
		'Treffer regionens kompetansebehov'
	);
	await expect(spreads.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(
		/ 47,1\u00a0%$/
	);
	expect(await axe(page, '#council')).toEqual([]);
	await council.screenshot({ path: test.info().outputPath('group-1280.png') });

	// The same group on the advisor's phone: nothing scrolls sideways, axe finds nothing.
	await page.setViewportSize({ width: 390, height: 844 });
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		)
	).toBe(false);
	expect(await axe(page, '#council')).toEqual([]);
	await council.screenshot({ path: test.info().outputPath('group-390.png') });
	await page.setViewportSize({ width: 1280, height: 720 });

	// The PDF gets the group's page, the anonymous member without a name.
	await page.getByRole('button', { name: 'Møtesammendrag', exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Last ned møtesammendrag (PDF)' }).click()
	]);
	const file = join(mkdtempSync(join(tmpdir(), 'traineevalg-council-')), 'summary.pdf');
	await download.saveAs(file);
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
		encoding: 'utf8'
	}).replace(/[\s\u00a0]+/g, ' ');
	expect(text).toContain('Rådets svar: 3 medlemmer');
	expect(text).toContain('Fagskoletrainee er først for 2 av 3 medlemmer: et flertall.');
	expect(text).toContain('Kari Nordmann');
	expect(text).toContain('Anonym 1');

	// A reload keeps the group (the browser's storage), and opens the view by itself.
	await page.reload();
	await ready(page);
	await expect(page.getByRole('heading', { name: 'Svar lagt til (3)' })).toBeVisible();
});
