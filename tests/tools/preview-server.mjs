// `vite preview` of the production build, for the tools that measure it (Lighthouse, benches).
// Vite is started with node itself, not through npx: killing npx would leave vite serving on the
// port, and the next run (strictPort) would then fail or, worse, measure a stale server.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const vitePackage = createRequire(import.meta.url).resolve('vite/package.json');
const VITE_BIN = join(dirname(vitePackage), 'bin', 'vite.js');

/**
 * Serves the build on `port` and resolves once it answers.
 * @param {number} port
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startPreview(port) {
	const origin = `http://localhost:${port}`;
	const server = spawn(
		process.execPath,
		[VITE_BIN, 'preview', '--port', String(port), '--strictPort'],
		{
			stdio: 'ignore'
		}
	);
	const stop = () => server.kill();
	let exited = false;
	server.once('exit', () => (exited = true));
	for (let i = 0; i < 100 && !exited; i++) {
		try {
			await fetch(origin);
			return { origin, stop };
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	stop();
	throw new Error(
		exited
			? `vite preview exited at once: is port ${port} taken?`
			: `vite preview did not start on ${origin}`
	);
}
