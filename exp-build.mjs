import { createServer } from 'vite';
const server = await createServer({ configFile: false, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] }, server: { middlewareMode: true, hmr: false, ws: false } });
const { syntheticCorpus } = await server.ssrLoadModule('/bench/corpus.ts');
const { buildTextIndex, encodeTextIndex } = await server.ssrLoadModule('/src/search/text-index.ts');
const { createIndex } = await server.ssrLoadModule('/src/search/index.ts');
const { foldedWords } = await server.ssrLoadModule('/src/content/fold.ts');
const corpus = syntheticCorpus(Number(process.argv[2] ?? 10000));
const t = (name, f) => { const c0 = process.cpuUsage(); const w0 = performance.now(); const r = f(); const c = process.cpuUsage(c0); console.log(name, 'cpu', ((c.user+c.system)/1000).toFixed(0), 'wall', (performance.now()-w0).toFixed(0)); return r; };
for (let i = 0; i < 3; i++) {
  t('tokenize', () => { let n = 0; for (const b of corpus.briefs) for (const p of [b.headline, b.dek, ...b.takeaways, b.editorsDesk.title, ...b.editorsDesk.text, ...b.body, b.byline, b.section]) n += foldedWords(p).length; return n; });
  const ti = t('text', () => buildTextIndex(corpus.briefs));
  t('encode', () => encodeTextIndex(ti));
  t('both', () => createIndex(corpus.briefs));
}
await server.close();
