/**
 * Finding 9 of "Nothing lost": a new version deployed while a page is open. Two builds are
 * served one after the other from one origin. The second is the first with every file under
 * `_app/immutable/` renamed (as a real rebuild with changed code renames its hashed chunks) and a
 * new version string, so the lazy chunks the open page still needs (the PDF builder, Chart.js,
 * the comparison) no longer exist on the server. The page opened on the first build must still
 * export a PDF after the second is installed, say once that a new version is ready, and reload
 * into it keeping the scenario.
 */
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ready, test } from './fixtures';
import { portOf, serveStatic } from './static-server';

const BUILD = 'build';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** The CSP source of the page's one inline script: 'sha256-…' of its text. */
function inlineScriptHash(html: string): string {
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
	return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** A copy of `build` as the next deployment: new chunk names, a new version. */
function nextBuild(): { dir: string; renamed: Map<string, string> } {
	const dir = mkdtempSync(join(tmpdir(), 'traineevalg-next-'));
	cpSync(BUILD, dir, { recursive: true });
	const renamed = new Map<string, string>();
	for (const file of filesUnder(join(dir, '_app', 'immutable'))) {
		const name = file.slice(file.lastIndexOf('/') + 1);
		const next = name.replace(/\.(js|css|ttf|woff2)$/, '.next.$1');
		if (next === name) continue;
		renameSync(file, file.slice(0, -name.length) + next);
		renamed.set(name, next);
	}
	const text = filesUnder(dir).filter((f) => /\.(html|js|css|json)$/.test(f));
	for (const file of text) {
		let content = readFileSync(file, 'utf8');
		for (const [from, to] of renamed) content = content.split(from).join(to);
		writeFileSync(file, content);
	}
	// The page's inline bootstrap names the entry chunks, so its CSP hash changes with them.
	const page = join(dir, 'index.html');
	const html = readFileSync(page, 'utf8');
	const before = inlineScriptHash(readFileSync(join(BUILD, 'index.html'), 'utf8'));
	writeFileSync(page, html.split(before).join(inlineScriptHash(html)));
	// The version SvelteKit wrote into the service worker and version.json.
	const { version } = JSON.parse(readFileSync(join(dir, '_app', 'version.json'), 'utf8')) as {
		version: string;
	};
	for (const file of [join(dir, 'service-worker.js'), join(dir, '_app', 'version.json')]) {
		writeFileSync(file, readFileSync(file, 'utf8').split(version).join(`${version}-next`));
	}
	return { dir, renamed };
}

let server: Server;
let root = BUILD;
let next: ReturnType<typeof nextBuild>;

test.beforeAll(async () => {
	next = nextBuild();
	server = await serveStatic(() => root);
});
test.afterAll(() => server.close());

test('a page open during an update keeps working, exports its PDF and offers the reload', async ({
	page
}) => {
	root = BUILD;
	const base = `http://localhost:${portOf(server)}`;
	await page.goto(`${base}/`);
	await ready(page);
	// The first install caches this build and takes the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
	});
	// A change of the user's, to be kept across the reload into the new version.
	await page.getByRole('button', { name: 'Bosetting først' }).click();
	await expect(page.getByRole('button', { name: /Bosetting først/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// Deploy the second build. The first build's lazy chunks are gone from the server now.
	root = next.dir;
	const pdfChunk = readdirSync(join(BUILD, '_app/immutable/chunks')).find((f) =>
		readFileSync(join(BUILD, '_app/immutable/chunks', f), 'utf8').includes(
			'denied by resource access policy'
		)
	)!;
	expect((await fetch(`${base}/_app/immutable/chunks/${pdfChunk}`)).status).toBe(404);

	// The page looks for a new version when it becomes visible again or on its timer; the test
	// asks at once, as the timer would.
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	const notice = page.getByTestId('update-notice');
	await expect(notice).toContainText('En ny versjon av siden er klar');

	// Still on the first build, the PDF builder loads from the kept cache and the export works.
	await page.getByRole('button', { name: 'Møtesammendrag', exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Last ned møtesammendrag (PDF)' }).click()
	]);
	const file = join(mkdtempSync(join(tmpdir(), 'traineevalg-update-')), 'm.pdf');
	await download.saveAs(file);
	expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

	// Reload into the new version: the scripts now come from the second build, and the
	// user's change is still there.
	const reloaded = page.waitForEvent('load');
	await notice.getByRole('button', { name: 'Last inn ny versjon' }).click();
	await reloaded;
	const scripts = await page.evaluate(() =>
		performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
	);
	expect(scripts.some((path) => path.endsWith('.next.js'))).toBe(true);
	await ready(page);
	await expect(page.getByRole('button', { name: /Bosetting først/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByTestId('update-notice')).toHaveCount(0);
});
