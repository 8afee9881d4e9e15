/** The page's export panel (the PDF itself has its texts in report.ts, loaded with it). */
export const nb = {
	'report.export.button': 'Last ned møtesammendrag (PDF)',
	'report.export.busy': 'Lager PDF …',
	'report.export.done': 'PDF-en er lastet ned.',
	'report.export.failed': 'Kunne ikke lage PDF-en: {message}',
	'report.export.noteLabel': 'Merknad fra rådgiveren (valgfri, kommer med i PDF-en)',
	'report.export.noteHint': 'For eksempel hva møtet skal ta stilling til.',
	'report.export.heading': 'Møtesammendrag',
	// A table as a CSV file: «Last ned» + table (read by screen readers only) + «som CSV».
	'csv.download': 'Last ned',
	'csv.asCsv': 'som CSV',
	'csv.failed': 'Kunne ikke lage CSV-filen: {message}',
	'csv.unit.nok': 'kr',
	'csv.table.chart': 'tabellen «{title}»',
	'csv.table.ranking': 'rangeringen',
	'csv.table.judgements': 'poengene',
	'csv.table.compareInputs': 'forskjellene i forutsetninger',
	'csv.table.compareOutcomes': 'resultatene A og B'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'report.export.button': 'Download meeting summary (PDF)',
	'report.export.busy': 'Making the PDF …',
	'report.export.done': 'The PDF has been downloaded.',
	'report.export.failed': 'Could not make the PDF: {message}',
	'report.export.noteLabel': "Advisor's note (optional, included in the PDF)",
	'report.export.noteHint': 'For example, what the meeting is asked to decide.',
	'report.export.heading': 'Meeting summary',
	'csv.download': 'Download',
	'csv.asCsv': 'as CSV',
	'csv.failed': 'Could not make the CSV file: {message}',
	'csv.unit.nok': 'NOK',
	'csv.table.chart': 'the table “{title}”',
	'csv.table.ranking': 'the ranking',
	'csv.table.judgements': 'the scores',
	'csv.table.compareInputs': 'the differing assumptions',
	'csv.table.compareOutcomes': 'the results A and B'
};
