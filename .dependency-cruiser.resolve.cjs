/** How .dependency-cruiser.cjs resolves SvelteKit's $lib alias (a resolve section in webpack's form, nothing else). */
const { resolve } = require('node:path');

module.exports = { resolve: { alias: { $lib: resolve(__dirname, 'src/lib') } } };
