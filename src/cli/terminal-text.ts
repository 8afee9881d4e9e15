/**
 * User text (a scenario's name, an id from a file) on its way to a terminal. Control characters
 * can clear the screen, retitle the window or hide text (ESC sequences, C1 codes, bidirectional
 * overrides), so each is written as a visible `\u{…}` escape instead; everything else, Norwegian
 * letters included, is kept as it is.
 */

// C0 controls (tab and newline too: a table cell is one line), DEL, C1 controls, and the
// bidirectional embedding, override and isolate characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(text: string): string {
	return text.replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
