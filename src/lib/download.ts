/**
 * Saving a file from the page: the browser's own download, through a temporary link to a blob.
 * A `blob:` link is a navigation, not a fetch, so the page's CSP allows it. Browser only.
 */

/** Offer `blob` to the user as the file `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser time to start the download before the blob goes.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
