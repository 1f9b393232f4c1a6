/** Runs `work` once the current frame has painted (a frame, then a task): what the reader waits on is drawn first. */
export function afterPaint(work: () => void): void {
	requestAnimationFrame(() => setTimeout(work, 0));
}
