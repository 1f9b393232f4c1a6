/** The SQL console's state: the statement, its run, and what came back. */
import { browserEngine } from '$lib/data/browser-engine';
import { describeConsoleError, namedTables, type ConsoleError } from '$lib/data/console-sql';
import { gateSql } from '$lib/data/sql-gate';
import { describeLoadError, DataLoadError } from '$lib/data/load-errors';
import type { ConsoleResult } from '$lib/data/wasm-engine';
import { translator, type Translate } from '$lib/i18n/translate';
import { downloadFile } from '$lib/util/download';
import { stringify } from 'csv-stringify/browser/esm/sync';

/** Rows drawn on the page; up to KEPT rows are kept for the download. */
export const DRAWN = 1_000;
export const KEPT = 100_000;
export const TIME_LIMIT_MS = 30_000;

/** A cell of the result as text (on the page and in the CSV). */
export const cell = (v: unknown): string =>
	v === null || v === undefined
		? ''
		: typeof v === 'bigint'
			? v.toString()
			: v instanceof Date
				? v.toISOString()
				: typeof v === 'object'
					? JSON.stringify(v)
					: String(v);

export class ConsoleState {
	sql = $state('');
	running = $state(false);
	result: ConsoleResult | null = $state(null);
	error: ConsoleError | null = $state(null);
	/** The statement the result or error belongs to (for the error's caret). */
	ran = $state('');
	elapsedMs = $state(0);

	/** `t`: the page's language, for messages. */
	constructor(
		sql: string,
		private readonly t: () => Translate = () => translator('en')
	) {
		this.sql = sql;
	}

	async run(): Promise<void> {
		if (this.running) return;
		const check = gateSql(this.sql);
		this.ran = this.sql;
		if (!check.ok) {
			this.error = { message: this.t()(check.key, 'params' in check ? check.params : undefined), position: null };
			return;
		}
		this.running = true;
		this.error = null;
		const started = performance.now();
		try {
			const engine = await browserEngine();
			this.result = await engine.console(check.sql, namedTables(check.tokens), KEPT, TIME_LIMIT_MS);
		} catch (error) {
			this.error =
				error instanceof DataLoadError
					? { message: describeLoadError(error, this.t()), position: null }
					: describeConsoleError(error, this.t());
		} finally {
			this.elapsedMs = performance.now() - started;
			this.running = false;
		}
	}

	async cancel(): Promise<void> {
		if (!this.running) return;
		await (await browserEngine()).cancelConsole();
	}

	/** The rows kept, as a CSV download headed by `title` and the statement that ran. */
	download(title: string): void {
		const result = this.result;
		if (!result) return;
		const csv = `# ${title}\n# ${this.ran.replace(/[\r\n]+/g, ' ')}\n${stringify(
			result.rows.map((r) => result.columns.map((c) => cell(r[c]))),
			{ header: true, columns: result.columns }
		)}`;
		downloadFile('trade-lens-query.csv', new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	}
}
