/** Limits shared by the page's export form and the builder; no imports, so the page stays small. */

/** The longest advisor's note the summary takes. */
export const NOTE_MAX = 2000;
