/**
 * The checker page's state: the article, how it is read (language, date), the cards, and the work
 * that fills them. Reading runs in a worker; the official figures come from DuckDB-WASM, each
 * series asked once; cards are shown as soon as they are read and filled as their figures arrive.
 */
import { browserEngine, startEngine } from '$lib/data/browser-engine';
import { guessLang, isProblem, pastedText, readArticleFile, type ArticleProblem } from './article-text';
import { card, corrected, withOfficials, type CheckCard, type Correction } from './check-card';
import { ClaimReader } from './claim-reader';
import type { EconomyEntry } from './economies';
import type { CheckLang } from './numbers';
import { officialLookup, type Officials } from './official';
import type { Claim } from './claims';

export type CheckPhase = 'idle' | 'reading' | 'checking' | 'done' | 'failed';
export type CheckProblem =
	ArticleProblem | { key: 'check.problem.read' | 'check.problem.engine' | 'check.problem.empty'; params: Record<string, string> };

/** Cards are repainted at most this often while their figures arrive. */
const BATCH = 12;

export class CheckState {
	text = $state('');
	lang: CheckLang = $state('en');
	/** Whether the reader chose the article's language; if not, each check guesses it from the text. */
	langChosen = $state(false);
	/** The article's date (ISO): a statement without a year is read against it. */
	date = $state('');
	sourceId = $state('article');
	phase: CheckPhase = $state('idle');
	problem: CheckProblem | null = $state(null);
	cards: readonly CheckCard[] = $state.raw([]);
	/** The text the cards were read from (offsets and ¶ numbers are its). */
	checkedText = $state('');
	readMs: number | null = $state(null);
	#reader: ClaimReader;
	#lookup: ((claim: Claim) => Promise<Officials>) | null = null;
	#run = 0;
	#active = 0;

	constructor(entries: (lang: CheckLang) => EconomyEntry[], lang: CheckLang, today: string) {
		this.#reader = new ClaimReader(entries);
		this.lang = lang;
		this.date = today;
	}

	/** Starts DuckDB while the reader is still pasting: the official figures are asked for next. */
	warm(): void {
		startEngine();
	}

	/** A dropped or chosen file: its text replaces the article's, then it is checked. */
	async open(file: File): Promise<void> {
		const read = await readArticleFile(file);
		if (isProblem(read)) {
			this.problem = read;
			return;
		}
		this.text = read.text;
		if (read.date) this.date = read.date;
		await this.check();
	}

	async check(): Promise<void> {
		const run = ++this.#run;
		const { text, date } = pastedText(this.text);
		if (text !== this.text) this.text = text;
		if (date) this.date = date;
		if (!this.langChosen) this.lang = guessLang(text, this.lang);
		this.problem = null;
		if (!text.trim()) {
			this.problem = { key: 'check.problem.empty', params: {} };
			return;
		}
		this.phase = 'reading';
		let claims: Claim[];
		try {
			const answer = await this.#reader.read(text, this.lang, /^\d{4}-\d{2}-\d{2}$/.test(this.date) ? this.date : undefined);
			claims = answer.claims;
			this.readMs = answer.ms;
		} catch (error) {
			return this.#fail(run, { key: 'check.problem.read', params: { error: String(error) } });
		}
		if (run !== this.#run) return;
		this.checkedText = text;
		this.cards = claims.map((c, i) => card(c, i + 1));
		this.phase = 'checking';
		await this.#fill(
			run,
			this.cards.map((c) => c.n)
		);
	}

	/** A reader's correction of one card, checked again. */
	async correct(n: number, correction: Correction): Promise<void> {
		this.cards = this.cards.map((c) => (c.n === n ? corrected(c, correction) : c));
		this.phase = 'checking';
		await this.#fill(this.#run, [n]);
	}

	async #fill(run: number, ns: number[]): Promise<void> {
		let lookup: (claim: Claim) => Promise<Officials>;
		try {
			lookup = this.#lookup ??= officialLookup(await browserEngine());
		} catch (error) {
			return this.#fail(run, { key: 'check.problem.engine', params: { error: String(error) } });
		}
		// Cards are numbered from 1 in order, so card n is cards[n - 1]. A card corrected while its
		// first figures were on their way keeps its correction.
		let filled: { n: number; claim: Claim; officials: Officials }[] = [];
		const flush = () => {
			if (run !== this.#run || filled.length === 0) return;
			const next = [...this.cards];
			for (const f of filled) {
				const c = next[f.n - 1];
				if (c?.n === f.n && c.claim === f.claim) next[f.n - 1] = withOfficials(c, f.officials);
			}
			filled = [];
			this.cards = next;
		};
		this.#active++;
		try {
			for (const n of ns) {
				const c = this.cards[n - 1];
				if (c?.n !== n) continue;
				filled.push({ n, claim: c.claim, officials: await lookup(c.claim) });
				if (run !== this.#run) return;
				if (filled.length >= BATCH) flush();
			}
			flush();
		} finally {
			this.#active--;
			if (run === this.#run && this.#active === 0 && this.phase === 'checking') this.phase = 'done';
		}
	}

	#fail(run: number, problem: CheckProblem): void {
		if (run !== this.#run) return;
		this.problem = problem;
		this.phase = 'failed';
	}

	close(): void {
		this.#reader.close();
	}
}
