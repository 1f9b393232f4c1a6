/** The explorer's partner picker: names in the reader's language and collation, ambiguous names told apart, groups marked. */
import { describe, expect, it } from 'vitest';
import { matchOptions, partnerOptions } from '../../src/lib/explore/partner-options';
import { ENGLISH, lang } from '../../src/lib/i18n/lang';

describe('partner options', () => {
	const codes = ['USA', 'COD', 'COG', 'ALA', 'AFG', 'WLD', 'SUN', 'CIV', 'NLD'];

	it('sorts by name in the reader’s collation, not by code', () => {
		expect(partnerOptions(codes, ENGLISH).map((o) => o.code)).toEqual(['AFG', 'ALA', 'COD', 'COG', 'CIV', 'NLD', 'USA', 'SUN', 'WLD']);
	});

	it('tells two economies of the same name apart by their code, and marks groups and former economies', () => {
		const options = partnerOptions(codes, ENGLISH);
		expect(options.filter((o) => o.label.startsWith('Congo')).map((o) => o.label)).toEqual(['Congo (COD)', 'Congo (COG)']);
		expect(options.find((o) => o.code === 'WLD')?.note).toBe('group of economies');
		expect(options.find((o) => o.code === 'SUN')?.note).toBe('former economy');
		expect(options.find((o) => o.code === 'USA')?.note).toBe('');
		expect(partnerOptions(['WLD'], lang('fr'))[0]).toEqual({ code: 'WLD', label: 'Monde', note: 'groupe d’économies' });
	});

	it('finds by any part of the name, without accents or case, or by the start of the code', () => {
		const fr = partnerOptions(codes, lang('fr'));
		expect(matchOptions(fr, 'cote').map((o) => o.code)).toEqual(['CIV']);
		expect(matchOptions(fr, 'ÉTATS').map((o) => o.code)).toEqual(['USA']);
		expect(matchOptions(fr, 'nl').map((o) => o.code)).toEqual(['NLD']);
		expect(matchOptions(fr, '  ')).toHaveLength(codes.length);
		expect(matchOptions(fr, 'zzz')).toEqual([]);
	});
});
