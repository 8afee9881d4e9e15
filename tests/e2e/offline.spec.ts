import { expect, openHome, ready, test } from './fixtures';

test('after the first visit the page works with no network (service worker)', async ({
	page,
	context,
	pageProblems
}) => {
	await openHome(page);
	// The service worker is registered once the page is in use (the mouse moved in openHome) and
	// caches the whole build on install; wait until it controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
	});
	await context.setOffline(true);
	await page.reload();
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Traineevalg' })).toBeVisible();
	await expect(page.locator('article[data-model]')).toHaveCount(6);
	// The engine runs offline too: switching language re-renders computed text.
	await page.getByRole('combobox', { name: /Språk/ }).selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await context.setOffline(false);
	// Requests that failed while offline are expected here, nothing else.
	pageProblems.splice(
		0,
		pageProblems.length,
		...pageProblems.filter((p) => !p.startsWith('request failed'))
	);
});
