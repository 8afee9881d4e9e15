import { expect, openHome, test } from './fixtures';

/** The model names in the ranking table, best first. */
async function rankedModels(page: import('@playwright/test').Page): Promise<string[]> {
	const table = page.getByRole('table', { name: 'Modellene rangert etter vektet poengsum' });
	return table.locator('tbody tr th[scope="row"]').allTextContents();
}

test('a weight preset re-ranks the models at once', async ({ page }) => {
	await openHome(page);
	const before = (await rankedModels(page)).map((s) => s.trim()).filter(Boolean);
	// The study's judgement: the zero alternative beats the own scheme (it costs nothing and
	// needs no owner) — it adds no graduates, which the study's weights count 15 %.
	expect(before.indexOf('Nullalternativet')).toBeLessThan(before.indexOf('Egen ordning'));
	await page.getByRole('button', { name: 'Bosetting først' }).click();
	await expect(page.getByRole('button', { name: /Bosetting først/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// With 40 % on graduates retained and 15 % on fit, the zero alternative (no new graduates,
	// lowest fit) must fall to last, below the own scheme.
	await expect
		.poll(async () =>
			(await rankedModels(page))
				.map((s) => s.trim())
				.filter(Boolean)
				.at(-1)
		)
		.toBe('Nullalternativet');
});
