/** How a card words its figures: in the page's language, with the claim's own unit and currency. */
import type { Lang } from '$lib/i18n/lang';
import type { NoSeriesReason } from './check-card';
import type { Claim } from './claims';
import { amountIn, balanceIn, currencyName, currencyOf, isPlainUnit, partnerText, whenText } from './reading-text';

/** A figure in the claim's unit: "−10.5%", "US$41.7B", "€27.2B", "76.3%"; a balance as a deficit or a surplus. */
export function figureIn(lang: Lang, claim: Claim, value: number): string {
	const { f } = lang;
	const unit = claim.number.unit;
	if (unit === 'percent') return claim.measure === 'trade_change' ? f.percentChange(value) : f.percent(value);
	if (unit === 'rank') return `#${f.countText(value)}`;
	const currency = currencyOf(claim);
	if (!currency) return f.countText(value);
	const amount = (v: number) => amountIn(lang, v, currency);
	return claim.flow === 'balance' && claim.measure === 'trade_value' ? balanceIn(lang, value, amount) : amount(value);
}

/** The gap between the official figure and the claim: points for percentages, money for amounts. */
export function differenceIn(lang: Lang, claim: Claim, difference: number): string {
	if (claim.number.unit === 'percent') {
		const points = new Intl.NumberFormat(lang.tag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(difference);
		return lang.t('check.official.points', { value: points.replace('-', '−') });
	}
	const currency = currencyOf(claim);
	const gap = currency ? amountIn(lang, difference, currency) : lang.f.countText(difference);
	return difference > 0 ? `+${gap}` : gap;
}

/** The claim's value in base units, as digits: 41 700 000 000. */
export const baseUnits = (lang: Lang, claim: Claim): string =>
	new Intl.NumberFormat(lang.tag, { maximumFractionDigits: 2 }).format(claim.value).replace('-', '−');

/** What a reading was, in a line: "China → Canada, imports, 2025"; "Canada → World, trade balance, June 2024". */
export function readingLine(lang: Lang, claim: Claim): string {
	const reporter = claim.reporter ? lang.country(claim.reporter) : lang.t('check.unknown');
	const flow = claim.flow ? lang.t(`check.flow.${claim.flow}`) : lang.t('check.unknown');
	return `${reporter} → ${partnerText(lang, claim)}, ${flow}, ${whenText(lang, claim)}`;
}

/** Why a claim has no series, in words: "No series in EUR (euros): Trade Lens holds series in US$ and C$ only…". */
export function reasonText(lang: Lang, claim: Claim, reason: NoSeriesReason): string {
	return lang.t(`check.nosource.${reason}`, {
		code: currencyOf(claim) ?? '',
		unit: unitName(lang, claim),
		reporter: claim.reporter ? lang.country(claim.reporter) : lang.t('check.unknown'),
		words: claim.partnerWords?.text ?? ''
	});
}

/** The name of a claim's unit: its currency's ("Canadian dollars", "livres sterling"), else the unit's ("per cent"). */
export function unitName(lang: Lang, claim: Claim): string {
	const unit = claim.number.unit;
	const code = currencyOf(claim);
	if (code) return currencyName(lang, code);
	return isPlainUnit(unit) ? lang.t(`check.unit.${unit}`) : unit;
}

/** Whether two changes point opposite ways (a fall against a rise). */
export const opposite = (a: number, b: number): boolean => (a < 0 && b > 0) || (a > 0 && b < 0);

/** Up to `max` characters of the sentence around the number, cut at spaces, with the number's place in it. */
export function sentenceAround(claim: Claim, max = 320): { before: string; number: string; after: string } {
	const s = claim.sentence;
	const [a, b] = [claim.number.start - s.start, claim.number.end - s.start];
	let before = s.text.slice(0, a);
	let after = s.text.slice(b);
	const room = Math.max(0, max - (b - a));
	if (before.length + after.length > room) {
		const half = Math.floor(room / 2);
		if (before.length > half) before = `…${before.slice(before.length - half).replace(/^\S*\s/, '')}`;
		if (after.length > room - before.length) after = `${after.slice(0, room - before.length).replace(/\s\S*$/, '')}…`;
	}
	return { before: before.trimStart(), number: s.text.slice(a, b), after: after.trimEnd() };
}
