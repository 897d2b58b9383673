import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';
import { highlight, takeaway } from './support/highlighting';
import { finishSentence, installSpeechStandIn } from './support/speech-stand-in';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core in the page. Evaluated through the debugger protocol, so the page's CSP allows it. */
async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const { violations, passes } = await page.evaluate(async () => {
		type Results = { violations: unknown[]; passes: unknown[] };
		const axe = (window as unknown as { axe: { run(): Promise<Results> } }).axe;
		const results = await axe.run();
		return { violations: results.violations, passes: results.passes.length };
	});
	// No violations must mean "checked and fine", not "nothing was checked".
	expect(passes).toBeGreaterThan(10);
	return (violations as AxeViolation[]).map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

const VIEWS: { path: string; ready: (page: Page) => Promise<void> }[] = [
	{
		path: '/',
		ready: (p) => expect(p.getByRole('link', { name: SEED_HEADLINE }).first()).toBeVisible()
	},
	{
		path: SEED_PATH,
		ready: (p) => expect(p.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
	},
	{
		path: '/saved',
		ready: (p) => expect(p.getByRole('link', { name: SEED_HEADLINE })).toBeVisible()
	},
	{
		path: '/skim',
		ready: (p) => expect(p.getByRole('link', { name: SEED_HEADLINE })).toBeVisible()
	},
	{
		path: '/history',
		ready: (p) => expect(p.getByRole('link', { name: SEED_HEADLINE })).toBeVisible()
	},
	{
		path: '/settings',
		ready: (p) => expect(p.getByRole('radio', { name: 'System' })).toBeChecked()
	},
	{
		path: '/search?q=havana',
		ready: (p) => expect(p.getByRole('link', { name: SEED_HEADLINE }).first()).toBeVisible()
	},
	{
		path: '/import',
		ready: (p) => expect(p.getByRole('heading', { level: 1 })).toHaveText('Import briefs')
	},
	{
		path: '/about',
		ready: (p) => expect(p.getByTestId('storage-usage')).not.toHaveText('Measuring…')
	},
	{
		path: '/no/such/page',
		ready: (p) => expect(p.getByRole('heading', { level: 1 })).toHaveText('Page not found')
	}
];

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on any view in ${scheme}`, async ({ page }) => {
		// Eleven views, each loaded and audited: more than the default budget on two cores.
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme: scheme });
		// Something saved, read and half-read, so Saved, History and Continue reading have content.
		await page.goto(SEED_PATH);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
		await page.evaluate(() => scrollTo(0, 600));
		await page.waitForTimeout(800);

		const found: Record<string, string[]> = {};
		for (const view of VIEWS) {
			await page.goto(view.path);
			await view.ready(page);
			const violations = await axeViolations(page);
			if (violations.length) found[view.path] = violations;
		}
		// Also with the theme chosen in Settings rather than by the system.
		await page.goto('/settings');
		await page.getByRole('radio', { name: scheme === 'dark' ? 'Dark' : 'Light' }).check();
		await page.goto('/');
		await expect(page.getByRole('region', { name: 'Continue reading' })).toBeVisible();
		const chosen = await axeViolations(page);
		if (chosen.length) found['/ (theme from settings)'] = chosen;
		expect(found).toEqual({});
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on the player, highlights and /highlights in ${scheme}`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await installSpeechStandIn(page);
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(SEED_PATH);
		await highlight(page, takeaway(page, 2), 'condemned U.S. intervention as coercive', 'A note');
		// The player open, reading a highlighted sentence, with the selection panel showing.
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await finishSentence(page, 3);
		await expect(page.locator('#takeaway-2 .speaking').first()).toBeVisible();
		await takeaway(page, 4).evaluate((el) => getSelection()!.selectAllChildren(el));
		await expect(page.getByRole('region', { name: 'Highlight' })).toBeVisible();
		const found: Record<string, string[]> = {};
		const article = await axeViolations(page);
		if (article.length) found['article with player'] = article;
		await page
			.getByRole('region', { name: 'Player' })
			.getByRole('button', { name: 'Collapse player' })
			.click();
		const collapsed = await axeViolations(page);
		if (collapsed.length) found['collapsed player'] = collapsed;
		await page.getByRole('link', { name: 'Highlights' }).click();
		await expect(page.locator('.highlights-list blockquote')).toHaveCount(1);
		const list = await axeViolations(page);
		if (list.length) found['/highlights'] = list;
		expect(found).toEqual({});
	});
}
