/**
 * The prerendered HTML of an island (`components/Island.svelte`): a part of the first screen that
 * the page prerenders like any other but hydrates on its own, in a task of its own after the
 * page, so that no single task at load hydrates the whole first screen (issue 11: total blocking
 * time on a phone).
 *
 * Rendering a component to a string needs `svelte/server`, which must stay out of the browser's
 * JavaScript: the server sets the renderer (`hooks.server.ts`) and the browser never has one.
 */
import type { Component } from 'svelte';

export type IslandRenderer = <P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	idPrefix: string
) => string;

let renderer: IslandRenderer | null = null;

/** Called once by the server (`hooks.server.ts`). */
export function setIslandRenderer(render: IslandRenderer): void {
	renderer = render;
}

/** The component's HTML as the server renders it, or null where there is no renderer. */
export function islandHtml<P extends Record<string, unknown>>(
	component: Component<P>,
	props: () => P,
	idPrefix: string
): string | null {
	// `props` is read only here on the server: in the browser the island's props are first
	// worked out when it is built, not while the page hydrates.
	return renderer ? renderer(component, props(), idPrefix) : null;
}
