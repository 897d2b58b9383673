// Runs bench/search.ts through Vite's module loader: TypeScript sources, no build step, no
// extra dependency. Prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const server = await createServer({
	configFile: false,
	appType: 'custom',
	logLevel: 'error',
	// Nothing to pre-bundle for the browser: this only runs in Node.
	optimizeDeps: { noDiscovery: true, include: [] },
	server: { middlewareMode: true, hmr: false, ws: false }
});
try {
	const { runBench } = await server.ssrLoadModule('/bench/search.ts');
	const sizes = process.argv.slice(2).map(Number).filter(Boolean);
	/** @type {import('./search.ts').BenchResult[]} */
	const results = runBench(sizes.length ? sizes : undefined);
	console.table(results);
	writeFileSync(
		new URL('./results.json', import.meta.url),
		JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, '\t')
	);
} finally {
	await server.close();
}
