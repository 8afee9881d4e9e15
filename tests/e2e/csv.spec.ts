/**
 * A chart's table taken away as CSV in Chromium: the download's name carries the scenario, its
 * bytes are what Norwegian Excel opens as they are (BOM, `;`, CRLF, plain numbers).
 */
import { readFileSync } from 'node:fs';
import { expect, openHome, test } from './fixtures';

test("the company cost table downloads as a CSV file with the study's figures", async ({
	page
}) => {
	await openHome(page);
	const figure = page.locator('section.chart-figure').filter({
		has: page.getByRole('heading', { name: 'Kostnad for en medlemsbedrift', exact: true })
	});
	await figure.getByRole('button', { name: 'Vis som tabell' }).click();
	const button = figure.getByRole('button', {
		name: 'Last ned tabellen «Kostnad for en medlemsbedrift» som CSV'
	});
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(download.suggestedFilename()).toBe('traineevalg-company-cost.csv');
	const bytes = readFileSync((await download.path())!);
	// UTF-8 byte-order mark first.
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.subarray(3).toString('utf8').split('\r\n');
	expect(lines[0]).toMatch(/^Modell;Medlemskap \(kr\);Traineeavgift/);
	// §4.1 by hand: membership 2 × 20 000 = 40 000; fees 2 × 3 × 29 013 = 174 078; the
	// company's cost 1 565 113,28 → 1565113 (see accessibility.spec.ts for the sum).
	const ti = lines.find((l) => l.startsWith('Trainee Innlandet;'))!.split(';');
	expect(ti.slice(1, 3)).toEqual(['40000', '174078']);
	expect(ti).toContain('1565113');
	expect(lines.at(-1)).toBe('');
});
