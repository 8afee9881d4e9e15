import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium is used where it exists (this project's machines and CI cannot download
// Playwright's own browser). Set CHROMIUM_PATH to use another binary, or PW_BUNDLED_BROWSER=1 to
// use the browser that `npx playwright install chromium` put in Playwright's cache.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystem = !process.env.PW_BUNDLED_BROWSER && existsSync(systemChromium);
// The port the built page is served on for the tests. `npm run test:e2e` (scripts/e2e.mjs) sets
// E2E_PORT to a free port, so the tests never collide with `npm start` on 4173.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	// Generous limits, not sleeps: on a busy two-core machine (a build beside the tests, or
	// `npm start` in another terminal) a page load can take well over ten seconds. Every wait is
	// still on something the user would see.
	timeout: 90_000,
	expect: { timeout: 20_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'nb-NO',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1366, height: 768 },
				launchOptions: useSystem
					? {
							executablePath: systemChromium,
							args: [
								'--no-sandbox',
								'--disable-gpu',
								'--disable-quic',
								'--no-first-run',
								'--disable-background-networking',
								'--disable-component-update',
								'--disable-sync'
							]
						}
					: {}
			}
		}
	],
	webServer: {
		// The tests run against the production build (npm test builds first).
		command: `npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
