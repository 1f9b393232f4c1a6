/**
 * The contract of a story chart: what the registry (registry.ts) holds for each. A chart is one
 * registry entry (its id, story section, queries, build and any slide reveal) and its own files: a
 * build function (data and options in, one shape out) and a thin component that draws what that
 * build returns, given its id and build by the registry. The story page, chart pages, embeds,
 * slides, the figures ledger and the SQL shown under a chart all read the registry.
 */
import type { Component, Snippet } from 'svelte';
import type { FrameActions } from '$lib/charts/frame-actions';
import type { ChartTable } from '$lib/charts/table';
import type { QueryDef } from '$lib/data/engine';
import type { SourceInfo } from '$lib/data/queries';
import type { Lang } from '$lib/i18n/lang';
import type { MessageKey } from '$lib/i18n/translate';
import type { StoryEvent } from './events';
import type { StoryData } from './story-data';

export interface ChartMeta {
	title: string;
	units: string;
	basis: string;
}

/** How to build a chart: the language is always said (nothing falls back to English unasked). */
export interface ChartOptions<View = undefined> {
	lang: Lang;
	/** The drawing's width in px, once measured; the chart's default width until then. */
	width?: number;
	/** On a slide, the height the drawing fills; on a page the height follows the width. */
	height?: number;
	/** The reader's choices, for a chart that has any (its default view when absent). */
	view?: View;
}

/** What every chart's build returns. */
export interface BuiltChart<Model> {
	/** What the component draws: a line model, bars, figure cards… */
	model: Model;
	meta: ChartMeta;
	takeaway: string;
	/** The numbered events marked on the chart (empty where it marks none). */
	events: StoryEvent[];
	table: ChartTable;
	/** The ledger figures the chart states. */
	figureIds: string[];
	sources: SourceInfo[];
}

/**
 * What a chart's component is given: its registry id, and its registry entry's build with the
 * data and the language already in, to call with the width and height it measures (and its view).
 */
export interface ChartProps<Model = unknown, View = undefined> {
	id: string;
	build(options: Omit<ChartOptions<View>, 'lang'>): BuiltChart<Model>;
	/** The story's data, for a chart whose reader's choices start from it. */
	data: StoryData;
	href?: string;
	level?: 1 | 2 | 3;
	/** The series to draw, for a step-by-step reveal on a slide. */
	reveal?: readonly string[];
	/** Controls under the chart (downloads, embed code), given by the page. */
	actions?: Snippet<[FrameActions]>;
}

/** The story's sections, each a heading and a paragraph (`story.<section>.h`, `.p`) before its charts. */
export type StorySection = MessageKey extends infer K ? (K extends `story.${infer S}.h` ? S : never) : never;

/** One step of a slide's reveal inside its chart. */
export interface RevealStep {
	series: readonly string[];
	/** What the step adds, said on the slide and to screen readers. */
	text: MessageKey;
}

export interface ChartDef<Id extends string = string, Model = unknown, View = undefined> {
	id: Id;
	/** The story section it is shown in; charts of one section stand together in the list. */
	section: StorySection;
	component: Component<ChartProps<Model, View>>;
	/** The queries the chart draws on, shown with it on its own page. */
	queries: readonly QueryDef<never, unknown>[];
	build(data: StoryData, options: ChartOptions<View>): BuiltChart<Model>;
	/** Steps of a slide's reveal; a chart without them is shown whole. */
	reveal?: readonly RevealStep[];
}

/** A registry entry, its id kept as a literal type. */
export const defineChart = <const Id extends string, Model, View = undefined>(def: ChartDef<Id, Model, View>) => def;
