/**
 * The economies a picker offers: named in the reader's language, sorted by its collation (Åland
 * after Afghanistan, not at the end), names that two economies share told apart by their code, and
 * groups and former economies marked as such.
 */
import type { Lang } from '$lib/i18n/lang';
import { extraCode } from '$lib/schema/countries';
import { isGroupPartner } from '$lib/schema/groups';

export interface PartnerOption {
	code: string;
	/** The name as the list shows it: "Congo (COG)" where another economy has the same name. */
	label: string;
	/** "group of economies", "former economy", or nothing. */
	note: string;
}

export function partnerOptions(codes: readonly string[], { t, country, tag }: Lang): PartnerOption[] {
	const names = new Map(codes.map((code) => [code, country(code)]));
	const seen = new Map<string, number>();
	for (const name of names.values()) seen.set(name, (seen.get(name) ?? 0) + 1);
	const collator = new Intl.Collator(tag, { sensitivity: 'base' });
	return codes
		.map((code) => {
			const name = names.get(code) as string;
			const kind = isGroupPartner(code) ? 'aggregate' : extraCode(code)?.kind;
			return {
				code,
				label: (seen.get(name) ?? 0) > 1 ? `${name} (${code})` : name,
				note: kind === 'aggregate' ? t('explore.picker.group') : kind === 'historical' ? t('explore.picker.former') : ''
			};
		})
		.sort((a, b) => collator.compare(a.label, b.label) || a.code.localeCompare(b.code));
}

/** Text folded for matching: lower case, accents removed ("Côte" matches "cote"). */
export const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();

/** The options whose name contains the query, or whose code starts with it. */
export function matchOptions(options: readonly PartnerOption[], query: string): PartnerOption[] {
	const q = fold(query.trim());
	if (q === '') return [...options];
	return options.filter((o) => fold(o.label).includes(q) || o.code.toLowerCase().startsWith(q));
}
