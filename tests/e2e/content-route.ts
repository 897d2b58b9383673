import type { Page } from '@playwright/test';
import type { ContentBundle, ContentManifest } from '../../src/content/bundle';
import type { StoredBrief } from '../../src/content/brief';

/**
 * Serves a changed content bundle in place of the deployed one, as a deploy would. Needs
 * `serviceWorkers: 'block'`: requests answered by the worker never reach page.route.
 */
export async function serveContent(
	page: Page,
	change: (briefs: StoredBrief[]) => StoredBrief[],
	options: { version?: string; delayMs?: number } = {}
) {
	const manifest = (await (
		await page.request.get('/content/manifest.json')
	).json()) as ContentManifest;
	const deployed = (await (await page.request.get(`/${manifest.bundle}`)).json()) as ContentBundle;
	const version = options.version ?? 'e2e0000000000001';
	const briefs = change(structuredClone(deployed.briefs)).map((b, rank) => ({ ...b, rank }));
	const bundle: ContentBundle = { format: 1, version, briefs };
	const next: ContentManifest = {
		format: 1,
		version,
		bundle: `content/briefs.${version}.json`,
		briefs: briefs.map(({ id, contentHash, rank, slug }) => ({ id, contentHash, rank, slug }))
	};
	await page.route('**/content/manifest.json', (route) => route.fulfill({ json: next }));
	await page.route(`**/${next.bundle}`, async (route) => {
		if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
		await route.fulfill({ json: bundle });
	});
	return bundle;
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
