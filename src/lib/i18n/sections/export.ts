/** The page's export panel (the PDF itself has its texts in report.ts, loaded with it). */
export const nb = {
	'report.export.button': 'Last ned møtesammendrag (PDF)',
	'report.export.busy': 'Lager PDF …',
	'report.export.done': 'PDF-en er lastet ned.',
	'report.export.failed': 'Kunne ikke lage PDF-en: {message}',
	'report.export.noteLabel': 'Merknad fra rådgiveren (valgfri, kommer med i PDF-en)',
	'report.export.noteHint': 'For eksempel hva møtet skal ta stilling til.',
	'report.export.heading': 'Møtesammendrag'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'report.export.button': 'Download meeting summary (PDF)',
	'report.export.busy': 'Making the PDF …',
	'report.export.done': 'The PDF has been downloaded.',
	'report.export.failed': 'Could not make the PDF: {message}',
	'report.export.noteLabel': "Advisor's note (optional, included in the PDF)",
	'report.export.noteHint': 'For example, what the meeting is asked to decide.',
	'report.export.heading': 'Meeting summary'
};
