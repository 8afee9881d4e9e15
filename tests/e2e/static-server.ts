/**
 * A small static file server for the tests that need what `vite preview` does not do: send the
 * headers of build/_headers (as a static host would), or switch to another build while a page
 * is open (a new version deployed). Serves `root()` at the time of each request.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/** The headers `_headers` gives a path (only the `/*` and exact-path rules it uses). */
export function headersFor(file: string, path: string): Record<string, string> {
	const out: Record<string, string> = {};
	let applies = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) {
			const rule = line.trim();
			applies = rule === '/*' || rule === path;
			continue;
		}
		if (!applies) continue;
		const i = line.indexOf(':');
		out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
	}
	return out;
}

/** The port a server listens on (tests listen on port 0: a free one from the system). */
export function portOf(server: Server): number {
	return (server.address() as AddressInfo).port;
}

export function serveStatic(
	root: () => string,
	port = 0,
	options: { headers?: boolean } = {}
): Promise<Server> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const dir = root();
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		if (!existsSync(file)) {
			response.writeHead(404).end('not found');
			return;
		}
		const headers: Record<string, string> = {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': 'no-cache'
		};
		if (options.headers) Object.assign(headers, headersFor(join(dir, '_headers'), path));
		response.writeHead(200, headers).end(readFileSync(file));
	});
	return new Promise((resolve) => server.listen(port, 'localhost', () => resolve(server)));
}
