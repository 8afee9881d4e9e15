#!/usr/bin/env node
// Initial JavaScript of the built page, gzipped: every script the prerendered page loads before
// any interaction (its modulepreload links and the entry imports of its bootstrap script),
// following their static imports. Fails (exit 1) above the budget. Run after `npm run build`.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// History: 110 kB until the storage module (it restores the draft before first paint) came in;
// 115 kB until issue 8's judgements (13 criteria with a rationale and range for every judged
// score, fixed value scales, the county question) and issue 9's host municipalities came in,
// measured at 124.0 kB after the PDF's and CLI's messages left the page's download (−6.2 kB).
// Issue 11's answer panel and "Min bedrift" added 5.8 kB (129.9 kB); the parts below the first
// screen (county question, weights, assumptions, model cards, Min bedrift) now load after the
// page: 124.4 kB. The CSV downloads (+1.1 kB) came in with the scenario bar moved after the
// page: 123.4 kB.
// Council mode's group view (issue 13, loaded on request) split the page's shared modules into
// ever more small chunks by which lazy parts share them (125.6 kB in 25 files): vite.config.ts now
// puts every module the page loads at once into one chunk, 118.4 kB in 6 files.
// Next to move out (issue 11): the judgement rationales, loaded with the matrix and the PDF
// (about 3.4 kB), and the fixed scales precomputed at build (about 3 kB).
const BUDGET_KB = 125;
const root = resolve('build');
const page = join(root, 'index.html');
if (!existsSync(page)) {
	console.error('size: build/index.html is missing; run `npm run build` first');
	process.exit(2);
}
const html = readFileSync(page, 'utf8');
const entries = new Set();
for (const tag of html.match(/<link[^>]*>/g) ?? []) {
	const href = tag.match(/href="([^"]+)"/);
	if (/rel="modulepreload"/.test(tag) && href) entries.add(href[1]);
}
for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) entries.add(m[1]);

const toPath = (href, from) =>
	href.startsWith('/') ? join(root, href) : resolve(from ? dirname(from) : root, href);
const seen = new Map();
const queue = [...entries].map((href) => toPath(href));
while (queue.length) {
	const file = queue.pop();
	if (seen.has(file) || !existsSync(file)) continue;
	const code = readFileSync(file);
	seen.set(file, gzipSync(code, { level: 9 }).length);
	// Static imports only: dynamic import() (the PDF library, the worker) is not initial.
	for (const m of code
		.toString()
		.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g))
		queue.push(toPath(m[1], file));
}
let total = 0;
const rows = [...seen].sort((a, b) => b[1] - a[1]);
for (const [file, bytes] of rows) {
	total += bytes;
	console.log(`${(bytes / 1024).toFixed(1).padStart(7)} kB  ${file.slice(root.length + 1)}`);
}
const kb = total / 1024;
console.log(
	`initial JS (gzip): ${kb.toFixed(1)} kB in ${rows.length} files; budget ${BUDGET_KB} kB`
);
if (kb > BUDGET_KB) {
	console.error(`size: initial JS ${kb.toFixed(1)} kB exceeds the budget of ${BUDGET_KB} kB`);
	process.exit(1);
}
