/**
 * The sections below the first screen are built when the reader comes near them or does anything,
 * and the first screen, prerendered whole with the study's analysis, is hydrated only then
 * (issue 11: a phone that only shows the answer spends its load on nothing else). These tests open
 * the page without touching it, as Lighthouse does, and then reach the sections the three ways a
 * reader does: a shortcut from the keyboard, scrolling, and any input.
 */
import { NBSP, answerRow, enterTiServiceFee, expect, openHome, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** Open the page and wait for hydration, with no input at all (no mouse move, no key). */
async function openUntouched(page: import('@playwright/test').Page): Promise<void> {
	await page.goto('/');
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

test('a phone that only shows the answer builds nothing below the results', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await openUntouched(page);
	// The answer and its certainty came with the page: the study's analysis is prerendered
	// (seeded, so the same draws the worker would make), and no worker runs for it.
	const lead = page.getByTestId('answer-lead');
	await expect(lead).toContainText(/Trainee Innlandet først i \d+(,\d)?\s%/);
	const pFirst = page.locator('#ranking tbody').first().locator('tr').first().locator('td').nth(2);
	await expect(pFirst).toHaveText(/\d\s*%\s*$/);
	await page.waitForLoadState('networkidle');
	expect(workers).toEqual([]);
	// The first screen stands as prerendered: none of its islands is hydrated.
	await expect(page.locator('.island')).toHaveCount(5);
	await expect(page.locator('.island[data-live]')).toHaveCount(0);
	// The shortcut's targets hold their place, empty (and `.deferred:empty`, which the other
	// tests wait on to start on the whole page, finds them).
	await expect(page.locator('.deferred:empty')).not.toHaveCount(0);
	for (const id of ['weights', 'assumptions', 'judgements'])
		await expect(page.locator(`#${id}`)).toBeEmpty();
	await expect(page.getByRole('heading', { name: 'Forutsetninger' })).toHaveCount(0);
	// The offline copy waits until the page is in use (state/offline.svelte.ts).
	expect(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)
	).toBe(0);
	// Any input: the reader is using the page.
	await page.mouse.move(5, 5);
	await expect
		.poll(() =>
			page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)
		)
		.toBe(1);
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

test('focus reaching a part of the first screen hydrates it, with no other input', async ({
	page
}) => {
	await openUntouched(page);
	await expect(page.locator('[data-island="answer"][data-live]')).toHaveCount(0);
	// As a screen reader moving its focus there, or a script: no key, no pointer.
	await page.locator('#answer').focus();
	await expect(page.locator('[data-island="answer"][data-live]')).toHaveCount(1);
	await expect(page.locator('#answer')).toBeFocused();
});

test('a scenario restored from the autosave is on the first screen without any input', async ({
	page
}) => {
	await openHome(page);
	await enterTiServiceFee(page, '30000');
	const row = answerRow(page, 'trainee-innlandet');
	await expect(row).toContainText(`110${NBSP}000${NBSP}kr`);
	// Reloaded and not touched: the prerendered study's figures give way to the autosaved
	// scenario's (20 000 + 3 × 30 000 = 110 000 kr; 3 × (30 000 − 29 013) = 2 961 kr more).
	await page.reload();
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
	await expect(row).toContainText(`110${NBSP}000${NBSP}kr`);
	await expect(row).toContainText(`▲ 2${NBSP}961${NBSP}kr`);
	await expect(page.getByTestId('answer-lead')).not.toContainText(`107${NBSP}039${NBSP}kr`);
});
