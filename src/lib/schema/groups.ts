/**
 * The World Bank's regions and income groups (fiscal year 2025), as the `countries` table names
 * them, each with the World Bank's own code. The explorer filters by them and offers them as
 * partners: the sum of their members' figures, labelled as a group.
 */
export const WB_REGIONS = [
	{ code: 'EAP', name: 'East Asia & Pacific' },
	{ code: 'ECA', name: 'Europe & Central Asia' },
	{ code: 'LAC', name: 'Latin America & Caribbean' },
	{ code: 'MNA', name: 'Middle East & North Africa' },
	{ code: 'NAC', name: 'North America' },
	{ code: 'SAS', name: 'South Asia' },
	{ code: 'SSA', name: 'Sub-Saharan Africa' }
] as const;

export const INCOME_GROUPS = [
	{ code: 'HIC', name: 'High income' },
	{ code: 'UMC', name: 'Upper middle income' },
	{ code: 'LMC', name: 'Lower middle income' },
	{ code: 'LIC', name: 'Low income' }
] as const;

export type RegionCode = (typeof WB_REGIONS)[number]['code'];
export type IncomeCode = (typeof INCOME_GROUPS)[number]['code'];
export type GroupCode = RegionCode | IncomeCode;

/** A group as a partner code: `WB.EAP`, `WB.HIC` (never an ISO code, which has no dot). */
export const GROUP_PREFIX = 'WB.';
export const GROUP_PARTNERS = [...WB_REGIONS, ...INCOME_GROUPS].map((g) => `${GROUP_PREFIX}${g.code}`);
export const isGroupPartner = (code: string): boolean => GROUP_PARTNERS.includes(code);

/** The code of a region or income group named as the `countries` table names it. */
export const regionCode = (name: string | null): RegionCode | null => WB_REGIONS.find((r) => r.name === name)?.code ?? null;
export const incomeCode = (name: string | null): IncomeCode | null => INCOME_GROUPS.find((g) => g.name === name)?.code ?? null;
