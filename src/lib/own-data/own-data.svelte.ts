/**
 * A person's own file on the explorer: read, mapped by their choices, checked, and put into the
 * browser's DuckDB beside the published tables. A file that fails leaves the earlier one in place.
 */
import type { TradePair } from '$lib/data/explore-queries';
import { translator, type Translate } from '$lib/i18n/translate';
import type { OwnChoices, OwnField } from './own-mapping';
import type { OwnFile } from './read-own-file';

/** How many problems are listed; the count says how many there were. */
export const PROBLEMS_SHOWN = 10;

export interface OwnLoaded {
	name: string;
	rows: number;
	pairs: TradePair[];
}

export class OwnData {
	/** The page's language, for messages. */
	constructor(private readonly t: () => Translate = () => translator('en')) {}

	file: OwnFile | null = $state(null);
	choices: OwnChoices | null = $state(null);
	/** What went wrong with the last file or mapping, in one sentence, and the first problems. */
	error: string | null = $state(null);
	problems: string[] = $state([]);
	/** The file now drawn beside the published figures. */
	loaded: OwnLoaded | null = $state(null);
	busy = $state(false);

	async read(name: string, bytes: ArrayBuffer): Promise<void> {
		this.busy = true;
		try {
			const [{ readOwnFile }, { guessChoices }] = await Promise.all([import('./read-own-file'), import('./own-mapping')]);
			const file = await readOwnFile(name, bytes);
			[this.file, this.choices, this.error, this.problems] = [file, guessChoices(file.header), null, []];
		} catch (e) {
			const { OwnFileError } = await import('./read-own-file');
			[this.error, this.problems] = [e instanceof OwnFileError ? e.text(this.t()) : (e as Error).message, []];
		} finally {
			this.busy = false;
		}
	}

	choose(field: OwnField, choice: OwnChoices['fields'][OwnField]): void {
		if (this.choices) this.choices = { ...this.choices, fields: { ...this.choices.fields, [field]: choice } };
	}

	scale(value: number): void {
		if (this.choices) this.choices = { ...this.choices, scale: value };
	}

	/** Maps and checks the whole file; on success puts it into DuckDB and returns the pairs it holds. */
	async explore(): Promise<OwnLoaded | null> {
		const { file, choices } = this;
		if (!file || !choices) return null;
		this.busy = true;
		try {
			const [{ mapOwnFile, describeOwnProblem, MAX_PROBLEMS }, { browserEngine }, { putOwnRows }] = await Promise.all([
				import('./own-mapping'),
				import('$lib/data/browser-engine'),
				import('$lib/data/own-table')
			]);
			const mapped = mapOwnFile(file, choices);
			if (mapped.problems.length > 0) {
				const many = mapped.problems.length;
				const t = this.t();
				const key =
					many === 1
						? 'own.error.problems.one'
						: many >= MAX_PROBLEMS
							? 'own.error.problems.many'
							: many > PROBLEMS_SHOWN
								? 'own.error.problems.more'
								: 'own.error.problems';
				this.error = t(key, { name: file.name, count: many, shown: PROBLEMS_SHOWN });
				this.problems = mapped.problems.slice(0, PROBLEMS_SHOWN).map((p) => describeOwnProblem(file, p, t));
				return null;
			}
			const pairs = await putOwnRows(await browserEngine(), mapped.rows);
			[this.error, this.problems] = [null, []];
			this.loaded = { name: file.name, rows: mapped.rows.length, pairs };
			return this.loaded;
		} catch (e) {
			[this.error, this.problems] = [this.t()('own.error.explore', { name: file.name, detail: (e as Error).message }), []];
			return null;
		} finally {
			this.busy = false;
		}
	}

	remove(): void {
		this.loaded = null;
	}
}
