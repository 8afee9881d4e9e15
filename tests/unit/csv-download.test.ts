/**
 * The CSV download button (jsdom): a chart's table downloads as a file whose bytes are written
 * out here by hand, named after the scenario; the button's accessible name says which table.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import { nokCell, shareCell } from '$lib/present/cells';
import { locale } from '$lib/state/locale.svelte';
import { scenarioState } from '$lib/state/scenario.svelte';
import DataTable from '$lib/components/charts/DataTable.svelte';
import RankingCsv from '$lib/components/results/RankingCsv.svelte';
import { evaluate, parseScenario } from '$lib/engine';

const saved: { blob: Blob; name: string }[] = [];
vi.mock('$lib/download', () => ({
	downloadBlob: (blob: Blob, name: string) => saved.push({ blob, name })
}));

afterEach(() => {
	saved.length = 0;
	scenarioState.name = '';
	locale.set('nb');
});

/** A Blob's bytes as text, read the way a FileReader would (jsdom's Blob). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
		reader.onerror = () => reject(reader.error);
		reader.readAsArrayBuffer(blob);
	});
}

describe('CsvDownload in a chart table', () => {
	it('downloads the table as Excel-ready CSV named after the scenario', async () => {
		scenarioState.name = 'Dyrere TI';
		render(DataTable, {
			caption: 'Kostnad for en bedrift',
			columns: ['Modell', 'Sum', 'Andel'],
			rows: [
				{ head: 'Trainee Innlandet', cells: [nokCell('214078', 'nb'), shareCell(0.25, 'nb')] },
				{ head: 'Egen; ny', cells: [nokCell('-5', 'nb'), shareCell(null, 'nb')] }
			],
			csvFile: 'company-cost'
		});
		const button = screen.getByRole('button', {
			name: 'Last ned tabellen «Kostnad for en bedrift» som CSV'
		});
		button.click();
		await waitFor(() => expect(saved).toHaveLength(1));
		const { blob, name } = saved[0]!;
		expect(name).toBe('traineevalg-dyrere-ti-company-cost.csv');
		expect(blob.type).toBe('text/csv;charset=utf-8');
		const expected =
			'\uFEFF' +
			'Modell;Sum (kr);Andel (%)\r\n' +
			'Trainee Innlandet;214078;25\r\n' +
			'"Egen; ny";-5;–\r\n';
		expect([...(await bytesOf(blob))]).toEqual([...new TextEncoder().encode(expected)]);
		// The BOM as UTF-8 bytes leads the file.
		expect([...(await bytesOf(blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('shows no button without a file name', () => {
		render(DataTable, { caption: 'T', columns: ['A'], rows: [{ head: 'x', cells: [] }] });
		expect(screen.queryByRole('button')).toBeNull();
	});
});

describe('RankingCsv', () => {
	it('downloads the ranking; without an analysis the probabilities are –', async () => {
		render(RankingCsv, { evaluation: evaluate(parseScenario({ version: 1 })), analysis: null });
		(await screen.findByRole('button', { name: 'Last ned rangeringen som CSV' })).click();
		await waitFor(() => expect(saved).toHaveLength(1));
		expect(saved[0]!.name).toBe('traineevalg-ranking.csv');
		const text = new TextDecoder().decode(await bytesOf(saved[0]!.blob));
		// TextDecoder drops the BOM; the rows: header, six models, the empty string after CRLF.
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('Plass;Modell;Poeng;P(første)');
		expect(lines.slice(1, 7).map((l) => l.split(';')[3])).toEqual(Array(6).fill('–'));
		expect(lines).toHaveLength(8);
	});
});
