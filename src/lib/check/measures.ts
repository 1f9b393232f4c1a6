/**
 * What a number measures, from the words of its sentence: a trade figure (value, change, share,
 * rank), a count in a trade statement, or something no trade series answers (a poll, a goal, a
 * tariff rate, a quota, a price). Words in both languages, matched at word starts in the folded
 * sentence.
 */
import type { ClaimMeasure } from './claim';
import type { NumberMention } from './numbers';

/** A currency code, not a percentage, count, rank or year. */
export const isMoney = (unit: NumberMention['unit']): boolean => /^[A-Z]{3}$/.test(unit);

/** Words of each kind, in both languages, matched at word starts in the folded sentence. */
export const WORDS: Record<
	'poll' | 'target' | 'product' | 'tariff' | 'quota' | 'cap' | 'price' | 'trade' | 'partner' | 'exports' | 'imports' | 'total',
	RegExp
> = {
	poll: /\b(favou?rabl|poll|survey|respondent|sondage|opinion favorable|percu)/,
	tariff: /\b(tariff|dut(y|ies)|surtax|levy|levies|droits? de douane|tarif|surtaxe)/,
	quota: /\b(quota|vehicles?|vehicules?|cars?|voitures?|evs?|ve)\b/,
	target:
		/\b(targets?|goals?|aims?|aiming|seeking|seeks?|plans?|pledged?|objectifs?|vise|visant|cible|entend|souhaite|expected|expecting|forecasts?|forecast(?:ed|ing)|predicted|projected|anticipated|consensus|prevu|prevoyaient|attendu|attendait|anticipaient|prevision)\b|\bover the next\b|\bd'ici (a |l')?\d|\bau cours des (prochaines|dix|cinq)/,
	product:
		/\b(crude|oil|petroleum|gas|canola|colza|pork|porc|seafood|fruits de mer|lumber|bois d'oeuvre|wheat|ble|steel|acier|alumini?um|energy|energie|potash|potasse|coal|charbon|beef|boeuf|lobsters?|homards?|soy(beans?)?|soja|barley|orge|uranium|copper|cuivre|iron ore|minerai de fer)\b/,
	cap: /\b(quotas?|caps?|capped|plafonds?|contingents?)\b/,
	price: /\b(prices?|priced|costs?|costing|prix|coute|coutant|cout)\b/,
	trade:
		/\b(export|import|trade|trading|sales|sold|bought|buy|purchas|shipment|commerce|commercia|exportation|importation|vend|achet|credits|debits|deficit|surplus|balance|excedent|solde|echanges)/,
	partner: /\b(partner|market|customer|client|buyer|supplier|partenaire|marche|fournisseur)/,
	exports: /\b(export|sales to|sold to|shipments to|exportation|ventes)/,
	imports: /\b(import|bought from|purchases from|importation|achats)/,
	total: /\b(trad(e|ing) partner|bilateral trade|commerce bilateral|partenaire commercial|two-way trade)/
};

/** What a number measures, from the words of its sentence and those just before and after it. */
export function measureOf(
	n: NumberMention,
	words: string,
	near: { before: string; after: string },
	/** The paragraph has been speaking of trade: a sentence that goes on with it ("Capital goods rose $376m") is trade too. */
	inTrade = false
): { measure: ClaimMeasure; noSeries: boolean } {
	const trade = inTrade || WORDS.trade.test(words);
	// A goal or a forecast ("seeking to grow trade by at least 50% over the next ten years", "had expected exports to grow 3%") is no published figure.
	if ((n.unit === 'percent' || isMoney(n.unit)) && (WORDS.target.test(near.before) || WORDS.target.test(near.after)))
		return { measure: 'trade_target', noSeries: true };
	if (WORDS.poll.test(words) && n.unit === 'percent') return { measure: 'favourability', noSeries: true };
	// An amount after "price" or under a million is what a thing costs, not a country's trade.
	if (isMoney(n.unit) && (WORDS.price.test(near.before) || Math.abs(n.value) < 1e6)) return { measure: 'price', noSeries: true };
	if (WORDS.tariff.test(words) && n.unit === 'percent' && !n.direction) return { measure: 'tariff_rate', noSeries: true };
	// A share of vehicles ("3% of the 1.8 million vehicles sold", "half of the EVs exported") is a quota or a market share, not trade.
	if (n.unit === 'percent' && !n.direction && /^\s+(of|de|des|du|d')\b/.test(near.after) && WORDS.quota.test(near.after))
		return { measure: WORDS.cap.test(words) ? 'import_quota' : 'market_share', noSeries: true };
	// A product's share or change ("2% of Canada's crude oil", "canola exports fell 10%"): no all-goods series answers it.
	const product =
		n.unit === 'percent' &&
		(n.direction ? WORDS.product.test(near.before) : /^\s+(of|de|des|du|d')\b/.test(near.after) && WORDS.product.test(near.after));
	if (product && trade) return { measure: n.direction ? 'trade_change' : 'export_share', noSeries: true };
	// A number of vehicles under a cap or a pledge ("an annual cap of 49,000 Chinese EV imports, increasing to 70,000").
	if (
		n.unit === 'count' &&
		n.value >= 1000 &&
		WORDS.quota.test(words) &&
		(WORDS.cap.test(words) || /\b(import|admit|allow)/.test(near.before))
	)
		return { measure: 'import_quota', noSeries: true };
	if (n.unit === 'rank')
		return WORDS.partner.test(words) || trade ? { measure: 'rank', noSeries: false } : { measure: 'other', noSeries: true };
	if (n.unit === 'percent') {
		if (n.direction && trade) return { measure: 'trade_change', noSeries: false };
		if (trade || WORDS.partner.test(words)) return { measure: 'export_share', noSeries: false };
		return { measure: 'other', noSeries: true };
	}
	if (isMoney(n.unit))
		return trade && !(WORDS.quota.test(words) && Math.abs(n.value) < 1e8)
			? { measure: 'trade_value', noSeries: n.unit !== 'USD' && n.unit !== 'CAD' }
			: { measure: 'other', noSeries: true };
	return { measure: 'other', noSeries: true };
}

/** Measures of trade itself: they have a flow and cover goods (all or some). */
export const TRADE_MEASURES: ReadonlySet<ClaimMeasure> = new Set<ClaimMeasure>(['trade_value', 'trade_change', 'export_share', 'rank']);

/** Measures of other things than trade: they have no flow. */
export const NOT_TRADE = new Set<ClaimMeasure>(['trade_target', 'tariff_rate', 'favourability', 'import_quota', 'market_share', 'price']);
