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
 * - a data table is a `Table` of `TR` rows of `TH` (header row) and `TD` cells. pdfmake does not
 *   say where a cell begins, so `document.ts` gives each cell's text node an id,
 *   `tg:<table>:<row>:<column>` (`h` appended in a header row): pdfmake hands the id of a
 *   node's first line to `text` as `options.destination`, where it is read and removed (so it
 *   makes no named destination). A line without an id continues the cell before it while it
 *   has the cell's font and size and starts right of the table's left edge (a cell's padding),
 *   which text after a table, at the margin, does not; a header row repeated on a new page is
 *   a pagination artifact.
 *
 * What it does not do: rules and bars of the charts are left unmarked (each chart's numbers are
 * in a table beside it), and header cells carry no `/Scope`. So the file is tagged with a
 * reading order and tables that follow the content, not a certified PDF/UA document.
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

/** The table being tagged, and its cell that takes the lines that follow. */
interface TableState {
	id: string;
	element: StructureElement;
	row: string;
	rowElement: StructureElement | null;
	cell: StructureElement | null;
	/** The cell is a repeated header row: its lines are artifacts. */
	artifact: boolean;
	/** The x of the table's first cell: text left of it is no longer in the table. */
	left: number;
	fontSize: number;
	fontName: string;
	/** Header rows already tagged (`<row>`), so a repeat on a new page is an artifact. */
	headers: Set<string>;
}

interface TagState {
	root: StructureElement;
	element: StructureElement | null;
	page: unknown;
	y: number;
	tag: string;
	table: TableState | null;
}

/** A table cell's id (document.ts): table, row, column, and `h` in a header row. */
const CELL_ID = /^tg:(\d+):(\d+):(\d+)(h?)$/;

/** The id `document.ts` gives the text of a table cell. */
export function cellId(table: number, row: number, column: number, header: boolean): string {
	return `tg:${table}:${row}:${column}${header ? 'h' : ''}`;
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
			state = { root, element: null, page: null, y: Number.NaN, tag: '', table: null };
			this[STATE] = state;
		}
		const x = typeof args[1] === 'number' ? args[1] : 0;
		const options = args[3] as { destination?: unknown } | undefined;
		const cell =
			typeof options?.destination === 'string' ? CELL_ID.exec(options.destination) : null;
		if (cell) {
			delete options!.destination;
			const table = enterCell(this, state, cell, x);
			return markedRun(this, table.artifact ? null : table.cell, args, original);
		}
		const table = state.table;
		if (
			table &&
			this._fontSize === table.fontSize &&
			(this._font?.name ?? '') === table.fontName &&
			x >= table.left - 0.01
		)
			return markedRun(this, table.artifact ? null : table.cell, args, original);
		state.table = null;
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

/** Open (or go on in) the table, row and cell of a cell id; returns the table's state. */
function enterCell(doc: Tagged, state: TagState, cell: RegExpExecArray, x: number): TableState {
	const [, tableId, row, , header] = cell as unknown as [string, string, string, string, string];
	let table = state.table;
	if (!table || table.id !== tableId) {
		const element = doc.struct('Table');
		state.root.add(element);
		table = {
			id: tableId,
			element,
			row: '',
			rowElement: null,
			cell: null,
			artifact: false,
			left: x,
			fontSize: doc._fontSize,
			fontName: doc._font?.name ?? '',
			headers: new Set()
		};
		state.table = table;
		// A paragraph after the table starts a new element.
		state.element = null;
	}
	table.left = Math.min(table.left, x);
	table.fontSize = doc._fontSize;
	table.fontName = doc._font?.name ?? '';
	const repeated = header === 'h' && table.headers.has(row) && table.row !== row;
	if (repeated) {
		table.artifact = true;
		return table;
	}
	table.artifact = false;
	if (table.row !== row || !table.rowElement) {
		table.row = row;
		table.rowElement = doc.struct('TR');
		table.element.add(table.rowElement);
		if (header === 'h') table.headers.add(row);
	}
	table.cell = doc.struct(header === 'h' ? 'TH' : 'TD');
	table.rowElement.add(table.cell);
	return table;
}

/** Draw one run of text as marked content of `element`, or as an artifact when it is null. */
function markedRun(
	doc: Tagged,
	element: StructureElement | null,
	args: unknown[],
	original: (...a: unknown[]) => unknown
): unknown {
	if (!element) {
		doc.markContent('Artifact', { type: 'Pagination' });
		const result = original.apply(doc, args);
		doc.endMarkedContent();
		return result;
	}
	const content = doc.markStructureContent('Span');
	const result = original.apply(doc, args);
	doc.endMarkedContent();
	element.add(content);
	return result;
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
