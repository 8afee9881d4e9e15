/**
 * Shared end-to-end helpers. Every test fails if the page logs a console error, throws, a
 * request fails (other than one cancelled by a navigation), or it breaks its Content Security Policy (Chromium reports CSP violations as console errors; the
 * securitypolicyviolation listener makes sure none slips through silently).
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import criteriaJson from '../../data/criteria.json' with { type: 'json' };

export const test = base.extend<{ pageProblems: string[] }>({
	pageProblems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('requestfailed', (request) => {
				// A request the browser itself cancels because the test navigated away (the
				// favicon, a preload) is not a fault of the page; any other failure is.
				if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
				problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(
						`CSP violation: ${event.violatedDirective} (${event.blockedURI || 'inline'}) at ` +
							`${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`
					);
				});
			});
			await use(problems);
			expect(problems, 'console errors, page errors and CSP violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Wait until the app has hydrated (SvelteKit mounts its announcer), then move the mouse as a
 * reader at a computer does: the sections below the first screen are built on the reader's first
 * input or when scrolled near (state/reveal.svelte.ts), and most tests use them. Returns when
 * all of them are built, so a test starts on the whole page.
 */
export async function ready(page: Page): Promise<void> {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
	await page.mouse.move(2, 2);
	await page.mouse.move(3, 3);
	// Every section is built (one per task): a wrapper still empty is one waiting; and every
	// island of the first screen is live (components/Island.svelte).
	await expect(page.locator('.deferred:empty')).toHaveCount(0);
	await expect(page.locator('.island:not([data-live])')).toHaveCount(0);
}

/** Open the first page, hydrated, with every section built (`ready`). */
export async function openHome(page: Page): Promise<void> {
	await page.goto('/');
	await ready(page);
}

/** The figure row (dt + dd) labelled `label` on the card of model `modelId`. */
export function figureRow(page: Page, modelId: string, label: string): Locator {
	return page
		.locator(`article[data-model="${modelId}"] .figure`)
		.filter({ has: page.locator('dt', { hasText: label }) });
}

/** The exact text of a figure's value, no-break spaces and all. */
export async function figureValue(page: Page, modelId: string, label: string): Promise<string> {
	return (await figureRow(page, modelId, label).locator('.value').textContent()) ?? '';
}

export const NBSP = '\u00a0';

/**
 * The text field of parameter `id` (labelled `label`) in the assumptions, its model's group
 * opened first.
 */
export async function parameterField(
	page: Page,
	group: string,
	id: string,
	label: string
): Promise<Locator> {
	await page.locator(`details[data-group="${group}"] summary`).click();
	return page.locator(`[data-parameter="${id}"]`).getByLabel(label, { exact: true });
}

/** Trainee Innlandet's service fee per trainee and tertial (§4.1: 29 013 kr), as a reader types it. */
export async function enterTiServiceFee(page: Page, text: string): Promise<void> {
	const field = await parameterField(
		page,
		'trainee-innlandet',
		'trainee-innlandet.serviceFeePerTraineePerTertial',
		'Servicekostnad per trainee per tertial'
	);
	await enter(field, text);
}

/** A model's row in the answer's key figures. */
export function answerRow(page: Page, model: string): Locator {
	return page.getByRole('region', { name: 'Svaret' }).locator(`tr[data-model="${model}"]`);
}

/** Type `text` into a field and commit it with Enter, as a reader does. */
export async function enter(field: Locator, text: string): Promise<void> {
	await field.fill(text);
	await field.press('Enter');
}

/**
 * The 13 criterion ids in data order, read from the data file (data/criteria.json) rather than
 * from the app under test.
 */
export const CRITERION_IDS: readonly string[] = criteriaJson.criteria.map((c) => c.id);
