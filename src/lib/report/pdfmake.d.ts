/**
 * The part of pdfmake 0.3's API the report uses: the Node entry (`pdfmake`) and the browser
 * bundle (`pdfmake/build/pdfmake.js`) expose the same object.
 */
interface PdfMakeOutput {
	getBuffer(): Promise<Uint8Array>;
	getBlob(): Promise<Blob>;
	/** The PDFKit document, once laid out. */
	getStream(): Promise<object>;
}

interface PdfMake {
	setFonts(fonts: Record<string, import('./pdf-types').FontFiles>): void;
	setUrlAccessPolicy(policy: (url: string) => boolean): void;
	/** Node only. */
	setLocalAccessPolicy?(policy: (path: string) => boolean): void;
	createPdf(definition: object, options?: object): PdfMakeOutput;
}

declare module 'pdfmake' {
	const pdfmake: PdfMake;
	export default pdfmake;
}

declare module 'pdfmake/build/pdfmake.js' {
	const pdfmake: PdfMake;
	export default pdfmake;
}
