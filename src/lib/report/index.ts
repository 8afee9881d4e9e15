/**
 * The PDF meeting summary: a pure function from the engine's result and the scenario to a pdfmake
 * document definition. Rendering lives apart: `render-node.ts` (command line, tests) and
 * `export-browser.ts` (the page, loaded only when the user exports).
 */
export { buildReport } from './document';
export {
	reportContent,
	parseIsoDate,
	todayIso,
	sourcesUsed,
	COST_COMPONENTS,
	type ReportContent,
	type ReportInput,
	type ReportOptions,
	type ReportTable,
	type AuditRow,
	type SourceEntry
} from './content';
export type { DocumentDefinition } from './pdf-types';
export { NOTE_MAX } from './limits';
