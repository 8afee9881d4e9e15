/**
 * Scenarios in the browser: save, reload and reopen; compare two saved scenarios; a share link
 * opened in a new browser context; a broken file refused with the field named; export as a
 * download under the page's CSP; the autosave across reloads. Changes are made through a share
 * link or a file (what this part of the page owns), and checked through the scenario bar: its
 * name field, its change count and the comparison.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, NBSP, openHome, ready, test } from './fixtures';

const TI_FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';
const SHOTS = 'tests/e2e/screenshots';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** `#s=…` holding `scenario`, built here independently of the page's code. */
function fragment(scenario: object): string {
	return `#s=${Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64url')}`;
}

const tiFee = (fee: number, name: string) => ({ version: 1, name, values: { [TI_FEE]: fee } });

async function openLink(page: Page, scenario: object): Promise<void> {
	await page.goto(`/${fragment(scenario)}`);
	await ready(page);
}

const nameField = (page: Page) => page.getByLabel('Navn på scenarioet');
const changeCount = (page: Page) => page.getByTestId('change-count');
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test.describe('scenarios', () => {
	test('saves, survives a reload, and reopens', async ({ page }) => {
		await openLink(page, tiFee(30_000, 'Høy servicekostnad'));
		await expect(nameField(page)).toHaveValue('Høy servicekostnad');
		await expect(changeCount(page)).toHaveText('1 endring fra forstudien');
		// The link is read once and then dropped from the address (the autosave has it now).
		await expect(page).toHaveURL(/\/$/);

		await button(page, 'Lagre').click();
		await expect(notice(page)).toHaveText('Lagret «Høy servicekostnad» i denne nettleseren.');

		await page.reload();
		await ready(page);
		await expect(nameField(page)).toHaveValue('Høy servicekostnad');

		await button(page, 'Tilbakestill alt').click();
		await button(page, 'Ja, tilbakestill').click();
		await expect(nameField(page)).toHaveValue('');
		await expect(changeCount(page)).toHaveText('Ingen endringer fra forstudien');

		await button(page, 'Åpne lagret (1)').click();
		const list = page.getByRole('list', { name: 'Lagrede scenarioer' });
		await expect(list.getByRole('listitem')).toHaveCount(1);
		await expect(list.getByRole('listitem')).toContainText('1 endring');
		await button(page, 'Tilbakestill alt').click();
		const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(button(page, 'Ja, tilbakestill')).toHaveCount(0);
		await expect(button(page, 'Tilbakestill alt')).toBeFocused();
		await list.getByRole('button', { name: 'Åpne «Høy servicekostnad»' }).click();
		await expect(nameField(page)).toHaveValue('Høy servicekostnad');
		await expect(changeCount(page)).toHaveText('1 endring fra forstudien');
	});

	test('keeps the current scenario in the autosave across reloads', async ({ page }) => {
		await openHome(page);
		await nameField(page).fill('Utkast til møtet');
		await page.reload();
		await ready(page);
		await expect(nameField(page)).toHaveValue('Utkast til møtet');
	});

	test('compares two saved scenarios and shows the figure that differs', async ({ page }) => {
		await openLink(page, tiFee(30_000, 'Avgift 30 000'));
		await button(page, 'Lagre').click();
		// A second link into the open page: only the hash changes.
		await page.goto(`/${fragment(tiFee(31_000, 'Avgift 31 000'))}`);
		await expect(nameField(page)).toHaveValue('Avgift 31 000');
		await button(page, 'Lagre').click();

		await button(page, 'Sammenlign').click();
		await page.getByLabel('Scenario A').selectOption({ label: 'Avgift 30 000' });
		await page.getByLabel('Scenario B').selectOption({ label: 'Avgift 31 000' });
		const inputs = page.getByRole('table', {
			name: /Tall, vekter og vurderinger som er forskjellige i A og B \(1\)/
		});
		const row = inputs.getByRole('row', { name: /Servicekostnad per trainee per tertial/ });
		await expect(row.getByRole('cell')).toHaveText([
			`30${NBSP}000${NBSP}kr per trainee per tertial`,
			`31${NBSP}000${NBSP}kr per trainee per tertial`,
			`29${NBSP}013${NBSP}kr per trainee per tertial`
		]);
		// 1 000 kr more per tertial: 3 000 kr a year, 3 000 + 3 000/1,04 = 5 884,62 kr over two years.
		await expect(
			page.locator('tbody[data-model="trainee-innlandet"] tr.delta td[data-column="companyCost"]')
		).toHaveText(`+5${NBSP}885${NBSP}kr`);

		const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	test('opens a share link in a new browser context', async ({ page, browser, baseURL }) => {
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await openLink(page, tiFee(30_000, 'Delt fra møtet'));
		await button(page, 'Kopier delingslenke').click();
		await expect(notice(page)).toHaveText(
			'Delingslenken er kopiert. Den inneholder bare endringene fra forstudien.'
		);
		const link = await page.getByLabel('Delingslenke for scenarioet slik det er nå').inputValue();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		expect(link.startsWith(`${baseURL}/#s=`)).toBe(true);

		const other = await browser.newContext({ locale: 'nb-NO' });
		const problems: string[] = [];
		const fresh = await other.newPage();
		fresh.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
		fresh.on('pageerror', (e) => problems.push(e.message));
		await fresh.goto(link);
		await ready(fresh);
		await expect(nameField(fresh)).toHaveValue('Delt fra møtet');
		await expect(changeCount(fresh)).toHaveText('1 endring fra forstudien');
		await expect(notice(fresh)).toHaveText('Åpnet «Delt fra møtet» fra lenken (1 endring).');
		await button(fresh, 'Sammenlign').click();
		await expect(
			fresh
				.getByRole('table', { name: /Tall, vekter og vurderinger som er forskjellige/ })
				.getByRole('row', {
					name: /Servicekostnad per trainee per tertial/
				})
		).toContainText(`30${NBSP}000${NBSP}kr per trainee per tertial`);
		await other.close();
		expect(problems).toEqual([]);
	});

	test('refuses a tampered link and keeps the scenario', async ({ page }) => {
		await openHome(page);
		await nameField(page).fill('Mitt eget');
		// A link pasted into the open page (only the hash changes) ...
		const unknown = Buffer.from('{"version":1,"values":{"no.such":1}}').toString('base64url');
		await page.goto(`/#s=${unknown}`);
		await expect(notice(page)).toHaveText(
			'Lenken kunne ikke leses: «no.such» er ikke et tall beregningen kjenner. Scenarioet ditt er ikke endret.'
		);
		await expect(nameField(page)).toHaveValue('Mitt eget');

		// ... and one opened afresh, cut short: the autosaved scenario stays.
		await page.goto('about:blank');
		await page.goto('/#s=eyJ2ZXJzaW9uIjoxLCJ2YWx1ZX');
		await ready(page);
		await expect(notice(page)).toHaveText(
			'Lenken kunne ikke leses: lenken er skadet eller ufullstendig. Scenarioet ditt er ikke endret.'
		);
		await expect(nameField(page)).toHaveValue('Mitt eget');
		await expect(changeCount(page)).toHaveText('Ingen endringer fra forstudien');
	});

	test('refuses a broken file, names the field, and keeps the scenario', async ({ page }) => {
		await openLink(page, tiFee(30_000, 'Før import'));
		await page.locator('input[type="file"]').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({
					version: 1,
					name: 'Ødelagt',
					values: { 'trainee-innlandet.membershipFeePerYear': -20000 }
				})
			)
		});
		await expect(notice(page)).toHaveText(
			'Filen kunne ikke leses: verdien for «Medlemskontingent per år» ' +
				'(trainee-innlandet.membershipFeePerYear) er negativ; tillatt ' +
				`0–1${NBSP}000${NBSP}000${NBSP}000${NBSP}kr per bedrift per år. Scenarioet ditt er ikke endret.`
		);
		await expect(nameField(page)).toHaveValue('Før import');
		await expect(changeCount(page)).toHaveText('1 endring fra forstudien');
	});

	test('imports a good file and exports it again as a download', async ({ page }) => {
		await openHome(page);
		await page.locator('input[type="file"]').setInputFiles({
			name: 'lønn.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(tiFee(30_000, 'Fra fil')))
		});
		await expect(nameField(page)).toHaveValue('Fra fil');
		await expect(changeCount(page)).toHaveText('1 endring fra forstudien');

		// A blob: download is a navigation, not a fetch: the CSP (img-src blob: only) allows it.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			button(page, 'Eksporter').click()
		]);
		expect(download.suggestedFilename()).toBe('traineevalg-fra-fil.json');
		const path = await download.path();
		const { readFile } = await import('node:fs/promises');
		// The file was version 1; it comes back as version 2 (migrated on read).
		expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
			version: 2,
			name: 'Fra fil',
			values: { [TI_FEE]: 30_000 },
			weights: {}
		});
		await expect(notice(page)).toHaveText('Lastet ned traineevalg-fra-fil.json.');
	});

	const layouts = [
		{ width: 1366, height: 768 },
		{ width: 1920, height: 1080 },
		{ width: 768, height: 1024 }
	];
	for (const { width, height } of layouts) {
		test(`fits the bar and the comparison at ${width}×${height}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await openLink(page, tiFee(30_000, 'Høy servicekostnad'));
			await button(page, 'Lagre').click();
			await button(page, 'Sammenlign').click();
			await page.getByLabel('Scenario A').selectOption('study');
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			// The results table fits without scrolling sideways.
			const table = page.getByRole('region', { name: /Resultater i A og B/ });
			expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
			await page
				.getByRole('region', { name: 'Scenario' })
				.screenshot({ path: `${SHOTS}/scenarios-compare-${width}x${height}.png` });
		});
	}
});
