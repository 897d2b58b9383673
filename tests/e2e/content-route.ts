import type { Page } from '@playwright/test';
import {
	packContent,
	type ContentManifest,
	type PackFile,
	type PartFile
} from '../../src/content/packs';
import type { StoredBrief } from '../../src/content/brief';
import { makeSegment } from '../../src/search/segment';

/** The deployed content, read whole: the manifest, and every brief of every pack in feed order. */
export async function deployedContent(
	page: Page
): Promise<{ manifest: ContentManifest; briefs: StoredBrief[] }> {
	const manifest = (await (
		await page.request.get('/content/manifest.json')
	).json()) as ContentManifest;
	const briefs: StoredBrief[] = [];
	for (const pack of manifest.packs) {
		const file = (await (await page.request.get(`/${pack.file}`)).json()) as PackFile | PartFile;
		const parts = 'parts' in file ? file.parts : [file];
		briefs.push(...parts.flatMap((part) => part.briefs));
	}
	return { manifest, briefs };
}

/**
 * Serves changed content in place of the deployed one, packed as the build packs it, as a deploy
 * would. Needs `serviceWorkers: 'block'`: requests answered by the worker never reach page.route.
 * Returns the briefs served (ranked in the order given) and the files, by path.
 */
export async function serveContent(
	page: Page,
	change: (briefs: StoredBrief[]) => StoredBrief[],
	options: { delayMs?: number } = {}
) {
	const deployed = await deployedContent(page);
	const briefs = change(structuredClone(deployed.briefs)).map((b, rank) => ({ ...b, rank }));
	const { manifest, files } = await packContent(briefs, makeSegment);
	await page.route('**/content/**', async (route) => {
		const path = new URL(route.request().url()).pathname.slice(1);
		const body = files.get(path);
		if (body === undefined) return route.fulfill({ status: 404, body: 'not deployed' });
		if (options.delayMs && path !== 'content/manifest.json') {
			await new Promise((resolve) => setTimeout(resolve, options.delayMs));
		}
		await route.fulfill({ body, contentType: 'application/json' });
	});
	return { version: manifest.version, briefs, files };
}

/** Synthetic test briefs shaped like the seed brief (test data, not news). */
export const withExtraBriefs =
	(count: number) =>
	(briefs: StoredBrief[]): StoredBrief[] => [
		...briefs,
		...Array.from({ length: count }, (_, i) => ({
			...briefs[0],
			id: `900_e2e_${i + 1}`,
			slug: `e2e-test-brief-${i + 1}`,
			headline: `E2E test brief ${i + 1}`,
			contentHash: `${'e'.repeat(63)}${i}`,
			source: `seeds/900_e2e_${i + 1}.txt`
		}))
	];

/** The first visit has stored the deployed library (so what comes next is an update). */
export async function visitAndStore(page: Page, path = '/') {
	await page.goto(path);
	await page.waitForFunction(() => localStorage.getItem('briefs.library-stored') !== null);
	// The first sync reads the stored version after writing; let it finish before the deploy.
	await page.waitForTimeout(300);
}

/** Three test briefs on top of the deployed ones, as a morning's deploy would add them. */
export const threeNewOnTop = (sections?: string[]) => (briefs: StoredBrief[]) => {
	const extra = withExtraBriefs(3)(briefs).slice(briefs.length);
	return [...extra.map((b, i) => ({ ...b, section: sections?.[i] ?? b.section })), ...briefs];
};
