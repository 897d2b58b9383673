import { createServer } from 'vite';
const server = await createServer({ configFile: false, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] }, server: { middlewareMode: true, hmr: false, ws: false } });
const { runBench } = await server.ssrLoadModule('/bench/search.ts');
const t0 = Date.now();
console.log(JSON.stringify(runBench(process.argv.slice(2).map(Number), false), null, 1));
console.log('s', (Date.now()-t0)/1000);
await server.close();
