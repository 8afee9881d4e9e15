/** Messages for the scenarios part of the page; merged into the one catalogue in ../messages.ts. */
export const nb = {} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {};
