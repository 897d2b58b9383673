import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import path checks backups and feeds without the database: nothing it loads at run time may
// reach src/db or Dexie. Type-only imports are erased by the compiler, so they don't count.
const ROOT = join(import.meta.dirname, '../../..');
const VALUE_IMPORT =
	/^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from: string, spec: string): string | undefined {
	const base = join(dirname(from), spec);
	return [base, `${base}.ts`, join(base, 'index.ts')].find(
		(p) => existsSync(p) && p.endsWith('.ts')
	);
}

/** Every module the file loads at run time, followed through the project's own files. */
function runtimeGraph(entry: string): { files: Set<string>; packages: Set<string> } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		const source = readFileSync(file, 'utf8');
		const specs = [...source.matchAll(VALUE_IMPORT), ...source.matchAll(DYNAMIC_IMPORT)].map(
			(m) => m[1] ?? m[2]
		);
		for (const spec of specs) {
			if (!spec.startsWith('.')) packages.add(spec);
			else if (!spec.endsWith('?worker')) {
				const target = resolve(file, spec);
				if (target) visit(target);
			}
		}
	};
	visit(entry);
	return { files, packages };
}

describe('the import path', () => {
	const sources = readdirSync(join(ROOT, 'src/import')).filter((f) => f.endsWith('.ts'));

	it.each(sources)('%s loads nothing from src/db and no Dexie', (name) => {
		const { files, packages } = runtimeGraph(join(ROOT, 'src/import', name));
		const database = [...files]
			.map((f) => relative(ROOT, f))
			.filter((f) => f.startsWith('src/db/'));
		expect(database).toEqual([]);
		expect([...packages].filter((p) => p === 'dexie' || p.startsWith('dexie/'))).toEqual([]);
	});
});
