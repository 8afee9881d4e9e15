/**
 * The page's tables as CSV files, from the one table model (`present/tables.ts`): the ranking,
 * the judged scores and the comparison of two scenarios. (The charts' tables are written from
 * their own cells, `components/charts/DataTable.svelte`.) Loaded on demand by the download
 * buttons, with the outputs' catalogue that `tables.ts` brings.
 */
import type { Evaluation, Scenario, SmaaResult } from '../engine';
import type { Locale } from '../i18n';
import { cellsOf, toCsv } from './csv';
import type { InputDifference, OutcomeDifference } from './scenario-diff';
import { compareInputsTable, compareOutcomesTable, judgementsTable, rankingTable } from './tables';

/**
 * The ranking as on the page: rank, model, score, probability of first place (`–` without an
 * analysis of this scenario, or while it is stale: pass null then).
 */
export function rankingCsv(
	evaluation: Evaluation,
	analysis: { smaa: SmaaResult } | null,
	locale: Locale
): string {
	return toCsv(
		cellsOf(rankingTable(evaluation, analysis?.smaa ?? null, locale, 'long', 'first')),
		locale
	);
}

/** Every judged score with its range, one row per model and criterion. */
export function judgementsCsv(scenario: Scenario, locale: Locale): string {
	return toCsv(cellsOf(judgementsTable(scenario, locale)), locale);
}

/** The inputs that differ between A and B. */
export function compareInputsCsv(inputs: readonly InputDifference[], locale: Locale): string {
	return toCsv(cellsOf(compareInputsTable(inputs, locale)), locale);
}

/** Each model's results in A and B and the difference. */
export function compareOutcomesCsv(outcomes: readonly OutcomeDifference[], locale: Locale): string {
	return toCsv(cellsOf(compareOutcomesTable(outcomes, locale)), locale);
}
