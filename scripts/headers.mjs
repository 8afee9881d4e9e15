#!/usr/bin/env node
// The HTTP headers a static host should send with the built page, written to build/_headers
// (the format Netlify and Cloudflare Pages read). The Content-Security-Policy is the one
// SvelteKit put in the built page's meta tag (with the hashes of its inline script), plus what
// only a header can carry: frame-ancestors 'none' (no other site may frame the page). The
// README shows the same headers for nginx and Apache. Run after `vite build` (npm run build).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve('build');
const page = join(root, 'index.html');
if (!existsSync(page)) {
	console.error('headers: build/index.html is missing; run `vite build` first');
	process.exit(2);
}

/** The CSP in the page's <meta http-equiv="content-security-policy">. */
export function pageCsp(html) {
	const tag = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i);
	if (!tag) throw new Error('headers: the built page has no CSP meta tag');
	return tag[1]
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

const csp = `${pageCsp(readFileSync(page, 'utf8')).replace(/;\s*$/, '')}; frame-ancestors 'none'`;
const headers = [
	'/*',
	`  Content-Security-Policy: ${csp}`,
	'  X-Frame-Options: DENY',
	'  Referrer-Policy: no-referrer',
	'  X-Content-Type-Options: nosniff',
	'/service-worker.js',
	'  Cache-Control: no-cache',
	''
].join('\n');
writeFileSync(join(root, '_headers'), headers);
console.log(`headers: wrote build/_headers (${csp.length} characters of CSP)`);
