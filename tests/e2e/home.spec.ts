import AxeBuilder from '@axe-core/playwright';
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import { expect, figureRow, figureValue, NBSP, openHome, ready, test } from './fixtures';

const SCREENSHOTS = 'tests/e2e/screenshots';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('the first page', () => {
	test('shows the six models with the study’s figures', async ({ page }) => {
		await openHome(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Traineevalg');
		const cards = page.getByRole('article');
		await expect(cards).toHaveCount(6);
		expect(
			await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-model')))
		).toEqual([
			'own-scheme',
			'fagskole-scheme',
			'trainee-innlandet',
			'fjelltrainee',
			'naeringshage-consortium',
			'status-quo'
		]);

		// Trainee Innlandet, §4.1.
		expect(await figureValue(page, 'trainee-innlandet', 'Medlemskontingent')).toBe(
			`20${NBSP}000${NBSP}kr per bedrift per år`
		);
		expect(await figureValue(page, 'trainee-innlandet', 'Servicekostnad')).toBe(
			`29${NBSP}013${NBSP}kr per trainee per tertial`
		);
		expect(await figureValue(page, 'trainee-innlandet', 'Lønn år 1')).toBe(
			`540${NBSP}000${NBSP}kr per år`
		);
		expect(await figureValue(page, 'trainee-innlandet', 'Lønn år 2')).toBe(
			`600${NBSP}000${NBSP}kr per år`
		);
		// Retention is a range of sources: 80 % (TI's own survey, §4.1) down to 50 % three years after
		// (Distriktssenteret; 54 % in §1.5), so the card shows 50–80 %.
		expect(await figureValue(page, 'trainee-innlandet', 'Blir i regionen')).toBe(
			`50\u201380${NBSP}%`
		);
		expect(await figureValue(page, 'trainee-innlandet', 'Medlemsbedrifter')).toBe('57\u201360');

		// Fjelltrainee, §4.2.
		expect(await figureValue(page, 'fjelltrainee', 'Medlemsavgift')).toBe(
			`9${NBSP}500${NBSP}kr per bedrift per år`
		);
		// §4.2: "et tillegg på kr. 7500 hvis de ansetter traineer"; read as per trainee per year (assumption).
		expect(await figureValue(page, 'fjelltrainee', 'Tillegg ved ansettelse')).toBe(
			`7${NBSP}500${NBSP}kr per trainee per år`
		);
		expect(await figureValue(page, 'fjelltrainee', 'Tilskudd fra Trøndelag')).toBe(
			`400${NBSP}000${NBSP}kr per år`
		);
		expect(await figureValue(page, 'fjelltrainee', 'Blir i regionen')).toBe(`50${NBSP}%`);

		// An assumption carries a visible tag; a fact does not.
		await expect(
			figureRow(page, 'own-scheme', 'Prosjektleder').getByText('antakelse', { exact: true })
		).toBeVisible();
		await expect(
			figureRow(page, 'trainee-innlandet', 'Medlemskontingent').getByText('antakelse', {
				exact: true
			})
		).toHaveCount(0);

		// Every source is listed in the footer.
		const sourceList = page.getByRole('region', { name: 'Kilder' });
		await expect(sourceList.getByRole('listitem')).toHaveCount(sourcesJson.sources.length);
	});

	test('shows a figure’s source on hover', async ({ page }) => {
		await openHome(page);
		const row = figureRow(page, 'trainee-innlandet', 'Medlemskontingent');
		const tip = row.getByRole('tooltip');
		expect((await tip.boundingBox())?.width).toBeLessThanOrEqual(1);

		await row.getByRole('button', { name: 'Kilde' }).hover();
		await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeGreaterThan(150);
		await expect(tip).toContainText('Forstudien §4.1');
		await expect(tip).toContainText('årlig medlemskontingent på kr. 20.000');
		// The tooltip is on top of whatever lies below it.
		const onTop = await tip.evaluate((el) => {
			const box = el.getBoundingClientRect();
			const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
			return hit !== null && el.contains(hit);
		});
		expect(onTop).toBe(true);

		// Escape hides it without moving the pointer (WCAG 1.4.13) ...
		await page.keyboard.press('Escape');
		await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
		// ... and leaving hides it too; coming back shows it again.
		await page.mouse.move(0, 0);
		await row.getByRole('button', { name: 'Kilde' }).hover();
		await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeGreaterThan(150);
		await page.mouse.move(0, 0);
		await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
	});

	test('shows a figure’s source on keyboard focus, and Escape hides it', async ({ page }) => {
		await openHome(page);
		// Put focus just before the first card's first source button, then reach it with Tab.
		const firstSource = page.locator('article[data-model] button', { hasText: 'Kilde' }).first();
		await firstSource.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');

		const focused = page.locator(':focus');
		await expect(focused).toHaveText('Kilde');
		const tipId = await focused.getAttribute('aria-describedby');
		const tip = page.locator(`[id="${tipId}"]`);
		await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeGreaterThan(150);
		// The first figure on the page: Trainee Innlandet members in the region, §1.3.
		await expect(tip).toContainText('Forstudien §1.3');

		await page.keyboard.press('Escape');
		await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

		await page.keyboard.press('Tab');
		const nextTip = page.locator(`[id="${await focused.getAttribute('aria-describedby')}"]`);
		await expect.poll(async () => (await nextTip.boundingBox())?.width ?? 0).toBeGreaterThan(150);
		await expect(nextTip).toContainText('NHOs kompetansebarometer 2023');
	});

	test('switches to English and remembers it after a reload', async ({ page }) => {
		await openHome(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		await page.getByLabel('Språk').selectOption('en');

		await expect(page.getByRole('heading', { level: 2, name: 'The models' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(await figureValue(page, 'trainee-innlandet', 'Membership fee')).toBe(
			`NOK${NBSP}20,000 per company per year`
		);
		await expect(page).toHaveTitle(/compare models/);

		await page.reload();
		await ready(page);
		await expect(page.getByLabel('Language')).toHaveValue('en');
		await expect(page.getByRole('heading', { level: 2, name: 'The models' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(await figureValue(page, 'fjelltrainee', 'Grant from Trøndelag')).toBe(
			`NOK${NBSP}400,000 per year`
		);
		expect(await page.evaluate(() => localStorage.getItem('traineevalg.lang'))).toBe('en');

		await page.getByLabel('Language').selectOption('nb');
		await expect(page.getByRole('heading', { level: 2, name: 'Modellene' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	});

	for (const lang of ['nb', 'en'] as const) {
		test(`has no WCAG 2.1 A/AA violations (axe) in ${lang}`, async ({ page }) => {
			// Two axe runs over the whole page and a full-page screenshot: slow on a busy machine.
			test.slow();
			await openHome(page);
			if (lang === 'en') {
				await page.getByLabel('Språk').selectOption('en');
				await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			}
			const closed = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(closed.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

			// Again with a tooltip open.
			await figureRow(page, 'fjelltrainee', lang === 'nb' ? 'Medlemsavgift' : 'Membership fee')
				.getByRole('button')
				.focus();
			const open = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(open.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

			await page.mouse.move(0, 0);
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await page.screenshot({ path: `${SCREENSHOTS}/home-${lang}-1366x768.png`, fullPage: true });
		});
	}

	const layouts = [
		{ width: 1366, height: 768, columns: 3 },
		{ width: 1920, height: 1080, columns: 3 },
		{ width: 768, height: 1024, columns: 2 }
	];
	for (const { width, height, columns } of layouts) {
		test(`lays the cards out in ${columns} columns at ${width}×${height}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await openHome(page);
			// The model cards are the last section built after the first input.
			await expect(page.getByRole('article')).toHaveCount(6);
			const lefts = await page
				.getByRole('article')
				.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
			expect(new Set(lefts).size).toBe(columns);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			const fontSize = await page.evaluate(() => getComputedStyle(document.body).fontSize);
			expect(fontSize).toBe('18px');
			await page.screenshot({
				path: `${SCREENSHOTS}/home-nb-${width}x${height}.png`,
				fullPage: true
			});
		});
	}
});
