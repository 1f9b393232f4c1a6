import { translator } from '../../src/lib/i18n/translate';
import { formatProblem, type Problem } from '../../src/lib/schema/validate';

/** The build's report is in English. */
const english = translator('en');

/** Collects every problem of a data build; keeps the first ones of each file for the report. */
export class ProblemLog {
	readonly #kept = new Map<string, Problem[]>();
	readonly #counts = new Map<string, number>();
	readonly #keepPerFile: number;

	constructor(keepPerFile = 200) {
		this.#keepPerFile = keepPerFile;
	}

	add(problem: Problem): void {
		const count = (this.#counts.get(problem.file) ?? 0) + 1;
		this.#counts.set(problem.file, count);
		if (count <= this.#keepPerFile) {
			const list = this.#kept.get(problem.file) ?? [];
			list.push(problem);
			this.#kept.set(problem.file, list);
		}
	}

	/** Counts problems of a file that are not kept for the report. */
	addCount(file: string, n: number): void {
		if (n > 0) this.#counts.set(file, (this.#counts.get(file) ?? 0) + n);
	}

	/** Takes over another log's problems and counts, after this one's (logs kept apart while imports run side by side). */
	absorb(other: ProblemLog): void {
		for (const [file, count] of other.#counts) {
			const kept = other.#kept.get(file) ?? [];
			this.addAll(kept);
			this.addCount(file, count - kept.length);
		}
	}

	addAll(problems: readonly Problem[]): void {
		for (const p of problems) this.add(p);
	}

	get total(): number {
		let n = 0;
		for (const c of this.#counts.values()) n += c;
		return n;
	}

	/** Problems as report lines, grouped by file, with a count of any not shown. */
	lines(): string[] {
		const out: string[] = [];
		for (const [file, kept] of this.#kept) {
			out.push(...kept.map((p) => formatProblem(p, english)));
			const more = (this.#counts.get(file) ?? 0) - kept.length;
			if (more > 0) out.push(`${file}: … and ${more} more problems in this file`);
		}
		return out;
	}
}
