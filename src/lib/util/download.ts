/** Hands a file made in the browser to the person as a download. */
export function downloadFile(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	Object.assign(document.createElement('a'), { href: url, download: name }).click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
