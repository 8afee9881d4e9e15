/**
 * The whole page, checked by axe (WCAG 2.1 A and AA) in each state a user reaches: the study's
 * default, an edited scenario, a refused input, the comparison open, English, and a phone. The page also
 * follows the edit at once: Trainee Innlandet's company cost rises by the fee change worked by
 * hand below.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { NBSP, expect, openHome, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

async function editTiFee(page: Page, text: string) {
	const group = page.locator('details[data-group="trainee-innlandet"]');
	if (!(await group.getAttribute('open'))) await group.locator('summary').click();
	const fee = page
		.locator('[data-parameter="trainee-innlandet.serviceFeePerTraineePerTertial"]')
		.getByLabel('Servicekostnad per trainee per tertial', { exact: true });
	await fee.fill(text);
	// A typed value applies on Enter (or on leaving the field), never half-typed.
	await fee.press('Enter');
	return fee;
}

test.describe('accessibility of the whole page', () => {
	test('default state', async ({ page }) => {
		await openHome(page);
		await page.waitForLoadState('networkidle');
		expect(await violations(page)).toEqual([]);
	});

	test('edited state, with the company cost following the change', async ({ page }) => {
		await openHome(page);
		const costTable = async () => {
			const figure = page.locator('section.chart-figure').filter({
				has: page.getByRole('heading', { name: 'Kostnad for en medlemsbedrift', exact: true })
			});
			const toggle = figure.getByRole('button', { name: 'Vis som tabell' });
			if (await toggle.count()) await toggle.first().click();
			return figure.getByRole('row', { name: /Trainee Innlandet/ }).first();
		};
		// §4.1 by hand, holiday pay net of the holiday month (10.2 % − 1/12):
		//   2 years × (20 000 + 3 × 29 013) + (540 000 + 600 000) × (1 + 0.102 − 1/12 + 0.02) × 1.141
		//   = 214 078 + 639 964.08 + 711 071.20 = 1 565 113.28
		await expect(await costTable()).toContainText(`1${NBSP}565${NBSP}113${NBSP}kr`);
		await editTiFee(page, '30 000');
		// (30 000 − 29 013) × 3 tertials × 2 years = 5 922 more: 1 571 035.28
		await expect(await costTable()).toContainText(`1${NBSP}571${NBSP}035${NBSP}kr`);
		await expect(page.getByTestId('change-count')).toContainText('1 endring');
		expect(await violations(page)).toEqual([]);
	});

	test('error state', async ({ page }) => {
		await openHome(page);
		const fee = await editTiFee(page, '-5');
		await expect(fee).toHaveAttribute('aria-invalid', 'true');
		expect(await violations(page)).toEqual([]);
	});

	test('comparison state', async ({ page }) => {
		await openHome(page);
		await editTiFee(page, '30 000');
		await page.getByRole('button', { name: 'Sammenlign' }).click();
		await expect(page.getByLabel('Scenario A')).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});

	test('English state', async ({ page }) => {
		await openHome(page);
		await page.getByLabel('Språk').selectOption('en');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await violations(page)).toEqual([]);
	});

	test('phone state, with the answer as cards and the judgements opened', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openHome(page);
		await expect(page.getByTestId('answer-lead')).toContainText(/først i \d/);
		await page.getByRole('button', { name: 'Vis og endre vurderingene' }).click();
		await page.waitForLoadState('networkidle');
		expect(await violations(page)).toEqual([]);
		const widths = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			window.innerWidth
		]);
		expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
	});
});
