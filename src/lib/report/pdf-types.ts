/**
 * The small part of pdfmake's document definition this report uses (pdfmake ships no types and
 * `@types/pdfmake` describes an older API). Content nodes are plain objects.
 */
export type Content = string | ContentNode | Content[];

export interface ContentNode {
	[key: string]: unknown;
}

/** A vector element inside a `canvas` node. */
export type Vector =
	| {
			type: 'rect';
			x: number;
			y: number;
			w: number;
			h: number;
			color?: string | [string, string];
			lineColor?: string;
			lineWidth?: number;
	  }
	| {
			type: 'line';
			x1: number;
			y1: number;
			x2: number;
			y2: number;
			lineColor?: string;
			lineWidth?: number;
			dash?: { length: number; space?: number };
	  };

/** An uncoloured tiling pattern (PDF operators in `pattern`), painted in the colour it is used with. */
export interface PatternDefinition {
	boundingBox: [number, number, number, number];
	xStep: number;
	yStep: number;
	pattern: string;
	colored?: boolean;
}

export interface DocumentDefinition {
	pageSize: 'A4';
	pageMargins: [number, number, number, number];
	language: string;
	/** PDF 1.7: structure trees (tagging) belong to PDF 1.4 and later. */
	version: '1.7';
	/** A structure tree (filled in by tagging.ts) and /MarkInfo Marked. */
	tagged: boolean;
	/** Viewers show the title, not the file name. */
	displayTitle: boolean;
	info: {
		title: string;
		subject: string;
		author: string;
		creator: string;
		producer: string;
		keywords: string;
		creationDate: Date;
		modDate: Date;
	};
	defaultStyle: ContentNode;
	styles: Record<string, ContentNode>;
	patterns: Record<string, PatternDefinition>;
	content: Content[];
	footer: (currentPage: number, pageCount: number) => Content;
	pageBreakBefore: (
		node: { headlineLevel?: number },
		nodes: { getFollowingNodesOnPage(): readonly unknown[] }
	) => boolean;
}

/** The font the report is set in, and the files pdfmake loads for each style. */
export const REPORT_FONT = 'Roboto';

export interface FontFiles {
	normal: string;
	bold: string;
	italics: string;
	bolditalics: string;
}
