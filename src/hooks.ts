/**
 * Universal hooks. `transport` carries the engine's decimals (money, `engine/money.ts`) from the
 * prerendering to the page as their exact decimal strings, so the study's own evaluation, worked
 * out once at build time (`routes/+page.server.ts`), reaches the browser exact.
 */
import type { Transport } from '@sveltejs/kit';
import { Decimal } from '$lib/engine/money';

export const transport: Transport = {
	Decimal: {
		encode: (value) => value instanceof Decimal && value.toString(),
		decode: (text: string) => new Decimal(text)
	}
};
