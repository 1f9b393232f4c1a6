/**
 * Who reports a figure and who is its partner, from the sentence's structure: an economy written with
 * a possessive, as a demonym before the flow, or as the subject of a trade verb reports ("China’s
 * imports", "Canadian exports", "the EU exported", "les exportations de la zone euro"); one after
 * "to", "from", "with" (vers, en provenance de, à destination de) is the partner; otherwise the
 * economy nearest the number. Groups (the world, the EU, extra-EU, "countries other than X") stand
 * beside economies, but never win over one by nearness alone.
 */
import type { NamedPartner } from './claim';
import type { NumberMention } from './numbers';
import type { CheckLang } from './phrases';
import type { GroupWord } from './partners';
import { ELABORATION } from './trade-words';

/** An economy or a group, in text offsets. Groups carry their words; `code` is theirs or a placeholder. */
export interface Named {
	start: number;
	end: number;
	code: string;
	group?: GroupWord;
}

export interface Who {
	reporter: string | null;
	partner: string | null;
	/** A partner that is a group, in its words. */
	partnerWords: NamedPartner | null;
	/** The partner was read by nearness alone, not after "to", "from" or "with". */
	partnerNear: boolean;
	/** The partner the whole sentence names after "to", "from" or "with", where the figure's clause gives another by nearness. */
	named?: string | null;
}

const OWNER_AFTER_EN =
	/^(?:[’']s\b|\s+(?:merchandise\s+|goods\s+)?(?:export|import|trade\b|exported|imported|recorded|posted|registered|ran\b|had\b)|\s+(?:manufactured\s+)?(?:goods|products|merchandise)\b)/i;
const OWNER_AFTER_FR = /^\s+(?:a|ont|avait|affiche|enregistre)\s+(?:enregistre|exporte|importe|affiche|realise)/;
const OWNER_BEFORE_FR =
	/\b(?:exportations?|importations?|balance|excedent|deficit|solde|commerce)(?:\s+(?:de biens|de marchandises|des biens|des marchandises|commercial|commerciale|canadiennes?|totales?))*(?:\s+(?:du|des|de la|de l'|d'|de))?\s*$/;
const PARTNER_BEFORE = /\b(?:to|from|with|into|vers|avec|en provenance de|a destination de|depuis)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?$/;

/** A sentence with its offset in the text and its folded copy (foldLetters, same offsets), folded once by its reader. */
export interface ReadSentence {
	start: number;
	text: string;
	folded: string;
}

/** Reporter and partner within a set of named economies and groups (in text offsets). */
function economiesOf(n: NumberMention, s: ReadSentence, named: readonly Named[], lang: CheckLang): Who {
	const { text: sentence, folded } = s;
	const local = named.map((w) => ({ ...w, start: w.start - s.start, end: w.end - s.start }));
	const before = (w: { start: number }, span = 25) => folded.slice(Math.max(0, w.start - span), w.start);
	const after = (w: { end: number }) => folded.slice(w.end, w.end + 30);
	const owner = local.find(
		(w) =>
			(!w.group || (w.group.code && w.group.code !== 'WLD')) &&
			!/\b(?:exports?|imports?|sales|purchases|shipments)\s+of\s+$/.test(before(w)) &&
			(OWNER_AFTER_EN.test(sentence.slice(w.end, w.end + 30)) ||
				(lang === 'fr' && (OWNER_BEFORE_FR.test(before(w, 60)) || OWNER_AFTER_FR.test(after(w)))))
	);
	let reporter = owner?.code ?? null;
	const isNamed = (w: Named) =>
		w.code !== reporter &&
		(PARTNER_BEFORE.test(before(w)) || (lang === 'en' && /\b(exports?|imports?|sales|purchases)\s+of\s+$/.test(before(w))));
	const named_ = local.find((w) => isNamed(w) && !w.group) ?? local.find(isNamed);
	const at = n.start - s.start;
	const near = local.filter((w) => w.code !== reporter && !w.group).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
	const partnerWord = named_ ?? near;
	// Otherwise the economy nearest before the flow that is not the partner reports ("China, where imports of Canadian goods fell").
	const flows = [...folded.matchAll(/\b(export|import|sales|purchases|exportation|importation)/g)].map((m) => m.index);
	const flowAt = flows.filter((i) => i < at).at(-1) ?? flows[0] ?? -1;
	if (!reporter && partnerWord && flowAt >= 0)
		reporter =
			local.filter((w) => w.end <= flowAt && w.code !== partnerWord.code && !w.group).sort((a, b) => b.end - a.end)[0]?.code ?? null;
	const group = partnerWord?.group;
	return {
		reporter,
		partner: partnerWord?.code ?? null,
		partnerWords: group ? { text: group.text, code: group.code } : null,
		partnerNear: !named_
	};
}

/**
 * Reporter and partner, read in the number's own clause where it names an economy ("… to the U.S.,
 * while China buys under 4%"), with the sentence's reporter where the clause names none.
 */
export function whoOf(n: NumberMention, s: ReadSentence, named: readonly Named[], lang: CheckLang, clause: [number, number]): Who {
	const [from, to] = clause;
	const { folded } = s;
	// Economies in a clause that elaborates ("…, with rises in imports from the EU", "stimulated by … the United States") are not the figure's.
	const elaborating = (w: Named) => {
		const at = w.start - s.start;
		if (at >= from && at < to) return false;
		const cut = Math.max(folded.lastIndexOf(', ', at), folded.lastIndexOf('; ', at));
		return ELABORATION[lang].test(
			folded
				.slice(Math.max(0, cut), Math.max(0, cut) + 30)
				.replace(/^[,;]\s*/, '')
				.slice(0, 25)
		);
	};
	const relevant = named.filter((w) => !elaborating(w));
	const all = economiesOf(n, s, relevant, lang);
	const inClause = relevant.filter((w) => w.start - s.start >= from && w.end - s.start <= to);
	if (inClause.length === 0 || inClause.length === relevant.length) return all;
	const own = economiesOf(n, s, inClause, lang);
	const partner = own.partner ?? own.partnerWords?.code ?? all.partner;
	const ownHas = own.partner !== null || own.partnerWords !== null;
	return {
		reporter: own.reporter ?? (all.reporter !== partner ? all.reporter : null),
		partner: ownHas ? own.partner : all.partner,
		partnerWords: ownHas ? own.partnerWords : all.partnerWords,
		partnerNear: ownHas ? own.partnerNear : all.partnerNear,
		named: all.partnerNear ? null : all.partner
	};
}

/** Groups as named things beside the economies: extra-EU is the world from the EU's side, a named group without a code has none. */
export const groupNamed = (g: GroupWord, offset: number): Named => ({
	start: g.start + offset,
	end: g.end + offset,
	code: g.code ?? `~${g.extraOf ?? g.text}`,
	group: g
});

/** A group partner once the reporter is known: extra-EU from the EU's own side is its trade with the world. */
export function settleGroup(who: Who): Who {
	const g = who.partnerWords;
	if (!g) return who;
	const extraOf = who.partner?.startsWith('~') ? who.partner.slice(1) : null;
	if (extraOf && extraOf === who.reporter) return { ...who, partner: 'WLD', partnerWords: { text: g.text, code: 'WLD' } };
	if (who.partner?.startsWith('~')) return { ...who, partner: null, partnerWords: { text: g.text, code: null } };
	return who;
}
