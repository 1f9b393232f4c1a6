import type { ImageColours } from './compose-svg';

/** A chart's drawing made for its image export, at a width and in the page's colours. */
export type Picture = (width: number, colours: ImageColours) => { markup: string; width: number; height: number };
