/** The explorer's numbers in words: the view's currency, and a value in its measure's own form. */
import type { ExploreQuery } from '$lib/data/explore-queries';
import type { Lang } from '$lib/i18n/lang';

/** The view's currency as readers write it: US$, C$ (or $ US, $ CA). */
export const currencyName = (view: Pick<ExploreQuery, 'currency'>, { t }: Lang) => t(`currency.${view.currency}`);

/** A number in the measure's own form: money, a per cent, a signed change, an index, a count. */
export function measureText(view: Pick<ExploreQuery, 'measure' | 'currency'>, value: number, { f }: Lang): string {
	switch (view.measure) {
		case 'value':
		case 'gap':
			return f.money(value, view.currency);
		case 'change':
			return f.percentChange(value);
		case 'index':
			return f.indexValue(value);
		case 'hhi':
		case 'n80':
			return f.countText(value);
		default:
			return f.percent(value);
	}
}

/** Whether the measure is drawn in billions of the currency. */
export const inBillions = (view: Pick<ExploreQuery, 'measure'>) => view.measure === 'value' || view.measure === 'gap';
