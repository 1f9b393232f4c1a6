/** A checker card's words in English and French, from claims built by hand: period, base, currency, balance, partner, scope, no-series reasons. */
import { describe, expect, it } from 'vitest';
import { lang } from '../../src/lib/i18n/lang';
import { differenceIn, figureIn, readingLine, reasonText, unitName } from '../../src/lib/check/card-text';
import { card, corrected, explorerQuery, isCorrected, noSeriesReason, type NoSeriesReason } from '../../src/lib/check/check-card';
import type { Claim, ClaimPeriod } from '../../src/lib/check/claim';
import type { NumberUnit } from '../../src/lib/check/numbers';
import { baseText, currencyText, partnerText, periodText, scopeText, whenText } from '../../src/lib/check/reading-text';
import { MESSAGES } from '../../src/lib/i18n/translate';
import { handClaim } from '../helpers/hand-claim';

const [en, fr] = [lang('en'), lang('fr')];
/** Spaces as `Intl` writes them (no-break, narrow no-break) read as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** A claim as the reader would give it: Canada's exports to the world in 2024, in Canadian dollars, unless told otherwise. */
function claim(over: Partial<Claim> = {}, unit: NumberUnit = 'CAD', text = '$1.6 billion'): Claim {
	return handClaim({ text, value: 1.6e9, unit, start: 24 }, `Canada's trade moved by ${text} this month.`, over);
}
const period = (kind: ClaimPeriod['kind'], year: number, month: number, months: number, average?: boolean): ClaimPeriod => ({
	kind,
	year,
	month,
	months,
	...(average ? { average } : {})
});

describe('the period, in both languages', () => {
	it('a month, a quarter, a year to date, a moving average, twelve months to a month, a year', () => {
		const cases: [ClaimPeriod, string, string][] = [
			[period('month', 2024, 6, 1), 'June 2024', 'juin 2024'],
			[period('quarter', 2024, 6, 3), 'Q2 2024', 'T2 2024'],
			[period('ytd', 2019, 7, 7), 'January–July 2019 (year to date)', 'janvier à juillet 2019 (cumul annuel)'],
			[period('ytd', 2019, 1, 1), 'January 2019 (year to date)', 'janvier 2019 (cumul annuel)'],
			[period('rolling', 2019, 7, 3, true), '3 months to July 2019 (average)', '3 mois terminés en juillet 2019 (moyenne)'],
			[period('year_ended', 2020, 10, 12), '12 months to October 2020', '12 mois terminés en octobre 2020'],
			[period('year_ended', 2020, 12, 12), '2020', '2020'],
			[period('year', 2024, 12, 12), '2024', '2024']
		];
		for (const [p, english, french] of cases) {
			expect(periodText(en, p)).toBe(english);
			expect(periodText(fr, p)).toBe(french);
		}
		expect(whenText(en, claim({ period: null, year: 2023 }))).toBe('2023');
		expect(whenText(fr, claim({ period: null, year: null }))).toBe('non lu');
	});

	it('what a change is measured from, from its base and its period', () => {
		const change = (p: ClaimPeriod | null, base: Claim['base']) => claim({ measure: 'trade_change', period: p, base }, 'percent', '5.5%');
		const month = period('month', 2024, 6, 1);
		const quarter = period('quarter', 2024, 12, 3);
		expect(baseText(en, change(month, 'previous'))).toBe('vs the month before');
		expect(baseText(fr, change(month, 'previous'))).toBe('par rapport au mois précédent');
		expect(baseText(en, change(month, 'year_ago'))).toBe('vs the same month a year earlier');
		expect(baseText(fr, change(month, 'year_ago'))).toBe('par rapport au même mois un an plus tôt');
		expect(baseText(en, change(quarter, 'previous'))).toBe('vs the quarter before');
		expect(baseText(en, change(quarter, 'year_ago'))).toBe('vs the same quarter a year earlier');
		expect(baseText(fr, change(quarter, 'year_ago'))).toBe('par rapport au même trimestre un an plus tôt');
		expect(baseText(en, change(period('year', 2024, 12, 12), 'year_ago'))).toBe('vs the year before');
		expect(baseText(fr, change(period('year', 2024, 12, 12), 'previous'))).toBe('par rapport à l’année précédente');
		expect(baseText(en, change(period('ytd', 2019, 7, 7), 'year_ago'))).toBe('vs the same months a year earlier');
		expect(baseText(en, change(period('rolling', 2019, 7, 3), 'year_ago'))).toBe('vs the same period a year earlier');
		expect(baseText(en, change(null, 'previous'))).toBe('vs the period before');
		// No base written: the one the check measures from; no period or no change: nothing said.
		expect(baseText(en, change(month, null))).toBe('vs the month before');
		expect(baseText(en, change(period('year', 2024, 12, 12), null))).toBe('vs the year before');
		expect(baseText(en, change(null, null))).toBeNull();
		expect(baseText(en, claim({ base: 'previous' }))).toBeNull();
	});
});

describe('amounts, currencies and balances', () => {
	it('money in its currency, and marked where the text only implied it', () => {
		const implied = claim({ currencyImplied: true });
		expect(currencyText(en, implied)).toBe('CAD (implied from the publisher)');
		expect(currencyText(fr, implied)).toBe('CAD (implicite, d’après l’éditeur)');
		expect(currencyText(en, claim())).toBe('CAD');
		expect(currencyText(en, claim({}, 'percent', '5.5%'))).toBeNull();
		expect(figureIn(en, claim(), 1.6e9)).toBe('C$1.6B');
		const euros = claim({ value: 27.2e9, currency: 'EUR' }, 'EUR', '€27.2 billion');
		expect(figureIn(en, euros, 27.2e9)).toBe('€27.2B');
		expect(plain(figureIn(fr, euros, 27.2e9))).toBe('27,2 G €');
		expect(unitName(en, euros)).toBe('euros');
		const pounds = claim({ currency: 'GBP' }, 'GBP', '£638 million');
		expect(figureIn(en, pounds, 638e6)).toBe('£638M');
		expect(unitName(en, pounds)).toBe('British pounds');
		expect(unitName(fr, pounds)).toBe('livres sterling');
		expect(figureIn(en, claim({ currency: 'AUD' }, 'AUD'), -2.5e9)).toBe('−A$2.5B');
		expect(differenceIn(en, pounds, 12e6)).toBe('+£12M');
	});

	it('a balance as a deficit or a surplus, never a bare negative amount', () => {
		const deficit = claim({ flow: 'balance', value: -1.6e9, period: period('month', 2024, 5, 1) });
		expect(figureIn(en, deficit, deficit.value)).toBe('deficit of C$1.6B');
		expect(plain(figureIn(fr, deficit, deficit.value))).toBe('déficit de 1,6 G $ CA');
		expect(figureIn(en, deficit, 638e6)).toBe('surplus of C$638M');
		expect(plain(figureIn(fr, deficit, 638e6))).toBe('excédent de 638 M $ CA');
		expect(figureIn(en, deficit, 0)).toBe('in balance');
		expect(readingLine(en, deficit)).toBe('Canada → World, trade balance, May 2024');
		expect(readingLine(fr, deficit)).toBe('Canada → Monde, solde commercial, mai 2024');
	});
});

describe('partners and what a figure covers', () => {
	it('a partner with a code by its name; one without in the article’s words, as text', () => {
		expect(partnerText(en, claim({ partner: 'XEU' }))).toBe('European Union');
		expect(partnerText(fr, claim({ partner: 'XEA' }))).toBe('Zone euro');
		expect(partnerText(en, claim({ partner: null, partnerWords: { text: 'the rest of the world', code: 'WLD' } }))).toBe('World');
		const others = claim({ partner: null, partnerWords: { text: 'countries other than the <b>United States</b>', code: null } });
		expect(partnerText(en, others)).toBe('“countries other than the <b>United States</b>” (as the article puts it)');
		expect(partnerText(fr, others)).toBe('« countries other than the <b>United States</b> » (selon l’article)');
		expect(partnerText(en, claim({ partner: null }))).toBe('not read');
	});

	it('services, volume terms and a product where set; nothing for all goods in current values', () => {
		expect(scopeText(en, claim())).toBeNull();
		expect(scopeText(en, claim({ scope: 'services' }))).toBe('services');
		expect(scopeText(fr, claim({ scope: 'goods_and_services', volume: true }))).toBe('biens et services, en volume (termes réels)');
		expect(scopeText(en, claim({ product: 'crude oil', volume: true }))).toBe('“crude oil” only, in volume (real) terms');
	});
});

describe('why a claim has no series', () => {
	const cases: [Partial<Claim>, NumberUnit, NoSeriesReason][] = [
		[{ scope: 'services' }, 'CAD', 'services'],
		[{ scope: 'goods_and_services' }, 'CAD', 'services'],
		[{ volume: true }, 'CAD', 'volume'],
		[{ product: 'crude oil' }, 'CAD', 'product'],
		[{ currency: 'EUR' }, 'EUR', 'currency'],
		[{ measure: 'count', value: 9 }, 'count', 'count'],
		[{ partner: null, partnerWords: { text: 'extra-EU', code: null } }, 'CAD', 'group'],
		[{ measure: 'favourability' }, 'percent', 'poll'],
		[{ reporter: null }, 'CAD', 'reporter'],
		[{ reporter: 'CAN', partner: 'CAN' }, 'CAD', 'same'],
		[{}, 'CAD', 'data']
	];
	it('read from the claim itself', () => {
		for (const [over, unit, reason] of cases) expect(noSeriesReason(claim(over, unit)), reason).toBe(reason);
		// The official lookup's reason where the claim does not tell it (no monthly series, a reporter no table holds).
		expect(noSeriesReason(claim({ period: period('month', 2024, 6, 1) }), 'period')).toBe('period');
		expect(noSeriesReason(claim({ reporter: 'XEU' }), 'source')).toBe('source');
		// A poll is a poll, whatever the lookup says.
		expect(noSeriesReason(claim({ measure: 'favourability' }, 'percent'), 'source')).toBe('poll');
	});

	it('in words in both languages, for every reason', () => {
		const euros = claim({ currency: 'EUR' }, 'EUR');
		expect(reasonText(en, euros, 'currency')).toBe(
			'No series in EUR (euros): Trade Lens holds series in US$ and C$ only, and converts nothing.'
		);
		expect(reasonText(fr, euros, 'currency')).toBe(
			'Aucune série en EUR (euros) : Trade Lens ne tient que des séries en $ US et en $ CA, et ne convertit rien.'
		);
		expect(reasonText(en, claim({ reporter: 'XEU' }), 'source')).toContain('(European Union) are not among Trade Lens’s sources');
		expect(reasonText(fr, claim({ reporter: 'GBR' }), 'source')).toContain('(Royaume-Uni) ne font pas partie des sources');
		expect(reasonText(en, claim(), 'services')).toContain('Trade Lens holds trade in goods only');
		expect(reasonText(en, claim(), 'volume')).toContain('the tables hold current values only');
		expect(reasonText(en, claim(), 'period')).toContain('No monthly series for that period');
		expect(reasonText(fr, claim(), 'count')).toContain('Un nombre de choses');
		expect(reasonText(en, claim({ partnerWords: { text: 'extra-EU', code: null } }), 'group')).toContain('(“extra-EU”)');
		const reasons = cases.map(([, , r]) => r).concat(['period', 'source', 'tariff', 'target', 'quota', 'vehicles', 'price', 'rank']);
		for (const r of reasons)
			for (const l of [en, fr]) {
				const text = reasonText(l, claim(), r);
				expect(text, `${l.locale} ${r}`).not.toMatch(/\{\w+\}|check\./);
				expect(MESSAGES[l.locale][`check.nosource.${r}`]).toBeTruthy();
			}
	});
});

describe('corrections and the explorer link', () => {
	it('a corrected year moves the period; balance may be chosen', () => {
		const read = card(claim({ flow: 'exports', period: period('month', 2024, 6, 1) }), 1);
		const fixed = corrected(read, { year: 2023, flow: 'balance' });
		expect(fixed.claim.period).toEqual(period('month', 2023, 6, 1));
		expect(fixed.claim.flow).toBe('balance');
		expect(isCorrected(fixed)).toBe(true);
		expect(corrected(read, { year: null }).claim.period).toBeNull();
		expect(corrected(read, { partner: 'USA' }).claim.period).toEqual(read.claim.period);
	});

	it('a balance links to the balance; a month to its year’s view; Canadian dollars in C$', () => {
		const balance = claim({ flow: 'balance', value: -1.6e9 });
		expect(Object.fromEntries(explorerQuery(balance) ?? [])).toEqual({
			reporter: 'CAN',
			partners: 'WLD',
			flow: 'balance',
			measure: 'value',
			from: '2014',
			to: '2024',
			currency: 'CAD'
		});
		// A partner named in words with a code ("the world") is that code's series.
		const world = claim({ partner: null, partnerWords: { text: 'the world', code: 'WLD' } });
		expect(explorerQuery(world)?.get('partners')).toBe('WLD');
		expect(noSeriesReason(world)).toBe('data');
		// A month no series answers is shown in its year.
		const june = claim({ period: period('month', 2024, 6, 1), noSeries: true });
		expect(explorerQuery(june)?.get('to')).toBe('2024');
		// Services, a product or another currency have no view.
		expect(explorerQuery(claim({ period: period('month', 2024, 6, 1), noSeries: true, scope: 'services' }))).toBeNull();
		expect(explorerQuery(claim({ currency: 'EUR', noSeries: true }, 'EUR'))).toBeNull();
		expect(explorerQuery(claim({ partner: null, partnerWords: { text: 'extra-EU', code: null } }))).toBeNull();
	});
});
