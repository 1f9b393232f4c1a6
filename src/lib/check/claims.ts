/**
 * Numeric statements about trade, read from an article's text: each number with the economies, flow,
 * period, base, currency and measure its sentence gives it. Rule-based and deterministic; a claim no
 * official series answers (a poll, a tariff rate, services, volume terms) is marked so, never guessed at.
 *
 * A text is read in two passes: first the periods of every sentence, which give the text its
 * reference period (what a figure with no period of its own is of) and the economy it is about; then
 * each figure, sentence by sentence, carrying a reporter, flow and period on within a paragraph.
 */
import { basePeriod, type Claim, type ClaimPeriod } from './claim';
import { baseOf, relativeNear, yearPeriod, yearWithout } from './claim-years';
import { bracketOwners, lineOf } from './text-layout';
import { currencyOf } from './currency';
import { foldLetters, type EconomyIndex } from './economies';
import { balanceSide, clauseOf, flowAt, inVolume, isChange, printedPlus, scopeAt, textScope, twoFlows } from './figure-reading';
import { isMoney, measureOf, NOT_TRADE, TRADE_MEASURES, WORDS } from './measures';
import { readNumbers, type CheckLang, type NumberMention } from './numbers';
import type { Money } from './phrases';
import { groupsIn, homeEconomy, otherThan, unknownPartner } from './partners';
import { COMPARED_BEFORE, YEAR_EARLIER_AFTER } from './trade-words';
import { bracketedAfterBase, closeSpan, endIndex, isHeading, periodOfFigure, periodsIn, referencePeriod, type PeriodAt } from './periods';
import { groupNamed, settleGroup, whoOf, type Named } from './who';

export type { Claim, ClaimFlow, ClaimMeasure, ClaimPeriod } from './claim';
export { TRADE_MEASURES };

/**
 * Sentences with their offsets, by the platform's own segmenter for the language, a line at a time:
 * a sentence never runs across a line break, and the segmenter, slow on one long string (12 s for
 * 1 MB), is fast on many short ones.
 */
export function sentences(text: string, lang: CheckLang): { start: number; end: number; text: string }[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
	const out: { start: number; end: number; text: string }[] = [];
	for (const line of text.matchAll(/[^\n]+/g))
		for (const s of segmenter.segment(line[0])) {
			const start = line.index + s.index;
			const last = out.at(-1);
			// "The U.S. Census Bureau", "Mr. Allen", "Jan. 16": a break after an abbreviation is none.
			if (last && last.end === start && ABBREVIATION.test(last.text)) {
				last.end = start + s.segment.length;
				last.text += s.segment;
			} else out.push({ start, end: start + s.segment.length, text: s.segment });
		}
	return out;
}

/** A segment ending in an abbreviation: initials (U.S., U.K.), titles, months, "No.", "vs.", "approx.". */
const ABBREVIATION =
	/(?:\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|vs|approx|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|M|Mme|janv|févr|avr|juil|sept|oct|nov|déc|p|art)\.)\s*$/u;

export interface ReadOptions {
	/** The article's date (ISO): a month or a quarter without its year is the latest before it. */
	date?: string;
	/** Who published the text ("Statistics Canada, The Daily"): whose figures a sentence naming no reporter gives. */
	publisher?: string;
}

/** "9 of the 11 product sections", "6 des 11 sections": a count in a trade statement. */
const COUNT_OF = /^\s+(?:of the|out of|of|des|sur les?|sur)\s+\d+/u;
/** A figure in brackets after a change, or after "or": the same change in per cent ("$557m (1%)", "$28.2 billion, or 8.2 percent"). */
const SAME_CHANGE = /^\s*(?:\(|,?\s*or\s|,?\s*soit\s|;\s*)\s*[+-]?$/u;

interface Context {
	lang: CheckLang;
	date?: string;
	home: string | null;
	reference: ClaimPeriod | null;
	/** What the text covers where a figure's words say nothing (its title's "goods and services"). */
	scope: Claim['scope'];
}

/** The claims of one sentence (offsets in the text); `carry` is what the paragraph said before it. */
function readSentence(
	s: { start: number; end: number; text: string },
	periods: readonly PeriodAt[],
	index: EconomyIndex,
	ctx: Context,
	carry: { claim?: Claim; period?: ClaimPeriod; currency?: string; partner?: string; base?: Claim['base'] }
): Claim[] {
	const { lang } = ctx;
	const numbers = readNumbers(s.text, lang);
	if (numbers.length === 0) return [];
	const words = foldLetters(s.text);
	const sentence = { start: s.start, text: s.text, folded: words };
	const over = (w: { start: number; end: number }) => numbers.some((n) => w.start < n.end && w.end > n.start);
	// A word inside a number ("dollars américains", "U.S. dollars") names a currency, not an economy.
	// A group's words hold an economy's ("l'intérieur de l'UE", "the EU countries"): the group, the longer, is what the text names.
	const groups = groupsIn(s.text, lang).filter((g) => !over(g));
	const economies = index
		.find(s.text)
		.filter((w) => !over(w) && !groups.some((g) => g.start <= w.start && w.end <= g.end && g.end - g.start > w.end - w.start))
		.map((w) => ({ ...w, start: w.start + s.start, end: w.end + s.start }));
	const named: Named[] = [...economies, ...groups.map((g) => groupNamed(g, s.start))].sort((a, b) => a.start - b.start);
	const other = otherThan(s.text, lang, economies, s.start);
	const intra = groups.find((g) => g.intra && g.code);
	const read: Claim[] = [];
	let lastMoney = carry.currency ?? null;
	const inTrade = carry.claim !== undefined;
	const directions: ('up' | 'down' | 'unknown' | null)[] = [];
	for (const [i, local] of numbers.entries()) {
		const clause = clauseOf(words, lang, local.start, local.end);
		const previous = read.at(-1);
		const sameChange =
			previous && previous.measure === 'trade_change' && i > 0 && SAME_CHANGE.test(words.slice(numbers[i - 1].end, local.start));
		const who0 = whoOf({ ...local, start: local.start + s.start, end: local.end + s.start }, sentence, named, lang, clause);
		const scaledMoney = local.unit === 'count' && local.scaled ? currencyOf(local, [who0.reporter, ctx.home], lastMoney) : null;
		const n: NumberMention = {
			...local,
			start: local.start + s.start,
			end: local.end + s.start,
			unit: scaledMoney ? (scaledMoney.currency as Money) : local.unit
		};
		const near = { before: words.slice(Math.max(0, local.start - 40), local.start), after: words.slice(local.end, local.end + 40) };
		let { measure, noSeries } = measureOf(n, words, near, inTrade);
		const counted =
			local.unit === 'count' &&
			!local.scaled &&
			COUNT_OF.test(words.slice(local.end, local.end + 20)) &&
			(inTrade || WORDS.trade.test(words));
		if (counted) [measure, noSeries] = ['count', true];
		const trade = TRADE_MEASURES.has(measure) || counted;
		const bracketed = isMoney(n.unit) ? bracketedAfterBase(words, periods, local) : undefined;
		let direction = trade && !bracketed ? isChange(words, lang, local, numbers) : null;
		if (sameChange && local.unit === 'percent') direction = directions[i - 1] ?? null;
		// "…, and 3.1% from June 2023": a figure followed by its base is a change, the way the sentence's last one went.
		if (!direction && trade && !local.share && i > 0 && periods.some((p) => p.base && p.start >= local.end && p.start - local.end < 25))
			direction = directions.slice(0, i).findLast((d) => d !== null) ?? null;
		directions[i] = direction;
		if (!direction && (printedPlus(s.text, local) || local.value < 0) && local.unit === 'percent' && !local.share)
			direction = local.value < 0 ? 'down' : 'up';
		if (
			direction &&
			!local.share &&
			(measure === 'trade_value' ||
				measure === 'export_share' ||
				(measure === 'other' && local.unit === 'percent' && WORDS.trade.test(words)))
		)
			measure = 'trade_change';
		let flow = trade ? (flowAt(words, lang, local) ?? carry.claim?.flow ?? null) : null;
		// Reporter: the sentence's, else the paragraph's, else the text's own economy.
		let who = settleGroup(who0);
		if (trade && !who.reporter && carry.claim?.reporter && carry.claim.reporter !== who.partner)
			who = settleGroup({ ...who0, reporter: carry.claim.reporter });
		if (trade && !who.reporter && ctx.home && ctx.home !== who.partner) who = settleGroup({ ...who0, reporter: ctx.home });
		// A sentence naming only its reporter's economy by nearness speaks of its trade with the world.
		if (trade && who.partnerNear && who.partner === who.reporter) who = { ...who, partner: null };
		if (trade && who.partner === ctx.home && who.partnerNear && !who.reporter) who = { ...who, reporter: ctx.home, partner: null };
		// The clause's economy by nearness is the reporter itself ("left Canada dependent on our largest trading partner, … the U.S."): the sentence's named partner.
		if (trade && who.partnerNear && (who.partner === who.reporter || who.partner === null) && who0.named && who0.named !== who.reporter)
			who = { ...who, partner: who0.named };
		// "our second-largest trading partner": the speaker's economy reports, the economy named is the partner.
		if (measure === 'rank' && /\b(?:our|notre|nos)\s+$/.test(near.before) && ctx.home) {
			const subject = economies.filter((e) => e.end <= n.start && e.code !== ctx.home).at(-1);
			who = { ...who, reporter: ctx.home, partner: subject?.code ?? who.partner, partnerWords: null };
		}
		let { reporter, partner } = who;
		// "au Luxembourg (83%)", "in Slovakia and Croatia (each 79%)": the economies before the bracket are the figure's.
		const owners = trade ? bracketOwners(words, lang, local, economies, s.start) : [];
		if (owners.length) {
			const group = groups.find((g) => g.code && g.code !== 'WLD');
			partner = group?.code ?? (who.partner !== owners[0] ? who.partner : null);
			reporter = owners[0];
		}
		let partnerWords = other ?? who.partnerWords;
		if (other) partner = null;
		if (intra && trade) [reporter, partner, flow, partnerWords] = [intra.code, intra.code, 'total', { text: intra.text, code: intra.code }];
		// A sentence naming no economy goes on with the partner its paragraph named ("… from China. Electrical machinery (€36.5 billion) …").
		const unknown = trade && !partnerWords && (!partner || partner === reporter) ? unknownPartner(s.text.slice(...clause), lang) : null;
		if (unknown) [partner, partnerWords] = [null, unknown];
		else if (trade && named.length === 0 && carry.partner) partner = carry.partner;
		if (trade && !partner && !partnerWords && flow) partner = 'WLD';
		// Periods: the sentence's own, else the paragraph's, else the text's reference.
		const level = !direction;
		const own = periodOfFigure(words, periods, local, clause, level, numbers);
		let period = own ? closeSpan(own, ctx.reference) : (carry.period ?? ctx.reference);
		// "contre 75,3 milliards un an plus tôt", "from $80 billion a year earlier": a level given for comparison, a year before.
		if (period && level && COMPARED_BEFORE[lang].test(near.before) && YEAR_EARLIER_AFTER[lang].test(near.after))
			period = basePeriod(period, 'year_ago');
		const year = period?.year ?? relativeNear(words, local.start, ctx.date)?.year ?? yearWithout(measure, words, ctx.date);
		// The value, signed: a fall is negative; a balance from the reporter's side (a deficit is negative, and so is its widening).
		const size = Math.abs(n.value);
		const side = flow === 'balance' ? balanceSide(words, lang, local) : null;
		let value = n.direction === 'down' ? -n.value : n.value;
		if (measure === 'trade_change') {
			const sign = local.value < 0 || direction === 'down' ? -1 : 1;
			value = sign * size * (side === 'deficit' && isMoney(n.unit) ? -1 : 1);
		} else if (flow === 'balance' && isMoney(n.unit))
			value = local.value < 0 || (side === 'deficit' && !printedPlus(s.text, local)) ? -size : size;
		const currency = isMoney(n.unit)
			? currencyOf(scaledMoney ? { ...local, unit: scaledMoney.currency as Money } : n, [reporter, ctx.home], lastMoney)
			: null;
		if (currency && scaledMoney) currency.implied = true;
		if (currency) lastMoney = currency.currency;
		const scope = trade ? scopeAt(words, lang, local, ctx.scope) : 'goods';
		const volume = trade && inVolume(words, lang);
		const product = trade && noSeries && WORDS.product.test(near.before) ? (WORDS.product.exec(near.before)?.[0] ?? null) : null;
		const claim: Claim = {
			sentence: s,
			number: n,
			measure,
			value,
			reporter,
			partner,
			partnerWords,
			flow: NOT_TRADE.has(measure) ? null : flow,
			year: measure === 'rank' && !own && !carry.period ? (yearWithout(measure, words, ctx.date) ?? year) : year,
			period: NOT_TRADE.has(measure) ? null : period && measure === 'rank' && !own ? null : (period ?? (year ? yearPeriod(year) : null)),
			base:
				measure === 'trade_change'
					? baseOf(
							{ words: words.slice(...clause), bases: periods.filter((p) => p.base && p.start >= clause[0] && p.end <= clause[1]) },
							{ words, bases: periods.filter((p) => p.base) },
							lang,
							period,
							carry.base ?? null
						)
					: null,
			currency: currency?.currency ?? null,
			currencyImplied: currency?.implied ?? false,
			scope,
			volume,
			product,
			noSeries: noSeries || scope !== 'goods' || volume || (currency !== null && currency.currency !== 'USD' && currency.currency !== 'CAD')
		};
		if (claim.period && claim.measure !== 'rank') claim.year = claim.period.year;
		read.push(claim);
		for (const more of owners.slice(1)) read.push({ ...claim, reporter: more });
		// "Both exports and imports … 0.4%": the one figure for each flow, in the text's order.
		const pair = trade && (flow === 'exports' || flow === 'imports') ? twoFlows(words, lang) : null;
		if (pair) {
			claim.flow = pair[0];
			read.push({ ...claim, flow: pair[1] });
		}
	}
	// A rank beside a figure of its own sentence is of that figure's period ("second-largest market, at about 4%").
	const figure = read.find((c) => c.measure === 'export_share' || c.measure === 'trade_value');
	if (figure?.period)
		for (const c of read)
			if (
				c.measure === 'rank' &&
				!periodOfFigure(words, periods, { start: c.number.start - s.start, end: c.number.end - s.start }, [0, words.length], true)
			)
				[c.period, c.year] = [figure.period, figure.year];
	return read;
}

/** Every numeric statement of the text, sentence by sentence, in order. */
export function readClaims(text: string, lang: CheckLang, index: EconomyIndex, options: ReadOptions = {}): Claim[] {
	const all = sentences(text, lang);
	const periods = all.map((s) => periodsIn(s.text, lang, options.date));
	const line = lineOf(text);
	const byParagraph: { text: string; periods: PeriodAt[] }[] = [];
	all.forEach((s, i) => {
		const p = (byParagraph[line(s.start)] ??= { text: '', periods: [] });
		p.text += s.text;
		p.periods.push(...periods[i]);
	});
	const reference = referencePeriod(byParagraph.filter(Boolean), options.date);
	const home = homeEconomy(options.publisher, options.publisher ? index.find(options.publisher) : [], index.find(text.slice(0, 20_000)));
	const title = foldLetters(byParagraph.find(Boolean)?.text ?? '');
	const ctx: Context = { lang, date: options.date, home, reference, scope: textScope(title, lang) };
	const claims: Claim[] = [];
	let carry: { claim?: Claim; period?: ClaimPeriod; currency?: string; partner?: string; base?: Claim['base']; line: number } = {
		line: -1
	};
	for (const [i, s] of all.entries()) {
		// A new paragraph starts afresh; in a release (a text with a reference period) its section's last period goes on, until a heading.
		if (line(s.start) !== carry.line) {
			const heading = isHeading(byParagraph[line(s.start)]?.text ?? '');
			carry = { line: line(s.start), period: reference && !heading ? carry.period : undefined };
		}
		const read = readSentence(s, periods[i], index, ctx, carry);
		claims.push(...read);
		const trade = read.filter((c) => TRADE_MEASURES.has(c.measure));
		// The period the paragraph goes on with: the latest of the sentence's trade figures (a comparison looks back).
		const latest = trade
			.map((c) => c.period)
			.filter((p): p is ClaimPeriod => p !== null)
			.sort((a, b) => endIndex(b) - endIndex(a))[0];
		const own = periods[i].filter((p) => !p.base).sort((a, b) => endIndex(b.period) - endIndex(a.period))[0];
		carry = {
			line: carry.line,
			claim: trade.at(-1) ?? carry.claim,
			period: latest ?? (own ? closeSpan(own, reference) : carry.period),
			currency: read.filter((c) => c.currency).at(-1)?.currency ?? carry.currency,
			partner: trade.filter((c) => c.partner && c.partner !== 'WLD').at(-1)?.partner ?? carry.partner,
			base: trade.filter((c) => c.base).at(-1)?.base ?? carry.base
		};
	}
	return claims;
}
