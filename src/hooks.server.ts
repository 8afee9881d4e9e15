/**
 * Server hooks, used while the page is prerendered: the renderer of the first screen's islands
 * (`lib/ssr/island.ts`), kept here so that `svelte/server` never reaches the browser.
 */
import { render } from 'svelte/server';
import { setIslandRenderer } from '$lib/ssr/island';

setIslandRenderer((component, props, idPrefix) => render(component, { props, idPrefix }).body);
