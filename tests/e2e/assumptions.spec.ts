import AxeBuilder from '@axe-core/playwright';
import { NBSP, expect, openHome, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TI_FEE = 'trainee-innlandet.serviceFeePerTraineePerTertial';

test.describe('the assumptions editor', () => {
	test('marks a changed Trainee Innlandet fee and explains a refused one', async ({ page }) => {
		await openHome(page);
		const group = page.locator('details[data-group="trainee-innlandet"]');
		await group.locator('summary').click();
		const row = page.locator(`[data-parameter="${TI_FEE}"]`);
		const fee = row.getByLabel('Servicekostnad per trainee per tertial', { exact: true });
		await expect(fee).toHaveValue(`29${NBSP}013`);
		await expect(row.locator('.mark')).toHaveCount(0);

		await fee.fill('30 000');
		// Typed, not applied: a half-typed value never drives the results.
		await expect(row.locator('.mark')).toHaveCount(0);
		await fee.press('Enter');
		await expect(row.locator('.mark')).toHaveText('endret');
		await expect(row.locator('.mark')).toBeVisible();
		await expect(fee).toHaveAccessibleDescription(
			new RegExp(`endret fra 29${NBSP}013${NBSP}kr per trainee per tertial`)
		);
		await expect(group.locator('summary')).toContainText('1 endret');
		// Leaving the field shows the value in force, formatted.
		await fee.press('Tab');
		await expect(fee).toHaveValue(`30${NBSP}000`);

		await fee.fill('-5');
		await fee.press('Enter');
		await expect(fee).toHaveAttribute('aria-invalid', 'true');
		const message = row.locator('.error');
		await expect(message).toBeVisible();
		expect(await message.textContent()).toBe(
			`Utenfor grensene: må være innenfor 0–1${NBSP}000${NBSP}000${NBSP}000${NBSP}kr per trainee per tertial. ` +
				`Beregningen bruker fortsatt 30${NBSP}000${NBSP}kr per trainee per tertial.`
		);
		await expect(group.locator('summary')).toContainText('1 ugyldig');

		// No WCAG problems in the panel with a group open, a change and an error showing.
		const axe = await new AxeBuilder({ page })
			.include('section[aria-labelledby="assumptions-heading"]')
			.withTags(WCAG_TAGS)
			.analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		await row
			.getByRole('button', { name: /^Tilbakestill «Servicekostnad per trainee per tertial»/ })
			.click();
		await expect(fee).toHaveValue(`29${NBSP}013`);
		await expect(message).toHaveCount(0);
		await expect(row.locator('.mark')).toHaveCount(0);
	});

	test("reads '510.000' typed the study's way as 510 000 kr, never 510", async ({ page }) => {
		await openHome(page);
		const group = page.locator('details[data-group="trainee-innlandet"]');
		await group.locator('summary').click();
		const salary = page
			.locator('[data-parameter="trainee-innlandet.salaryYear1"]')
			.getByLabel('Lønn år 1', { exact: true });
		await salary.fill('510.000');
		await salary.press('Enter');
		await expect(salary).toHaveValue(`510${NBSP}000`);
		await expect(salary).not.toHaveAttribute('aria-invalid');
		// Mixed separators cannot be read one way only: refused with a message, 510 000 still in force.
		await salary.fill('5.40.000');
		await salary.press('Enter');
		await expect(salary).toHaveAttribute('aria-invalid', 'true');
	});

	test('sets the employer’s contribution from the host municipality', async ({ page }) => {
		await openHome(page);
		const rate = page.getByLabel('Arbeidsgiveravgift', { exact: true });
		const zone = page
			.locator('#assumptions')
			.getByLabel('Vertskommune (sone for arbeidsgiveravgift)');
		await expect(rate).toHaveValue('14,1');
		await zone.selectOption('Stor-Elvdal');
		await expect(rate).toHaveValue('6,4');
		await rate.fill('7');
		await rate.press('Enter');
		await expect(zone).toHaveValue('custom');
	});

	test('moves a weight with the keyboard only, and the share follows', async ({ page }) => {
		await openHome(page);
		// The control before the first slider, then Tab as a keyboard user would.
		await page.getByRole('button', { name: 'Vis forklaringer' }).focus();
		await page.keyboard.press('Tab');
		const slider = page.locator(':focus');
		await expect(slider).toHaveRole('slider');
		await expect(slider).toHaveAccessibleName('Treffer regionens kompetansebehov');
		const share = page.locator('[data-criterion="competence-fit"] .share');
		await expect(share).toHaveText(`15${NBSP}%`);

		await page.keyboard.press('ArrowRight');
		// 16 points of 100 − 15 + 16 = 101: 16/101 = 0.1584… → 15,8 %.
		await expect(slider).toHaveValue('16');
		await expect(share).toHaveText(`15,8${NBSP}%`);
		await expect(
			page.getByRole('textbox', { name: 'Poeng for «Treffer regionens kompetansebehov»' })
		).toHaveValue('16');
		expect(await page.evaluate(() => performance.getEntriesByName('weight-input').length)).toBe(1);
		// No preset matches any more.
		await expect(
			page.getByRole('button', { name: 'Verktøyets lesning av forstudien' })
		).toHaveAttribute('aria-pressed', 'false');
	});
});
