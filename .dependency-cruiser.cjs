/**
 * The layers of src/lib, lowest first: a module imports only from its own layer or lower ones.
 * Data flows one way: schema → data → (words) i18n → charts → features → app → routes.
 * app/ (what pages compose in the browser) and server/ (the built tables read in Node) stand side by
 * side and import neither each other; server/ is read by *.server.ts files alone, and the Node engine
 * by server/ alone. Routes import no util and no chart model.
 * `npm run lint:layers` (part of `npm test`) fails on any import that points back up.
 */
const LAYERS = [
	['util'],
	['schema'],
	['data'],
	['i18n'],
	['charts'],
	['story', 'explore', 'export', 'embed', 'present', 'own-data', 'check'],
	['app', 'server']
];
const FEATURES = LAYERS[5];
const dir = (names) => `^src/lib/(${names.join('|')})/`;

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
	name: `no-upward-from-${layer.join('-')}`,
	comment: `${layer.join(', ')} must not import from a higher layer (${LAYERS.slice(i + 1)
		.flat()
		.join(', ')})`,
	severity: 'error',
	from: { path: dir(layer) },
	to: {
		path: dir(LAYERS.slice(i + 1).flat()),
		// The schema and data layers name message keys (types only); the words are chosen above them.
		...(i <= 2 ? { pathNot: '^src/lib/i18n/' } : {})
	}
}));

module.exports = {
	forbidden: [
		...upward,
		{
			name: 'no-runtime-i18n-below-i18n',
			comment: 'schema and data carry message keys and parameters; they never word a message (type imports only)',
			severity: 'error',
			from: { path: dir(['util', 'schema', 'data']) },
			to: { path: '^src/lib/i18n/', dependencyTypesNot: ['type-only'] }
		},
		{
			name: 'no-cross-feature',
			comment: 'a feature imports no other feature, except the story, whose charts the others show',
			severity: 'error',
			from: { path: `^src/lib/(${FEATURES.join('|')})/` },
			to: { path: `^src/lib/(${FEATURES.filter((f) => f !== 'story').join('|')})/`, pathNot: '^src/lib/$1/' }
		},
		{
			name: 'no-app-server-crossing',
			comment:
				'app/ composes what pages show in the browser; server/ reads the built tables in Node at build time: neither imports the other',
			severity: 'error',
			from: { path: '^src/lib/(app|server)/' },
			to: { path: '^src/lib/(app|server)/', pathNot: '^src/lib/$1/' }
		},
		{
			name: 'node-engine-on-the-server-only',
			comment: 'the Node engine (DuckDB in Node) is imported by src/lib/server/ alone, never by code that may reach the browser',
			severity: 'error',
			from: { pathNot: '^src/lib/server/' },
			to: { path: '^src/lib/data/node-engine\\.ts$' }
		},
		{
			name: 'server-modules-from-server-files-only',
			comment:
				'src/lib/server/ is read by +page.server.ts, +layout.server.ts and hooks.server.ts, never by a page component or universal load',
			severity: 'error',
			from: { path: '^src/', pathNot: '(^src/lib/server/|\\.server\\.ts$)' },
			to: { path: '^src/lib/server/' }
		},
		{
			name: 'routes-compose-features',
			comment:
				'a route arranges what the feature folders, app/ and server/ provide: it imports no chart model or query module directly, and no util',
			severity: 'error',
			from: { path: '^src/routes/' },
			to: { path: '^src/lib/(util|charts/[^/]*-model\\.ts$)' }
		},
		{
			name: 'no-lib-to-routes',
			severity: 'error',
			from: { path: '^src/lib/' },
			to: { path: '^src/routes/' }
		},
		{
			name: 'no-circular',
			severity: 'error',
			from: { path: '^src/' },
			to: { circular: true, dependencyTypesNot: ['type-only'] }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		// $lib as SvelteKit resolves it (its tsconfig paths are relative to .svelte-kit/).
		webpackConfig: { fileName: '.dependency-cruiser.resolve.cjs' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'svelte'],
			extensions: ['.ts', '.js', '.svelte']
		},
		exclude: { path: '(^|/)\\.svelte-kit/' }
	}
};
