/**
 * Serves the built site (build/) as a static host does: files as they are, a page's `.html` for its
 * path, hashed files cached for good, text compressed, WebAssembly and Parquet as stored. In this process, on 127.0.0.1 and a port
 * the system chooses: any number of test runs or benchmarks can serve at once, each starting in
 * milliseconds (Vite's preview server takes a second to load its configuration).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface PreviewServer {
	origin: string;
	stop(): Promise<void>;
}

/**
 * `port` 0 (the default) lets the system choose a free one; the origin says which. `extra` pages
 * (path → HTML) are served beside the site: the benchmark's floor page, from the same server.
 */
export async function startPreview(root: string, port = 0, extra: Record<string, string> = {}): Promise<PreviewServer> {
	const dir = join(root, 'build');
	if (!existsSync(join(dir, 'index.html'))) throw new Error('build/ is missing: run npm run build first');
	// Hashed files never change: cached for a year, as SvelteKit's own preview and the hosts serve them.
	const files = sirv(dir, {
		extensions: ['html'],
		dev: false,
		etag: true,
		setHeaders: (res, pathname) => {
			if (pathname.startsWith('/_app/immutable/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
		}
	});
	// As the hosts do: WebAssembly is precompressed there and Parquet is compressed already.
	const compress = compression({ filter: (req, res) => !/\.(wasm|parquet)(\?|$)/.test(req.url ?? '') && compression.filter(req, res) });
	const server = createServer((req, res) =>
		compress(req as never, res as never, () => {
			const page = extra[req.url ?? ''];
			if (page !== undefined) {
				res.setHeader('content-type', 'text/html; charset=utf-8');
				res.end(page);
				return;
			}
			files(req, res, () => {
				res.statusCode = 404;
				res.setHeader('content-type', 'text/plain; charset=utf-8');
				res.end('Not found');
			});
		})
	);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const { port: chosen } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${chosen}`,
		stop: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}
