/**
 * A tagged PDF from pdfmake 0.3.11, which cannot make one by itself.
 *
 * pdfmake passes `tagged`, `displayTitle` and `language` on to PDFKit 0.19, so PDFKit writes
 * `/MarkInfo <</Marked true>>`, a `/StructTreeRoot` and `/Lang`; but pdfmake's renderer never
 * calls PDFKit's structure API, so that tree stays empty: `pdfinfo` says "Tagged: yes" over a
 * document with no tags at all, which is worse than an untagged one (a screen reader trusts the
 * empty tree). This module fills it in at the one call pdfmake makes for every run of text,
 * `text(str, x, y, options)`, on the document's PDFKit prototype:
 *
 * - every run of text is a marked-content sequence with its own MCID, added to a structure
 *   element under one `Document` element, in the order pdfmake draws them, which is the order
 *   of the content (tables row by row, each row's cells left to right);
 * - the runs of one line (same page, same baseline, same tag) form one element;
 * - the tag follows the report's styles (`document.ts`): 18 pt is `H1` (the title), 12.5 pt
 *   `H2` (a section), 10 pt bold `H3`, anything else `P`;
 * - text in the bottom margin (the footer with the page number) is a pagination artifact.
 *
 * What it does not do: tables are read line by line as paragraphs (PDFKit's `Table`/`TR`/`TD`
 * would need the cell boundaries, which pdfmake does not expose here); rules and bars of the
 * charts are left unmarked (each chart's numbers are in a table beside it). So the file is
 * tagged with a reading order that follows the content, not a full PDF/UA document.
 *
 * The prototype is reached from a document instance (`getStream()` of an empty document), the
 * same way in Node and in the browser bundle, where PDFKit is not importable on its own.
 */

/** The report's styles (document.ts): which size is which heading. */
const TITLE_SIZE = 18;
const SECTION_SIZE = 12.5;
const SUBSECTION_SIZE = 10;

interface StructureElement {
	add(child: unknown): StructureElement;
}

/** The part of a PDFKit document this module uses. */
interface TaggableDocument {
	options?: { tagged?: boolean };
	page: { height: number };
	_fontSize: number;
	_font?: { name?: string };
	struct(type: string, options?: object): StructureElement;
	addStructure(element: StructureElement): unknown;
	markStructureContent(tag: string): unknown;
	markContent(tag: string, options?: object): unknown;
	endMarkedContent(): unknown;
	text(...args: unknown[]): unknown;
}

interface TagState {
	root: StructureElement;
	element: StructureElement | null;
	page: unknown;
	y: number;
	tag: string;
}

const STATE = Symbol('traineevalg.tags');
const PATCHED = Symbol.for('traineevalg.tagging');

type Tagged = TaggableDocument & { [STATE]?: TagState };

/** The structure tag for a run of text in the report's styles. */
export function tagFor(fontSize: number, fontName = ''): 'H1' | 'H2' | 'H3' | 'P' {
	if (fontSize >= TITLE_SIZE) return 'H1';
	if (fontSize >= SECTION_SIZE) return 'H2';
	if (fontSize === SUBSECTION_SIZE && /Medium|Bold/i.test(fontName)) return 'H3';
	return 'P';
}

/**
 * Make every document built from `proto` with `tagged: true` carry a structure tree; text
 * lower than `footerFrom` points above the page's bottom edge is a pagination artifact.
 * Idempotent.
 */
export function installTagging(proto: object, footerFrom: number): void {
	const target = proto as Tagged & { [PATCHED]?: boolean };
	if (target[PATCHED]) return;
	const original = target.text;
	target.text = function (this: Tagged, ...args: unknown[]) {
		const y = args[2];
		if (!this.options?.tagged || typeof y !== 'number') return original.apply(this, args);
		if (y > this.page.height - footerFrom) {
			this.markContent('Artifact', { type: 'Pagination' });
			const result = original.apply(this, args);
			this.endMarkedContent();
			return result;
		}
		let state = this[STATE];
		if (!state) {
			const root = this.struct('Document');
			this.addStructure(root);
			state = { root, element: null, page: null, y: Number.NaN, tag: '' };
			this[STATE] = state;
		}
		const tag = tagFor(this._fontSize, this._font?.name);
		if (!state.element || state.page !== this.page || state.y !== y || state.tag !== tag) {
			state.element = this.struct(tag);
			state.root.add(state.element);
			state.page = this.page;
			state.y = y;
			state.tag = tag;
		}
		const content = this.markStructureContent(tag);
		const result = original.apply(this, args);
		this.endMarkedContent();
		state.element.add(content);
		return result;
	};
	target[PATCHED] = true;
}

const prototypes = new WeakMap<object, Promise<object | null>>();

/** The PDFKit prototype behind pdfmake's documents, from an empty document (once per pdfmake). */
export function pdfKitPrototype(pdfmake: {
	createPdf(definition: object): { getStream?(): Promise<object> };
}): Promise<object | null> {
	let found = prototypes.get(pdfmake);
	if (!found) {
		found = (async () => {
			const output = pdfmake.createPdf({ content: [] });
			if (!output.getStream) return null;
			const doc = await output.getStream();
			// The class that defines `text` (PDFKit's, under pdfmake's subclass).
			let proto: object | null = Object.getPrototypeOf(doc);
			while (proto && !Object.prototype.hasOwnProperty.call(proto, 'text'))
				proto = Object.getPrototypeOf(proto);
			return proto;
		})();
		prototypes.set(pdfmake, found);
	}
	return found;
}
