/**
 * Issue 12 in a real browser: two pages of one browser context share localStorage as two tabs
 * do (findings 1, 2, 3 and 7), and storage pre-filled as an older or damaged version left it
 * (findings 4 and 5). Each shows a message where it should, and loses nothing.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openHome, ready, test } from './fixtures';

const TI_FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';
const nameField = (page: Page) => page.getByLabel('Navn på scenarioet');
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });
const button = (page: Page, name: string | RegExp) =>
	page.getByRole('button', { name, exact: typeof name === 'string' });
const savedButton = (page: Page) => page.getByRole('button', { name: /^Åpne lagret \(\d+\)$/ });

async function reload(page: Page): Promise<void> {
	await page.reload();
	await ready(page);
}

async function secondTab(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await openHome(page);
	return page;
}

async function saveAs(page: Page, name: string): Promise<void> {
	await nameField(page).fill(name);
	await button(page, 'Lagre').click();
	await expect(notice(page)).toHaveText(`Lagret «${name}» i denne nettleseren.`);
}

// Two pages and several reloads per test: give a busy two-core machine time.
test.describe.configure({ timeout: 120_000 });

test.describe('two tabs', () => {
	test('finding 1: an undo in tab A reverts A’s save only; B sees it live', async ({
		page,
		context
	}) => {
		await openHome(page);
		const b = await secondTab(context);
		await saveAs(page, 'Fra A');
		await saveAs(b, 'Fra B');
		// A learns of B's save through the storage event, without a reload.
		await expect(savedButton(page)).toHaveText('Åpne lagret (2)');
		await button(page, 'Angre').click();
		await expect(notice(page)).toHaveText('Angret.');
		await expect(savedButton(page)).toHaveText('Åpne lagret (1)');
		await expect(savedButton(b)).toHaveText('Åpne lagret (1)');
		await savedButton(b).click();
		await expect(b.getByRole('list', { name: 'Lagrede scenarioer' })).toHaveText(/Fra B/);
	});

	test('finding 2: each tab keeps its own draft across a reload', async ({ page, context }) => {
		await openHome(page);
		const b = await secondTab(context);
		await nameField(page).fill('Arbeid i A');
		await nameField(b).fill('Arbeid i B');
		await reload(page);
		await reload(b);
		await expect(nameField(page)).toHaveValue('Arbeid i A');
		await expect(nameField(b)).toHaveValue('Arbeid i B');
	});

	test('finding 3: saving in two tabs at once keeps both saves, five times over', async ({
		page,
		context
	}) => {
		await openHome(page);
		const b = await secondTab(context);
		for (let i = 1; i <= 5; i++) {
			await nameField(page).fill(`A${i}`);
			await nameField(b).fill(`B${i}`);
			await Promise.all([button(page, 'Lagre').click(), button(b, 'Lagre').click()]);
		}
		await expect(savedButton(page)).toHaveText('Åpne lagret (10)');
		await expect(savedButton(b)).toHaveText('Åpne lagret (10)');
	});

	test('finding 7: a share link opened over unsaved work keeps it as a draft', async ({ page }) => {
		await openHome(page);
		await nameField(page).fill('Ulagret arbeid');
		const link = Buffer.from(
			JSON.stringify({ version: 1, name: 'Delt', values: { [TI_FEE]: 30_000 } })
		).toString('base64url');
		await page.goto(`/#s=${link}`);
		await expect(nameField(page)).toHaveValue('Delt');
		await expect(notice(page)).toContainText('tatt vare på som utkast');
		await reload(page);
		await expect(nameField(page)).toHaveValue('Delt');
		await savedButton(page).click();
		const item = page.getByRole('listitem').filter({ hasText: 'Ulagret arbeid' });
		await expect(item).toContainText('utkast');
		await item.getByRole('button', { name: 'Åpne «Ulagret arbeid»' }).click();
		await expect(nameField(page)).toHaveValue('Ulagret arbeid');
	});
});

test.describe('storage left by an older or damaged version', () => {
	test('finding 4: a damaged autosave and list are recovered, reported once, downloadable', async ({
		page
	}) => {
		const damagedList =
			'[{"id":"a","savedAt":"2026-01-01T10:00:00Z","scenario":{"version":1,"name":"Gammel"}},';
		const damagedCurrent = JSON.stringify({
			version: 1,
			name: 'Halvveis',
			values: { [TI_FEE]: 31_000, 'shared.horizonYears': 'ti' }
		});
		await page.addInitScript(
			([list, current]) => {
				if (sessionStorage.getItem('prefilled')) return;
				sessionStorage.setItem('prefilled', '1');
				localStorage.setItem('traineevalg.scenarios', list);
				localStorage.setItem('traineevalg.current', current);
			},
			[damagedList, damagedCurrent] as const
		);
		await openHome(page);
		// What still parses is recovered: the name and the fee, not the horizon "ti".
		await expect(nameField(page)).toHaveValue('Halvveis');
		await expect(notice(page)).toContainText('kunne ikke leses (values.shared.horizonYears');
		const download = page.waitForEvent('download');
		await button(page, 'Last ned det som ikke kunne leses').click();
		const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
		expect(file.map((f: { text: string }) => f.text).sort()).toEqual(
			[damagedCurrent, damagedList].sort()
		);
		// Told once: a reload shows no message, and the kept-aside items stay listed.
		await reload(page);
		await expect(notice(page)).toHaveCount(0);
		await savedButton(page).click();
		await expect(page.getByTestId('kept-aside')).toContainText('2 lagrede verdier');
		// A save does not overwrite what was kept aside.
		await saveAs(page, 'Ny');
		await expect(page.getByTestId('kept-aside')).toContainText('2 lagrede verdier');
	});

	test('finding 5: duplicate ids in an old saved list still list and open', async ({ page }) => {
		const entry = (name: string, fee: number) => ({
			id: 'same',
			savedAt: '2026-01-01T10:00:00Z',
			scenario: { version: 1, name, values: { [TI_FEE]: fee } }
		});
		const list = JSON.stringify([
			entry('Første', 30_000),
			entry('Første', 30_000),
			entry('Andre', 32_000)
		]);
		await page.addInitScript((text) => {
			if (!sessionStorage.getItem('prefilled')) {
				sessionStorage.setItem('prefilled', '1');
				localStorage.setItem('traineevalg.scenarios', text);
			}
		}, list);
		await openHome(page);
		await expect(notice(page)).toContainText('1 dobbeltlagret');
		await savedButton(page).click();
		const items = page.getByRole('list', { name: 'Lagrede scenarioer' }).getByRole('listitem');
		await expect(items).toHaveCount(2);
		await items.filter({ hasText: 'Andre' }).getByRole('button', { name: 'Åpne «Andre»' }).click();
		await expect(nameField(page)).toHaveValue('Andre');
	});
});
