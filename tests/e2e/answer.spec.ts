/**
 * The page answers first (issue 11): on a projector (1280×720) and a phone (390×844) the first
 * screen holds the leader, its first-place probability and what it costs a member company; the
 * phone never scrolls sideways; the keyboard reaches the answer and the ranking from the top in
 * a few Tab presses. Expected figures are the study's: Trainee Innlandet costs a member company
 * 20 000 kr membership + 3 tertials × 29 013 kr = 107 039 kr a year, pay aside (§4.1).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { NBSP, answerRow, enterTiServiceFee, expect, openHome, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Whether the element's box lies wholly within the first viewport (no scrolling). */
async function inFirstViewport(page: Page, locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	const viewport = page.viewportSize()!;
	return (
		box !== null &&
		box.y >= 0 &&
		box.y + box.height <= viewport.height &&
		box.x >= 0 &&
		box.x + box.width <= viewport.width
	);
}

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
]) {
	test(`the first screen at ${viewport.width}×${viewport.height} holds the leader, its probability and its cost`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openHome(page);
		const answer = page.getByRole('region', { name: 'Svaret' });
		const lead = answer.getByTestId('answer-lead');
		// The probability arrives from the worker; wait on the words, not on time.
		await expect(lead).toContainText(/først i \d+(,\d)?\s%/);
		await expect(lead).toContainText('Trainee Innlandet kommer først.');
		await expect(lead).toContainText(`107${NBSP}039${NBSP}kr i året for én trainee`);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		expect(await inFirstViewport(page, lead)).toBe(true);

		// No sideways scrolling of the page.
		const widths = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			window.innerWidth
		]);
		expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
	});
}

test('the key figures show their change against the study once an input changes', async ({
	page
}) => {
	await openHome(page);
	const row = answerRow(page, 'trainee-innlandet');
	await expect(row).not.toContainText('▲');
	await enterTiServiceFee(page, '30000');
	// 20 000 + 3 × 30 000 = 110 000 kr; 3 × (30 000 − 29 013) = 2 961 kr more than the study.
	await expect(row).toContainText(`110${NBSP}000${NBSP}kr`);
	await expect(row).toContainText(`▲ 2${NBSP}961${NBSP}kr`);
	await expect(row).toContainText(`endret fra forstudiens 107${NBSP}039${NBSP}kr`);
});

test('the keyboard reaches the answer and the ranking from the top in at most five Tab presses', async ({
	page
}) => {
	await openHome(page);
	const seen: string[] = [];
	for (let i = 0; i < 5; i++) {
		await page.keyboard.press('Tab');
		seen.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
	}
	const toRanking = seen.indexOf('Til rangeringen');
	expect(toRanking, `focus went through: ${seen.join(' | ')}`).toBeGreaterThanOrEqual(0);
	expect(seen.indexOf('Til svaret')).toBeGreaterThanOrEqual(0);
	// Follow the shortcut: the ranking's heading comes into view and the next Tab stays there.
	for (let i = seen.length - 1; i > toRanking; i--) await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#ranking$/);
	await expect(page.getByRole('heading', { name: 'Rangering', exact: true })).toBeInViewport();
});

test('the answer has no accessibility violations on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openHome(page);
	await expect(page.getByTestId('answer-lead')).toContainText(/først i \d/);
	const results = await new AxeBuilder({ page }).include('#answer').withTags(WCAG_TAGS).analyze();
	expect(results.violations).toEqual([]);
});

test('prints as a report: the answer and the ranking, not the inputs', async ({ page }) => {
	await openHome(page);
	await expect(page.locator('#weights section')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('region', { name: 'Svaret' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Rangering', exact: true })).toBeVisible();
	await expect(
		page.getByText('Scenario: Uten navn (Ingen endringer fra forstudien)')
	).toBeVisible();
	for (const hidden of ['#weights', '#assumptions', '#judgements', 'nav.shortcuts'])
		await expect(page.locator(hidden)).toBeHidden();
	await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
});
