/** Put `text` on the clipboard; false where the browser refuses (the user then copies by hand). */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
