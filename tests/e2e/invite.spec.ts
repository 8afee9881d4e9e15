/**
 * Council mode, the member's side: the advisor makes an invitation link on the main page (copied,
 * and shown as a QR code big enough for a projector); a member opens it in a second browser, on a
 * phone (390×844), gives weights by the guided weighting and one judged score, names themself
 * and makes the answer link by keyboard; the answer link holds what they gave. Axe (WCAG 2.1 A
 * and AA) finds nothing in the invitation panel or the member view, the phone never scrolls
 * sideways, and the member's own scenario in that browser stays as it was. The invitation with
 * its QR code (1366 wide) and the member view (390×844) are screenshotted (test-results/) for a
 * human to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CRITERION_IDS, expect, openHome, ready, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MEETING = 'Regionrådet 12. mars';

async function axe(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	if (include) builder.include(include);
	const result = await builder.analyze();
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** The JSON in a link's fragment parameter (base64url), read the way any reader would. */
function fragmentJson(link: string, param: string): unknown {
	const value = new URLSearchParams(new URL(link).hash.slice(1)).get(param);
	if (value === null) throw new Error(`no '${param}' in ${link}`);
	return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
}

test('an invitation is answered on a phone and the answer link holds the answer', async ({
	page,
	browser
}) => {
	// Two browsers and a full answer on a busy two-core machine: more time, no sleeps.
	test.setTimeout(240_000);
	// The advisor, on the main page.
	await openHome(page);
	const council = page.getByRole('region', { name: 'Rådsmøte' });
	await council.getByRole('textbox', { name: 'Møtets navn' }).fill(MEETING);
	await council.getByRole('checkbox', { name: /egne vurderinger/ }).check();
	await council.getByRole('button', { name: 'Lag invitasjonslenke' }).click();
	const linkField = council.getByRole('textbox', { name: 'Invitasjonslenke' });
	await expect(linkField).toBeFocused();
	const invitation = await linkField.inputValue();
	expect(fragmentJson(invitation, 'i')).toEqual({
		version: 1,
		kind: 'invitation',
		meeting: MEETING,
		judgements: true
	});

	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await council.getByRole('button', { name: 'Kopier lenken' }).click();
	await expect(council.getByRole('status')).toHaveText('Lenken er kopiert.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(invitation);

	await council.getByRole('button', { name: 'Vis QR-kode' }).click();
	const qr = council.getByRole('img', { name: `QR-kode for invitasjonen til «${MEETING}»` });
	await expect(qr).toBeVisible();
	// Big enough for a projector: at least 20 rem (320 px) wide on a 1366 px screen.
	expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(320);
	await council.screenshot({ path: test.info().outputPath('invite-qr-1366.png') });
	expect(await axe(page, '#council')).toEqual([]);

	// A member, on their own phone.
	const phoneContext = await browser.newContext({
		viewport: { width: 390, height: 844 },
		locale: 'nb-NO',
		hasTouch: true,
		isMobile: true
	});
	const phone = await phoneContext.newPage();
	const problems: string[] = [];
	phone.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	phone.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	await phone.goto(invitation);
	await expect(
		phone.getByRole('heading', { level: 2, name: `Ditt svar til «${MEETING}»` })
	).toBeVisible();
	await expect(phone.getByText('Ingenting forlater telefonen din')).toBeVisible();
	// The calculator is not there behind it, nor the header's shortcuts to its parts.
	await expect(phone.getByRole('heading', { name: 'Svaret', exact: true })).toHaveCount(0);
	await expect(phone.getByRole('navigation', { name: 'Snarveier' })).toBeHidden();
	expect(await axe(phone)).toEqual([]);
	await phone.screenshot({ path: test.info().outputPath('member-390.png') });

	// The guided weighting, by keyboard: ownership matters most, competition 50, company-cost
	// 25, the rest nothing.
	const guide = phone.getByRole('button', { name: 'Hjelp meg å vekte' });
	await guide.focus();
	await phone.keyboard.press('Enter');
	const region = phone.getByRole('region', { name: 'Hjelp meg å vekte' });
	await region.getByRole('radio', { name: /^Eierskap og organisering/ }).check();
	for (const id of CRITERION_IDS) {
		if (id === 'ownership') continue;
		await region
			.locator(`[data-swing="${id}"] input`)
			.fill(id === 'competition' ? '50' : id === 'company-cost' ? '25' : '0');
	}
	await region.getByRole('button', { name: 'Bruk disse vektene' }).press('Enter');
	await expect(guide).toBeFocused();
	// 100 + 50 + 25 = 175: ownership 100/175 = 57,1 %.
	await expect(phone.locator('[data-criterion="ownership"] .share')).toHaveText('57,1\u00a0%');

	// One judged score: own-scheme's competition, 1 in the study, is 3 to this member.
	await phone.getByRole('button', { name: 'Vis vurderingene' }).click();
	await phone
		.getByRole('combobox', {
			name: 'Egen ordning: poeng for «Ingen konkurranse med eksisterende ordninger»'
		})
		.selectOption('3');
	await expect(phone.getByText('forstudien: 1')).toBeVisible();

	await phone.getByRole('textbox', { name: 'Navnet ditt' }).fill('Kari Nordmann');
	await phone.getByRole('button', { name: 'Lag svaret' }).focus();
	await phone.keyboard.press('Enter');
	const answerField = phone.getByRole('textbox', { name: 'Svarlenke' });
	await expect(answerField).toBeFocused();
	await expect(phone.getByRole('button', { name: 'Last ned svarfil' })).toBeVisible();
	expect(await axe(phone)).toEqual([]);
	expect(
		await phone.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		)
	).toBe(false);
	await answerField.scrollIntoViewIfNeeded();
	await phone.screenshot({ path: test.info().outputPath('member-answer-390.png') });

	const answer = await answerField.inputValue();
	expect(answer.startsWith(new URL(invitation).origin)).toBe(true);
	const weights = Object.fromEntries(CRITERION_IDS.map((id) => [id, 0]));
	weights['ownership'] = 100;
	weights['competition'] = 50;
	weights['company-cost'] = 25;
	expect(fragmentJson(answer, 'a')).toEqual({
		version: 1,
		kind: 'answer',
		meeting: MEETING,
		name: 'Kari Nordmann',
		weights,
		swing: { points: weights },
		// Only the changed parts, as a scenario keeps them: score 3, the range widened to 3.
		judgements: { competition: { 'own-scheme': { score: 3, high: 3 } } }
	});

	// The member's own page in that browser is untouched: the study's weights, not theirs
	// (the study's preset gives ownership 15 points, data/criteria.json).
	await phone.getByRole('link', { name: 'Gå til den vanlige siden' }).click();
	await expect(phone.getByRole('heading', { name: 'Svaret', exact: true })).toBeVisible();
	await ready(phone);
	await expect(phone.getByLabel('Poeng for «Eierskap og organisering»')).toHaveValue('15');
	await expect(phone.getByRole('navigation', { name: 'Snarveier' })).toBeVisible();
	expect(problems).toEqual([]);
	await phoneContext.close();
});

test('a tampered invitation says which field and offers the ordinary page', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const bad = Buffer.from(
		JSON.stringify({ version: 1, kind: 'invitation', meeting: '', judgements: false })
	).toString('base64url');
	await page.goto(`/#i=${bad}`);
	await expect(page.getByRole('alert')).toContainText('feltet «meeting» har feil form');
	expect(await axe(page)).toEqual([]);
	await page.getByRole('link', { name: 'Gå til den vanlige siden' }).click();
	await expect(page.getByRole('heading', { name: 'Svaret', exact: true })).toBeVisible();
	expect(new URL(page.url()).hash).toBe('');
});
