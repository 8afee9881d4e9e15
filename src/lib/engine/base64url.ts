/**
 * Text in a URL fragment: UTF-8 bytes in base64url (RFC 4648 §5, no padding), as share links,
 * invitations and members' answers carry it. Pure; `btoa`, `atob` and `TextEncoder` exist in
 * browsers, workers and Node alike.
 */

/** `text` as base64url without padding. */
export function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	// Stryker disable next-line Regex: btoa writes '=' only at the end, so `/=+/` (any run of '=') strips the same; `/=$/` (one '=' only) is killed by council.test.ts ('a' → 'YQ')
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The text in base64url (padding optional: `atob` decodes forgiving base64, with or without
 * it); throws on anything else or on invalid UTF-8.
 */
export function fromBase64Url(encoded: string): string {
	const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
