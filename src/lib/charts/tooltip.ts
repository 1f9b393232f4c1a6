/** Where a point's text label goes: above the point, kept inside the plot. */
export function tooltipBox(point: { cx: number; cy: number; label: string }, plotWidth: number) {
	const width = Math.min(plotWidth, point.label.length * 5.9 + 12);
	const x = Math.max(0, Math.min(plotWidth - width, point.cx - width / 2));
	const y = point.cy < 34 ? point.cy + 10 : point.cy - 32;
	return { x, y, width, text: point.label };
}
