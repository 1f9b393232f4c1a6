/**
 * Serves the built site (build/) with Vite's preview server, in this process, on 127.0.0.1 and a
 * port the system chooses: any number of test runs or benchmarks can serve at once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';

export interface PreviewServer {
	origin: string;
	stop(): Promise<void>;
}

/** `port` 0 (the default) lets the system choose a free one; the origin says which. */
export async function startPreview(root: string, port = 0): Promise<PreviewServer> {
	if (!existsSync(join(root, 'build', 'index.html'))) throw new Error('build/ is missing: run npm run build first');
	const server = await preview({
		root,
		configFile: join(root, 'vite.config.ts'),
		logLevel: 'silent',
		preview: { host: '127.0.0.1', port, strictPort: true, open: false }
	});
	const address = server.httpServer.address();
	if (!address || typeof address === 'string') throw new Error('the preview server has no TCP address');
	return { origin: `http://127.0.0.1:${address.port}`, stop: () => server.close() };
}
