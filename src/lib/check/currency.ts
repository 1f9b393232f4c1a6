/**
 * A figure's currency: the one it writes ("US$", "€", "£", "A$", "yen"), or the one it implies. A bare
 * "$" or "dollars" is the dollar of the economy whose figure it is (Canada's in a Canadian release),
 * and an amount written with a scale word alone ("189,3 mrds") is in the currency of the amounts
 * before it, or its reporter's. An implied currency is marked so.
 */
import { foldLetters } from './economies';
import type { NumberMention } from './numbers';
import { DOLLAR_ECONOMIES, HOME_CURRENCY } from './trade-words';

/** "$", "dollars", "milliards de dollars", "$ " with no country's mark beside it. */
const NAMED_DOLLAR =
	/(?:us|u\.s\.|c|ca|can|cdn|a|au|aud|nz|hk|s|r|mx)\s?\$|\$\s?(?:us|ca|can|e\.-u\.|a|nz)|american|canadian|australian|zealand|hong kong|americains?|canadiens?|australiens?|zelandais|des etats-unis|us dollars|u\.s\. dollars/;
export const bareDollar = (written: string): boolean => {
	const t = foldLetters(written);
	return /\$|\bdollars?\b/.test(t) && !NAMED_DOLLAR.test(t);
};

export interface CurrencyReading {
	currency: string;
	implied: boolean;
}

/**
 * The currency of a money figure, or of an amount with a scale word alone. `economies`: the figure's
 * reporter, then the text's own economy; `before`: the currency of the last amount before it in the paragraph.
 */
export function currencyOf(n: NumberMention, economies: readonly (string | null)[], before: string | null): CurrencyReading | null {
	if (/^[A-Z]{3}$/.test(n.unit)) {
		// "¥" alone is the yen in Japan's figures and the yuan in China's.
		if (/(?<![a-z])¥/i.test(n.text) && !/(?:cn|jp)¥/i.test(n.text)) {
			const yen = economies.find((e) => e === 'JPN' || e === 'CHN');
			return { currency: yen === 'JPN' ? 'JPY' : 'CNY', implied: true };
		}
		if (!bareDollar(n.text)) return { currency: n.unit, implied: false };
		const dollar = economies.map((e) => (e ? DOLLAR_ECONOMIES[e] : undefined)).find(Boolean);
		return { currency: dollar ?? n.unit, implied: true };
	}
	if (n.unit === 'count' && n.scaled) {
		const home = economies.map((e) => (e ? HOME_CURRENCY[e] : undefined)).find(Boolean);
		const currency = before ?? home;
		return currency ? { currency, implied: true } : null;
	}
	return null;
}
