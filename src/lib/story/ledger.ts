/** The figures ledger: filtering, and groups of figures that state the same fact differently. */
import type { FigureLedgerRow } from '$lib/data/queries';

export interface LedgerFilter {
	text: string;
	source: string;
	measure: string;
	status: string;
}

export const NO_FILTER: LedgerFilter = { text: '', source: '', measure: '', status: '' };

export function filterFigures(rows: readonly FigureLedgerRow[], f: LedgerFilter): FigureLedgerRow[] {
	const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
	return rows.filter(
		(r) =>
			(!f.source || r.sourceId === f.source) &&
			(!f.measure || r.measure === f.measure) &&
			(!f.status || r.status === f.status) &&
			words.every((w) => `${r.figureId} ${r.claim} ${r.asWritten} ${r.note ?? ''}`.toLowerCase().includes(w))
	);
}

/**
 * Figures linked by `related`, of the same measure and unit, whose values or qualifiers disagree:
 * each group is one fact as different sources (or passages) state it, shown side by side.
 */
export function conflictGroups(rows: readonly FigureLedgerRow[]): FigureLedgerRow[][] {
	const byId = new Map(rows.map((r) => [r.figureId, r]));
	const seen = new Set<string>();
	const groups: FigureLedgerRow[][] = [];
	for (const start of rows) {
		if (seen.has(start.figureId) || start.related.length === 0) continue;
		const group: FigureLedgerRow[] = [];
		const queue = [start.figureId];
		while (queue.length) {
			const id = queue.shift() as string;
			const row = byId.get(id);
			if (!row || seen.has(id)) continue;
			seen.add(id);
			group.push(row);
			queue.push(...row.related);
			// Links may be written on one side only.
			for (const other of rows) if (other.related.includes(id)) queue.push(other.figureId);
		}
		// Linked figures of another kind (a rate and the year it began) are not a disagreement.
		const kinds = new Map<string, FigureLedgerRow[]>();
		for (const r of group) kinds.set(`${r.measure} ${r.unit}`, [...(kinds.get(`${r.measure} ${r.unit}`) ?? []), r]);
		for (const same of kinds.values()) {
			const differs = new Set(same.map((r) => `${r.value} ${r.qualifier}`)).size > 1;
			if (same.length > 1 && differs)
				groups.push(same.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.figureId.localeCompare(b.figureId)));
		}
	}
	return groups;
}
