/** Why data could not be loaded in the browser, worded for the person reading the chart. */
// Types only: a failure carries its message key and parameters; the page words it.
import type { MessageKey, MessageParams, Translate } from '$lib/i18n/translate';

export type DataLoadProblem = 'engine' | 'manifest' | 'missing' | 'checksum' | 'corrupt';

/** A load failure by message key and parameters (its `message` names them, for logs). */
export class DataLoadError extends Error {
	constructor(
		readonly problem: DataLoadProblem,
		readonly key: MessageKey,
		readonly params: MessageParams = {},
		options?: { cause?: unknown }
	) {
		super(`${key} ${JSON.stringify(params)}`, options);
		this.name = 'DataLoadError';
	}
}

/** The message to show beside a chart for any error raised while loading or querying, in the page's language. */
export function describeLoadError(error: unknown, t: Translate): string {
	if (error instanceof DataLoadError) return t(error.key, error.params);
	const detail = error instanceof Error ? error.message : String(error);
	return t('load.failed', { detail });
}
