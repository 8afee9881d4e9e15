/**
 * The page at load, as Lighthouse 12.2.3 measures it (`npm run bench:page`): the production
 * build served with gzip (as any static host does), Lighthouse's mobile profile (a mid-range
 * phone, simulated slow 4G and 4× CPU slowdown) in Debian's Chromium. Prints the figures issue 11
 * sets targets for; asserts nothing.
 *
 * Targets: performance ≥ 90, total blocking time < 200 ms, largest contentful paint < 2.5 s,
 * cumulative layout shift < 0.1, accessibility 100. Runs `RUNS` times (default 3) and prints each
 * run and the median: on a shared machine single runs vary.
 *
 * Lighthouse is pinned to 12.2.3: 12.3 and later need Node 22. `LHR=/tmp/lhr.json` keeps the last
 * run's whole report (long tasks, script time per file).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const BUILD = resolve('build');
if (!existsSync(join(BUILD, 'index.html'))) {
	console.error('bench:page: no build; run `npm run build` first');
	process.exit(2);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2'
};

/** The build, gzipped where it helps, with long caching for hashed files. */
const server = createServer((request, response) => {
	const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
	let file = normalize(join(BUILD, path));
	if (!file.startsWith(BUILD) || !existsSync(file)) {
		response.writeHead(404).end();
		return;
	}
	if (statSync(file).isDirectory()) file = join(file, 'index.html');
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	let body = readFileSync(file);
	const headers: Record<string, string> = {
		'Content-Type': type,
		'Cache-Control': path.startsWith('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache'
	};
	if (/gzip/.test(String(request.headers['accept-encoding'])) && !/font|woff2/.test(type)) {
		body = gzipSync(body);
		headers['Content-Encoding'] = 'gzip';
	}
	response.writeHead(200, headers).end(body);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const RUNS = Number(process.env.RUNS ?? 3);
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});

interface Run {
	performance: number;
	accessibility: number;
	tbt: number;
	lcp: number;
	fcp: number;
	cls: number;
	script: number;
}

const runs: Run[] = [];
try {
	for (let i = 0; i < RUNS; i++) {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility'],
			// A fresh load each run: the service worker and caches of the last run are cleared.
			disableStorageReset: false
		});
		if (!result) throw new Error('Lighthouse returned no result');
		// LHR=<file>: keep the last run's full report, to see where the time goes.
		if (process.env.LHR) writeFileSync(process.env.LHR, JSON.stringify(result.lhr));
		const { categories, audits } = result.lhr;
		const run: Run = {
			performance: Math.round((categories.performance?.score ?? 0) * 100),
			accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
			tbt: audits['total-blocking-time']?.numericValue ?? NaN,
			lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
			fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
			cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
			script: audits['bootup-time']?.numericValue ?? NaN
		};
		runs.push(run);
		console.log(
			`run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}, ` +
				`TBT ${Math.round(run.tbt)} ms, LCP ${(run.lcp / 1000).toFixed(2)} s, ` +
				`FCP ${(run.fcp / 1000).toFixed(2)} s, CLS ${run.cls.toFixed(3)}, ` +
				`script ${(run.script / 1000).toFixed(2)} s`
		);
	}
} finally {
	await chrome.kill();
	server.close();
}

const median = (pick: (r: Run) => number) =>
	[...runs.map(pick)].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
console.log(
	[
		`median of ${runs.length} (Lighthouse 12.2.3, mobile, gzip):`,
		`  performance     ${median((r) => r.performance)}   (target ≥ 90)`,
		`  accessibility   ${median((r) => r.accessibility)}  (target 100)`,
		`  total blocking  ${Math.round(median((r) => r.tbt))} ms   (target < 200 ms)`,
		`  LCP             ${(median((r) => r.lcp) / 1000).toFixed(2)} s   (target < 2.5 s)`,
		`  CLS             ${median((r) => r.cls).toFixed(3)}   (target < 0.1)`,
		`  script time     ${(median((r) => r.script) / 1000).toFixed(2)} s`
	].join('\n')
);
