/**
 * The judged scores in the open: a user edits one on the page, and the ranking, the PDF's audit
 * trail and a share link all carry it; the page has no accessibility violations with the matrix
 * and an editor open. The expected score is worked out from what the page itself shows (the
 * judgement and the weight's share), with the scoring rule written out below.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openHome, ready, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CELL = 'tr[data-model="trainee-innlandet"] .cell[data-criterion="ownership"]';

/** Parse a number as the page writes it in nb-NO (`0,731`, `15 %`). */
function nbNumber(text: string): number {
	return Number(
		text
			.replace(/[\s\u00a0\u202f%]/g, '')
			.replace('\u2212', '-')
			.replace(',', '.')
	);
}

async function tiScore(page: Page): Promise<number> {
	const row = page
		.getByRole('table', { name: 'Modellene rangert etter vektet poengsum' })
		.locator('tbody tr')
		.filter({ has: page.locator('th', { hasText: 'Trainee Innlandet' }) });
	return nbNumber((await row.locator('td').nth(1).textContent()) ?? '');
}

async function openMatrix(page: Page): Promise<void> {
	const toggle = page.getByRole('button', { name: 'Vis og endre vurderingene' });
	await toggle.click();
	await expect(page.getByRole('button', { name: 'Skjul vurderingene' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
}

function pdfText(file: string): string {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
		/[\s\u00a0\u202f]+/g,
		' '
	);
}

test('a judged score edited on the page moves the ranking, the PDF audit trail and a share link', async ({
	page,
	browser
}) => {
	// Edit, axe, PDF export and a second browser: a long walk on a busy machine.
	test.setTimeout(120_000);
	await openHome(page);
	await openMatrix(page);
	const cell = page.locator(CELL);
	const chip = cell.getByRole('button', {
		name: /^Endre vurderingen av Trainee Innlandet på «Eierskap og organisering»/
	});
	const before = nbNumber(((await chip.locator('.text').textContent()) ?? '').split('(')[0]!);
	const share =
		nbNumber(
			(await page.locator('.weight[data-criterion="ownership"] .share').textContent()) ?? ''
		) / 100;
	const scoreBefore = await tiScore(page);

	await chip.click();
	const score = cell.getByLabel('Vurdering', { exact: true });
	await expect(score).toBeFocused();
	await score.selectOption('1');
	await expect(cell.locator('.changed-mark')).toContainText('endret fra');
	await expect(page.getByText('1 vurdering er endret.')).toBeVisible();

	// A judged value is (judgement − 1) / 4, and the score is Σ share × value: moving Trainee
	// Innlandet's ownership from `before` to 1 takes share × (before − 1) / 4 off its score.
	const expected = scoreBefore - (share * (before - 1)) / 4;
	await expect.poll(() => tiScore(page)).toBeCloseTo(expected, 2);
	await expect(page.getByTestId('change-count')).toHaveText('1 endring fra forstudien');

	// Accessibility with the matrix and an editor open.
	const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

	// The PDF's audit trail.
	await page.getByRole('button', { name: 'Møtesammendrag', exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Last ned møtesammendrag (PDF)' }).click()
	]);
	const file = join(mkdtempSync(join(tmpdir(), 'traineevalg-i8-')), download.suggestedFilename());
	await download.saveAs(file);
	const text = pdfText(file);
	expect(text).toContain('Endret fra forstudien: 0 tall, 0 vekter og 1 vurderinger');
	expect(text).toContain('Endrede vurderinger (1–5)');
	expect(text).toMatch(/Trainee Innlandet: Eierskap og organisering \d+ \([^)]*\) 1 \(1–\d\)/);
	expect(text).toContain('Gitt disse vurderingene og vektene');

	// A share link carries it to a fresh browser.
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Kopier delingslenke', exact: true }).click();
	const link = await page.getByLabel('Delingslenke for scenarioet slik det er nå').inputValue();
	const other = await browser.newContext({ locale: 'nb-NO' });
	const fresh = await other.newPage();
	await fresh.goto(link);
	await ready(fresh);
	await expect(fresh.getByTestId('change-count')).toHaveText('1 endring fra forstudien');
	await openMatrix(fresh);
	await expect(fresh.locator(CELL).locator('.text')).toHaveText(/^1 \(1–\d\)$/);
	await expect(fresh.locator(CELL).locator('.changed-mark')).toBeVisible();
	await expect.poll(() => tiScore(fresh)).toBeCloseTo(expected, 2);
	await other.close();
});

test('the matrix reads as cards at phone width, without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openHome(page);
	await openMatrix(page);
	const card = page.locator('tr[data-model="fjelltrainee"]');
	await expect(card.locator('.cell-label').first()).toBeVisible();
	await expect(card.locator('.cell-label').first()).toHaveText('Treffer regionens kompetansebehov');
	const widths = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		window.innerWidth
	]);
	expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
});

/** The model ranked first in the ranking table. */
async function leader(page: Page): Promise<string> {
	const first = page
		.getByRole('table', { name: 'Modellene rangert etter vektet poengsum' })
		.locator('tbody tr')
		.first();
	return ((await first.locator('th').first().textContent()) ?? '').trim();
}

test('the county question: one control, and the two answers give different leaders or say why not', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openHome(page);
	const yes = page.getByRole('radio', { name: 'Fylket sier ja' });
	const no = page.getByRole('radio', { name: 'Fylket sier nei' });

	// Keyboard: Tab reaches the group; the arrow keys move between the answers.
	await yes.focus();
	await page.keyboard.press('Space');
	await expect(yes).toBeChecked();
	await page.keyboard.press('ArrowRight');
	await expect(no).toBeChecked();
	// One step sets the grants and the judged funding (data/county-question.json, 'no'): the
	// consortium's and Fjelltrainee's county grants to 0 (2 values; the study has 400 000 each)
	// and funding certainty and county funding of both to 1 [1–1] (4 judgements) → 6 changes.
	await expect(page.getByTestId('change-count')).toHaveText('6 endringer fra forstudien');

	// The default weights: the same leader under both answers, and the page says why.
	await yes.check();
	const underYes = await leader(page);
	await no.check();
	const underNo = await leader(page);
	expect(underYes).toBe(underNo);
	await expect(page.getByTestId('county-outcome').first()).toContainText(
		`kommer ${underNo} først uansett svar`
	);

	// The study's own order: the answer decides (§5.2): yes → the consortium, no → Trainee Innlandet.
	await page.getByRole('button', { name: 'Forstudiens rekkefølge' }).click();
	await yes.check();
	await expect.poll(() => leader(page)).toBe('Næringshagesamarbeid');
	await no.check();
	await expect.poll(() => leader(page)).toBe('Trainee Innlandet');
	await expect(page.getByTestId('county-outcome').first()).toContainText(
		'avgjør svaret førsteplassen: ja gir Næringshagesamarbeid først, nei gir Trainee Innlandet først'
	);
});
