/** static/data/README.md: the data dictionary, written from the schema with every build. */
import { sqlType } from '../../src/lib/schema/columns';
import { SCHEMA_VERSION, TABLES } from '../../src/lib/schema/tables';

const cell = (text: string) => text.replaceAll('|', '\\|');

export function dataDictionary(): string {
	const lines = [
		'# Trade Lens data',
		'',
		'Written by `npm run data` from the schema in `src/lib/schema/`; do not edit by hand.',
		`Schema version ${SCHEMA_VERSION}. Each table is one Parquet file (ZSTD); \`manifest.json\` lists row counts, sizes, SHA-256 checksums and the sources each table cites.`,
		'Values are in base units (US$, not US$ millions); percentages are percentage points (75 for 75%); dates are DATE; ' +
			'countries are ISO 3166 alpha-3 or the project codes in `src/lib/schema/extra-codes.ts`.',
		''
	];
	for (const table of TABLES) {
		lines.push(
			`## \`${table.name}\` — ${table.title}`,
			'',
			table.description,
			'',
			`Key: ${table.key.map((k) => `\`${k}\``).join(', ')}.`,
			''
		);
		lines.push('| column | type | null | description |', '| --- | --- | --- | --- |');
		for (const c of table.columns) {
			const values = c.type === 'text' && c.values ? ` (${c.values.join(', ')})` : '';
			lines.push(`| \`${c.name}\` | ${sqlType(c)} | ${c.nullable ? 'yes' : 'no'} | ${cell(c.description + values)} |`);
		}
		lines.push('');
	}
	return lines.join('\n');
}
