/** The embed snippet a reporter copies: an escaped iframe of /embed/<id> and the sizing script. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHT, HEIGHT_MESSAGE, embedSnippet } from '../src/lib/embed/embed-snippet';
import { ROOT } from './helpers/project';

describe('embedSnippet', () => {
	it('is a lazy, titled iframe of the embed page and the sizing script, from the site’s origin', () => {
		expect(embedSnippet('https://tradelens.example', 'public-opinion', 'Canadians’ views')).toBe(
			`<iframe src="https://tradelens.example/embed/public-opinion" title="Canadians’ views (Trade Lens chart)" loading="lazy" width="100%" height="${DEFAULT_HEIGHT}" style="border:0;width:100%;max-width:1200px" data-trade-lens-embed></iframe>\n<script async src="https://tradelens.example/embed.js"></script>`
		);
	});

	it('escapes a title that holds quotes or markup', () => {
		const snippet = embedSnippet('https://tradelens.example', 'ev-quota', 'A "quoted" <b>title</b> & more');
		expect(snippet).toContain('title="A &quot;quoted&quot; &lt;b>title&lt;/b> &amp; more (Trade Lens chart)"');
	});

	it('the sizing script listens for the message the embed page sends, from its own origin only', async () => {
		const script = await readFile(join(ROOT, 'static', 'embed.js'), 'utf8');
		expect(script).toContain(`'${HEIGHT_MESSAGE}'`);
		expect(script).toContain('if (event.origin !== origin) return;');
		expect(script).toContain('frame.contentWindow !== event.source');
	});
});
