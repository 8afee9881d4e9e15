/**
 * Finding 10: the headers a static host sends. build/_headers (written by scripts/headers.mjs)
 * must hold the built page's own CSP plus frame-ancestors 'none', and in Chromium a page served
 * with those headers cannot be framed by another site. These tests use Playwright's plain `test`:
 * the blocked frame is supposed to log an error.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { openHome } from './fixtures';
import { portOf, serveStatic } from './static-server';

const BUILD = 'build';

function pageCsp(): string {
	const html = readFileSync(`${BUILD}/index.html`, 'utf8');
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)![1]!;
	return content
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

function headerLines(): Map<string, string> {
	const lines = readFileSync(`${BUILD}/_headers`, 'utf8').split('\n');
	const end = lines.findIndex((l, i) => i > 0 && l.length > 0 && !/^\s/.test(l));
	return new Map(
		lines
			.slice(1, end)
			.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])
	);
}

test('the built _headers file holds the built page’s CSP and the framing headers', () => {
	const csp = pageCsp().replace(/;\s*$/, '');
	const headers = headerLines();
	expect(headers.get('Content-Security-Policy')).toBe(`${csp}; frame-ancestors 'none'`);
	expect(headers.get('X-Frame-Options')).toBe('DENY');
	expect(headers.get('Referrer-Policy')).toBe('no-referrer');
	expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
	// The page's CSP has its inline script's hash, and workers from this origin only.
	expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
	expect(csp).toMatch(/worker-src 'self'(;|$)/);
	expect(csp).not.toMatch(/worker-src[^;]*blob:/);
});

test.describe('served with the headers', () => {
	let app: Server;
	let other: Server;
	// Both servers listen on ports the system picks, so this runs beside `npm start` and others.
	let appPort = 0;
	let otherPort = 0;
	test.beforeAll(async () => {
		app = await serveStatic(() => BUILD, 0, { headers: true });
		appPort = portOf(app);
		other = createServer((_, response) => {
			response.writeHead(200, { 'Content-Type': 'text/html' });
			response.end(`<!doctype html><iframe src="http://localhost:${appPort}/"></iframe>`);
		});
		await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
		otherPort = portOf(other);
	});
	test.afterAll(() => {
		app.close();
		other.close();
	});

	test('the page works under the header CSP, and another site cannot frame it', async ({
		page
	}) => {
		const violations: string[] = [];
		page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
		await page.goto(`http://localhost:${appPort}/`);
		await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
		await expect(page.getByRole('button', { name: 'Lagre', exact: true })).toBeVisible();
		expect(violations).toEqual([]);

		const framed = await page.context().newPage();
		const blocked = new Promise<string>((resolve) =>
			framed.on(
				'console',
				(m) => /frame-ancestors|Refused to (display|frame)/.test(m.text()) && resolve(m.text())
			)
		);
		await framed.goto(`http://127.0.0.1:${otherPort}/`);
		expect(await blocked).toMatch(/frame-ancestors|X-Frame-Options/);
		const frame = framed.frames().find((f) => f !== framed.mainFrame());
		expect(await frame?.locator('#svelte-announcer').count()).toBe(0);
	});
});

test('Trusted Types are enforced, and the page runs under them', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
	await openHome(page);
	// The page comes with the study's analysis; a change runs the analysis worker (created
	// through the page's own policy), which answers: a first-place probability is on screen.
	const worker = page.waitForEvent('worker');
	await page.getByRole('button', { name: 'Bosetting først' }).click();
	expect((await worker).url()).toMatch(/analysis\.worker/);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
	const pFirst = page
		.getByRole('table', { name: 'Modellene rangert etter vektet poengsum' })
		.locator('tbody tr')
		.first()
		.locator('td')
		.nth(2);
	await expect(pFirst).toHaveText(/^\s*\d+(,\d)?\u00a0%\s*$/, { timeout: 30_000 });
	// The service worker registered (through the page's policy, once the page was in use: the
	// mouse moved) and took over.
	await expect
		.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
		.toBe('activated');
	expect(problems, 'no Trusted Types violation while the page runs').toEqual([]);

	// A raw string into an HTML sink is refused, and so is a foreign script URL through the
	// page's policy and a raw string as a worker's URL.
	const refused = await page.evaluate(() => {
		const attempts: Record<string, () => unknown> = {
			innerHTML: () => (document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>'),
			worker: () => new Worker('/_app/version.json'),
			policy: () =>
				(
					window as unknown as {
						trustedTypes: { createPolicy(n: string, r: object): unknown };
					}
				).trustedTypes.createPolicy('traineevalg-script-url', {})
		};
		return Object.fromEntries(
			Object.entries(attempts).map(([name, attempt]) => {
				try {
					attempt();
					return [name, 'allowed'];
				} catch (error) {
					return [name, (error as Error).name];
				}
			})
		);
	});
	// innerHTML and the worker: TypeError (Trusted Types). A second policy of the same name:
	// refused too, so no script can take over the page's policy name.
	expect(refused).toEqual({ innerHTML: 'TypeError', worker: 'TypeError', policy: 'TypeError' });
});
