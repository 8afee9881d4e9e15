/**
 * The report rendered to PDF bytes in Node (the command line and the tests), with pdfmake's
 * server API. pdfmake may read only the font files below and no URL at all.
 */
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import { REPORT_FONT, type DocumentDefinition, type FontFiles } from './pdf-types';
import { installTagging, pdfKitPrototype } from './tagging';

const require = createRequire(import.meta.url);

/**
 * Roboto as shipped with pdfmake: it has æ, ø, å, the minus sign U+2212 and U+00A0. The report
 * sets nothing in bold italics, so that face is the bold one (as in the browser, which then
 * loads one font file fewer).
 */
export const NODE_FONT_FILES: FontFiles = {
	normal: require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
	bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
	italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
	bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf')
};

const allowedFiles = new Set(Object.values(NODE_FONT_FILES));

/** Render a document definition from `buildReport` to the bytes of a PDF file. */
export async function renderPdf(definition: DocumentDefinition): Promise<Buffer> {
	pdfmake.setFonts({ [REPORT_FONT]: { ...NODE_FONT_FILES } });
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy?.((path) => allowedFiles.has(path));
	// pdfmake leaves the structure tree empty; tagging.ts fills it in (the footer is an artifact).
	const proto = await pdfKitPrototype(pdfmake);
	if (proto) installTagging(proto, definition.pageMargins[3]);
	const bytes = await pdfmake.createPdf(definition).getBuffer();
	return Buffer.from(bytes);
}
