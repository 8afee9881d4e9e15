#!/usr/bin/env node
// Runs the Playwright tests against the production build on a port of their own: E2E_PORT when
// set, otherwise a free port from the operating system, so `npm test` can run while `npm start`
// serves the page on 4173 (or while another test run is going). Extra arguments go to Playwright.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';

const port = process.env.E2E_PORT || String(await freePort());
const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, E2E_PORT: port }
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
