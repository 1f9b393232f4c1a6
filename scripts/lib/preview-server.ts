/** Serves the built site (build/) with `vite preview` on 127.0.0.1, for browser tests and benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface PreviewServer {
	origin: string;
	stop(): Promise<void>;
}

export async function startPreview(root: string, port: number): Promise<PreviewServer> {
	if (!existsSync(join(root, 'build', 'index.html'))) throw new Error('build/ is missing: run npm run build first');
	const origin = `http://127.0.0.1:${port}`;
	// Another server on the port would answer for this one and serve another build.
	const taken = await fetch(origin).then(
		() => true,
		() => false
	);
	if (taken) throw new Error(`port ${port} is already in use: stop what is serving ${origin} first`);
	const vite = join(createRequire(join(root, 'package.json')).resolve('vite/package.json'), '..', 'bin', 'vite.js');
	const child: ChildProcess = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`vite preview exited: ${output}`);
		try {
			if ((await fetch(origin)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`vite preview did not start on ${origin}: ${output}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		origin,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}
