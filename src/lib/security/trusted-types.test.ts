import { describe, expect, it } from 'vitest';
import { isOwnScript } from './trusted-types';

describe('isOwnScript: the only script URLs the page policy lets through', () => {
	const page = 'https://traineevalg.example/';
	it('accepts this build’s files under _app/, relative or absolute, also under a base path', () => {
		expect(isOwnScript('/_app/immutable/workers/analysis.worker-abc.js', page)).toBe(true);
		expect(isOwnScript('./_app/immutable/workers/x.js', page)).toBe(true);
		expect(isOwnScript('https://traineevalg.example/_app/x.js', page)).toBe(true);
		expect(isOwnScript('/traineevalg/_app/x.js', 'https://host.example/traineevalg/')).toBe(true);
	});
	it('accepts the service worker beside the page, and nothing else outside _app/', () => {
		expect(isOwnScript('./service-worker.js', page)).toBe(true);
		expect(isOwnScript('/service-worker.js', page)).toBe(true);
		expect(isOwnScript('service-worker.js', 'https://host.example/traineevalg/')).toBe(true);
		expect(isOwnScript('/service-worker.js', 'https://host.example/traineevalg/')).toBe(false);
		expect(isOwnScript('/sub/service-worker.js', page)).toBe(false);
		expect(isOwnScript('/service-worker.js?x=1', page)).toBe(false);
		expect(isOwnScript('https://evil.example/service-worker.js', page)).toBe(false);
	});
	it('refuses another origin, another folder, data: and blob: URLs', () => {
		expect(isOwnScript('https://evil.example/_app/x.js', page)).toBe(false);
		expect(isOwnScript('//evil.example/_app/x.js', page)).toBe(false);
		expect(isOwnScript('/x.js', page)).toBe(false);
		expect(isOwnScript('/not_app/x.js', page)).toBe(false);
		expect(isOwnScript('data:text/javascript,alert(1)', page)).toBe(false);
		expect(isOwnScript('blob:https://traineevalg.example/1234', page)).toBe(false);
	});
});
