/**
 * Guided weighting ("Hjelp meg å vekte", the SWING method) by keyboard on a phone: open the
 * disclosure, pick the swing that matters most with the arrow keys, give two others 50 and 25
 * points and the rest 0, apply, and read the shares the sliders show. Axe (WCAG 2.1 A and AA)
 * finds nothing in the weights panel, open or closed, and the page never scrolls sideways. The
 * open panel is screenshotted at 390×844 and 1280×720 (test-results/) for a human to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CRITERION_IDS, NBSP, expect, openHome, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function weightsViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).include('#weights').withTags(WCAG_TAGS).analyze();
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

async function scrollsSideways(page: Page): Promise<boolean> {
	return page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
}

function share(page: Page, id: string) {
	return page.locator(`#weights [data-criterion="${id}"] .share`);
}

test.describe('guided weighting', () => {
	test('by keyboard on a phone: top swing, 50 and 25 give 57,1 / 28,6 / 14,3 %', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openHome(page);
		const open = page.getByRole('button', { name: 'Hjelp meg å vekte' });
		await open.focus();
		await page.keyboard.press('Enter');
		await expect(open).toHaveAttribute('aria-expanded', 'true');
		const region = page.getByRole('region', { name: 'Hjelp meg å vekte' });
		await expect(region.getByRole('radio')).toHaveCount(CRITERION_IDS.length);

		// Tab reaches the checked radio: the study's largest weight, competence-fit (15 points).
		await page.keyboard.press('Tab');
		const first = region.getByRole('radio', { name: /^Treffer regionens kompetansebehov/ });
		await expect(first).toBeFocused();
		await expect(first).toBeChecked();
		await region.screenshot({ path: test.info().outputPath('swing-open-390.png') });
		expect(await weightsViolations(page)).toEqual([]);
		expect(await scrollsSideways(page)).toBe(false);

		// Five arrow presses move the choice from the first criterion to ownership (the sixth).
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
		await expect(region.getByRole('radio', { name: /^Eierskap og organisering/ })).toBeChecked();

		// Tab on through step 2's fields in data order; ownership, now the top, has none.
		for (const id of CRITERION_IDS) {
			if (id === 'ownership') continue;
			await page.keyboard.press('Tab');
			const field = region.locator(`[data-swing="${id}"] input`);
			await expect(field).toBeFocused();
			await page.keyboard.press('ControlOrMeta+A');
			await page.keyboard.type(id === 'competition' ? '50' : id === 'company-cost' ? '25' : '0');
		}
		await page.keyboard.press('Tab');
		await expect(region.getByRole('button', { name: 'Bruk disse vektene' })).toBeFocused();
		await page.keyboard.press('Enter');

		// The disclosure closes and gives focus back to its button; the sliders show the weights.
		await expect(open).toHaveAttribute('aria-expanded', 'false');
		await expect(open).toBeFocused();
		// 100 + 50 + 25 = 175: 100/175 = 0.5714… → 57,1 %; 50/175 = 0.2857… → 28,6 %;
		// 25/175 = 0.1428… → 14,3 %; every other criterion 0 %.
		await expect(share(page, 'ownership')).toHaveText(`57,1${NBSP}%`);
		await expect(share(page, 'competition')).toHaveText(`28,6${NBSP}%`);
		await expect(share(page, 'company-cost')).toHaveText(`14,3${NBSP}%`);
		await expect(share(page, 'competence-fit')).toHaveText(`0${NBSP}%`);
		await expect(page.getByLabel('Eierskap og organisering', { exact: true })).toHaveValue('100');
		expect(await weightsViolations(page)).toEqual([]);
		expect(await scrollsSideways(page)).toBe(false);

		// Opened again, it starts from the weights now in force.
		await page.keyboard.press('Enter');
		await expect(region.getByRole('radio', { name: /^Eierskap og organisering/ })).toBeChecked();
		await expect(region.locator('[data-swing="competition"] input')).toHaveValue('50');
		await expect(region.locator('[data-swing="company-cost"] input')).toHaveValue('25');
	});

	test('on a wide screen the open panel passes axe and fits', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await openHome(page);
		await page.getByRole('button', { name: 'Hjelp meg å vekte' }).click();
		const region = page.getByRole('region', { name: 'Hjelp meg å vekte' });
		await expect(region.getByRole('radio')).toHaveCount(CRITERION_IDS.length);
		await region.scrollIntoViewIfNeeded();
		await page.screenshot({ path: test.info().outputPath('swing-open-1280.png') });
		expect(await weightsViolations(page)).toEqual([]);
		expect(await scrollsSideways(page)).toBe(false);
	});
});
