import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'briefs-out-'));
	vi.stubEnv('BRIEFS_BUILD_CACHE', join(root, 'cache'));
	vi.resetModules();
});
afterEach(() => {
	vi.unstubAllEnvs();
	rmSync(root, { recursive: true, force: true });
});

/** The plugin's buildStart, as Vite calls it for the client build of `root`. */
async function buildStart(build: { emptyOutDir?: boolean | null; outDir?: string } = {}) {
	const { emptyOutDirAside } = await import('../../../src/build/empty-out-dir-aside');
	const plugin = emptyOutDirAside();
	const environment = {
		name: 'client',
		config: { root, build: { outDir: 'dist', write: true, emptyOutDir: null, ...build } }
	};
	(plugin.buildStart as (this: unknown) => void).call({ environment });
}

function lastBuild(files = 50) {
	mkdirSync(join(root, 'dist/article'), { recursive: true });
	for (let i = 0; i < files; i++) writeFileSync(join(root, `dist/article/${i}.html`), 'old');
}

async function until(done: () => boolean) {
	for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
	return done();
}

describe('emptyOutDirAside', () => {
	it('moves the last build out of the way at once, and deletes it apart', async () => {
		lastBuild();
		await buildStart();
		expect(existsSync(join(root, 'dist'))).toBe(false);
		const trash = join(root, 'cache/trash');
		expect(await until(() => readdirSync(trash).length === 0)).toBe(true);
	});

	it('leaves a folder Vite would not empty, or one holding a .git', async () => {
		lastBuild();
		await buildStart({ emptyOutDir: false });
		expect(existsSync(join(root, 'dist/article/0.html'))).toBe(true);
		vi.resetModules();
		mkdirSync(join(root, 'dist/.git'));
		await buildStart();
		expect(existsSync(join(root, 'dist/article/0.html'))).toBe(true);
	});

	it('moves only once per build: the service worker’s build comes after the pages are written', async () => {
		await buildStart();
		lastBuild();
		await buildStart();
		expect(existsSync(join(root, 'dist/article/0.html'))).toBe(true);
	});
});
