/** Why data could not be loaded in the browser, worded for the person reading the chart. */
export type DataLoadProblem = 'engine' | 'manifest' | 'missing' | 'checksum' | 'corrupt';

export class DataLoadError extends Error {
	constructor(
		readonly problem: DataLoadProblem,
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'DataLoadError';
	}
}

/** The message to show beside a chart for any error raised while loading or querying. */
export function describeLoadError(error: unknown): string {
	if (error instanceof DataLoadError) return error.message;
	const detail = error instanceof Error ? error.message : String(error);
	return `The query failed: ${detail}`;
}
