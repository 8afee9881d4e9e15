/**
 * The sections below the first screen are built when the reader comes near them or does anything
 * (issue 11: a phone that only shows the answer spends its load on the answer). These tests open
 * the page without touching it, as Lighthouse does, and then reach the sections the three ways a
 * reader does: a shortcut from the keyboard, scrolling, and any input.
 */
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** Open the page and wait for hydration, with no input at all (no mouse move, no key). */
async function openUntouched(page: import('@playwright/test').Page): Promise<void> {
	await page.goto('/');
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

test('a phone that only shows the answer builds nothing below the results', async ({ page }) => {
	await openUntouched(page);
	// The page has settled: the worker's first-place probability is in the ranking.
	const pFirst = page.locator('#ranking tbody').first().locator('tr').first().locator('td').nth(2);
	await expect(pFirst).toHaveText(/\d\s*%\s*$/, { timeout: 30_000 });
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	// The shortcut's targets hold their place, empty (and `.deferred:empty`, which the other
	// tests wait on to start on the whole page, finds them).
	await expect(page.locator('.deferred:empty')).not.toHaveCount(0);
	for (const id of ['weights', 'assumptions', 'judgements'])
		await expect(page.locator(`#${id}`)).toBeEmpty();
	await expect(page.getByRole('heading', { name: 'Forutsetninger' })).toHaveCount(0);
});

test('the keyboard shortcut to the weights builds them and takes the reader there', async ({
	page
}) => {
	await openUntouched(page);
	await page.keyboard.press('Tab');
	const shortcut = page.getByRole('link', { name: 'Til vektene' });
	await shortcut.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#weights$/);
	const heading = page.getByRole('heading', { name: 'Vekter', exact: true });
	await expect(heading).toBeVisible();
	await expect(heading).toBeInViewport();
	// The key also builds every other section, one after another.
	await expect(page.getByRole('heading', { name: 'Forutsetninger' })).toBeAttached();
	await expect(page.locator('article[data-model]')).toHaveCount(6);
});

test('scrolling down by touch builds the sections as they come near', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await openUntouched(page);
	await expect(page.locator('#assumptions')).toBeEmpty();
	// A scroll without a touch event (the page scrolled by script, as a find or a screen reader's
	// reading position does) builds what comes near, then the rest.
	await page.evaluate(() => document.getElementById('assumptions')!.scrollIntoView());
	await expect(page.getByRole('heading', { name: 'Forutsetninger' })).toBeVisible();
	await expect(page.locator('article[data-model]')).toHaveCount(6);
	await context.close();
});

test('printing an untouched page prints Min bedrift with the answer', async ({ page }) => {
	await openUntouched(page);
	// Its code loads once the page is idle (nothing else is fetched after it).
	await page.waitForLoadState('networkidle');
	await expect(page.locator('#company')).toBeEmpty();
	// What the browser does on Ctrl+P: `beforeprint`, then, with no task in between (only the
	// microtasks the listeners queued), the print layout. So the view must be there by then.
	const built = await page.evaluate(async () => {
		dispatchEvent(new Event('beforeprint'));
		for (let i = 0; i < 3; i++) await Promise.resolve();
		return document.querySelector('#company h3')?.textContent ?? null;
	});
	expect(built).toBe('Min bedrift');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Min bedrift' })).toBeVisible();
	await expect(page.locator('#weights')).toBeHidden();
});
