/**
 * The invitation's QR code, drawn by the page itself: `qrcode` (node-qrcode) only computes the
 * modules, loaded on request so that it is never in the page's first download, and the modules
 * become one SVG path in Svelte markup. No markup string reaches the DOM, so the page's Trusted
 * Types policy has nothing to refuse and nothing can be injected through the link's text.
 */

/** A QR symbol as an SVG drawing: the side in modules (with the quiet zone) and one path. */
export interface QrDrawing {
	/** Side of the square viewBox, in modules, quiet zone included. */
	readonly side: number;
	/** The dark modules as one path (`M x y h n v 1 h -n z` per run of dark modules in a row). */
	readonly path: string;
}

/** The quiet zone around the symbol, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/** The modules as `qrcode` gives them: `size` × `size`, row by row, 1 for dark. */
export interface QrModules {
	readonly size: number;
	readonly data: ArrayLike<number | boolean>;
}

/** The path of the dark modules, one run of adjacent dark modules in a row at a time. */
export function qrDrawing(modules: QrModules): QrDrawing {
	const { size, data } = modules;
	const parts: string[] = [];
	for (let row = 0; row < size; row++) {
		let col = 0;
		while (col < size) {
			if (!data[row * size + col]) {
				col++;
				continue;
			}
			const start = col;
			while (col < size && data[row * size + col]) col++;
			const run = col - start;
			parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
		}
	}
	return { side: size + 2 * QUIET_ZONE, path: parts.join('') };
}

/** Load `qrcode` (only now) and draw `text` as a QR code with error correction level M. */
export async function loadQrDrawing(text: string): Promise<QrDrawing> {
	const qrcode = await import('qrcode');
	const create = qrcode.create ?? (qrcode as unknown as { default: typeof qrcode }).default.create;
	return qrDrawing(create(text, { errorCorrectionLevel: 'M' }).modules);
}
