/**
 * The page's PDF export. Loaded with `import()` when the user clicks export, and itself loads
 * pdfmake and the fonts only then, so none of it weighs on the first page. The document comes
 * from the same `buildReport` the command line uses.
 *
 * pdfmake may fetch exactly the three font files of this build (same origin, allowed by the
 * page's CSP) and no other URL; the browser build has no local file access.
 */
import boldUrl from 'pdfmake/fonts/Roboto/Roboto-Medium.ttf?url';
import italicUrl from 'pdfmake/fonts/Roboto/Roboto-Italic.ttf?url';
import regularUrl from 'pdfmake/fonts/Roboto/Roboto-Regular.ttf?url';
import { downloadBlob } from '../download';
import { smaa, type Evaluation, type SmaaResult } from '../engine';
import { scenarioSlug } from '../present/scenario-text';
import { buildReport, todayIso, type ReportInput, type ReportOptions } from './index';
import { REPORT_FONT, type FontFiles } from './pdf-types';
import { installTagging, pdfKitPrototype } from './tagging';

export interface ExportInput {
	evaluation: Evaluation;
	/** The page's SMAA result for this scenario; null to run it here (same default options). */
	smaa: SmaaResult | null;
	/** Council mode's group over this scenario, with its members as shown; none if absent. */
	group?: ReportInput['group'];
}

export interface ExportResult {
	fileName: string;
	bytes: number;
	milliseconds: number;
}

function fontFiles(): FontFiles {
	const absolute = (url: string) => new URL(url, document.baseURI).href;
	return {
		normal: absolute(regularUrl),
		bold: absolute(boldUrl),
		italics: absolute(italicUrl),
		// Nothing is set in bold italics (see render-node.ts): one file fewer to fetch.
		bolditalics: absolute(boldUrl)
	};
}

/** Build, render and download the meeting summary. */
export async function exportSummary(
	input: ExportInput,
	options: Omit<ReportOptions, 'date'> & { date?: string }
): Promise<ExportResult> {
	const started = performance.now();
	const date = options.date ?? todayIso();
	const definition = buildReport(
		{
			evaluation: input.evaluation,
			smaa: input.smaa ?? smaa(input.evaluation.scenario),
			...(input.group ? { group: input.group } : {})
		},
		{ ...options, date }
	);
	const { default: pdfmake } = await import('pdfmake/build/pdfmake.js');
	const fonts = fontFiles();
	const allowed = new Set(Object.values(fonts));
	pdfmake.setFonts({ [REPORT_FONT]: fonts });
	pdfmake.setUrlAccessPolicy((url) => allowed.has(url));
	// pdfmake leaves the structure tree empty; tagging.ts fills it in (the footer is an artifact).
	const proto = await pdfKitPrototype(pdfmake);
	if (proto) installTagging(proto, definition.pageMargins[3]);
	const blob = await pdfmake.createPdf(definition).getBlob();
	// The scenario's name in the file name, so that two exports for one meeting are told apart.
	const slug = scenarioSlug(input.evaluation.scenario.name);
	const fileName = slug ? `traineevalg-${slug}-${date}.pdf` : `traineevalg-${date}.pdf`;
	downloadBlob(blob, fileName);
	return { fileName, bytes: blob.size, milliseconds: performance.now() - started };
}
