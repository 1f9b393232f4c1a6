/** A treemap of shares of a whole: D3 lays out the rectangles, the component draws them. */
import { hierarchy, treemap, treemapSquarify } from 'd3';

export interface TreemapItem {
	id: string;
	label: string;
	value: number;
	colour: string;
	description: string;
}

export interface TreemapCell extends TreemapItem {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Whether the label fits inside the cell. */
	labelled: boolean;
	cx: number;
	cy: number;
}

export function treemapModel(items: readonly TreemapItem[], width: number, height: number): TreemapCell[] {
	if (items.length === 0) return [];
	type Node = { children?: TreemapItem[] } & Partial<TreemapItem>;
	const root = hierarchy<Node>({ children: [...items] })
		.sum((d) => d.value ?? 0)
		.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
	const laid = treemap<Node>().tile(treemapSquarify).size([width, height]).paddingInner(2).round(true)(root);
	return laid.leaves().map((leaf) => {
		const item = leaf.data as TreemapItem;
		const [w, h] = [leaf.x1 - leaf.x0, leaf.y1 - leaf.y0];
		return {
			...item,
			x: leaf.x0,
			y: leaf.y0,
			width: w,
			height: h,
			labelled: w > item.label.length * 6.5 + 8 && h > 30,
			cx: leaf.x0 + w / 2,
			cy: leaf.y0 + h / 2
		};
	});
}
