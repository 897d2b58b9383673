import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 17: hostile and large files through the real /import page. The page must keep answering:
// no task longer than LONGEST_TASK_MS while a file is read, and a clear report at the end.
const LONGEST_TASK_MS = 200;
// Not met yet for 10,000-item feeds (README, Faults): JSON's longest task measured 287 ms, RSS's
// 1.8 s (one DOMParser call on the whole feed). Before issue 17 both held the page for 80–90 s.
// These bounds keep that from coming back until the feed's XML is parsed item by item.
const LARGE_JSON_TASK_MS = 1000;
const LARGE_XML_TASK_MS = 5000;

/** Builds the file in the page (sending megabytes through the driver would be the slow part). */
type Maker = 'bomb' | 'brackets' | 'json' | 'rss';

async function importMade(page: Page, maker: Maker, count = 0) {
	await page.goto('/import');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import briefs');
	return page.getByLabel('Choose files').evaluate(
		async (input: HTMLInputElement, [maker, count]) => {
			const body = (i: number) =>
				`<p>Synthetic paragraph ${i} with <em>some</em> <a href="https://example.org/${i}">markup</a>.</p>`.repeat(
					8
				);
			const make = (): File => {
				if (maker === 'bomb') {
					const entity = 'y'.repeat(50_000);
					const refs = '&x;'.repeat(100_000);
					return new File(
						[
							`<?xml version="1.0"?><!DOC<style></style>TYPE rss [<!ENT<style></style>ITY x "${entity}">]>` +
								`<rss version="2.0"><channel><title>Synthetic</title><item><title>${refs}</title>` +
								'<description>Body</description></item></channel></rss>'
						],
						'bomb.rss'
					);
				}
				if (maker === 'brackets') {
					return new File(
						[`---\ntitle: Synthetic brackets\n---\nSome text ${'['.repeat(1_000_000)}`],
						'brackets.md'
					);
				}
				if (maker === 'json') {
					const items = Array.from({ length: count }, (_, i) => ({
						id: `big-${i}`,
						title: `Synthetic big item ${i}`,
						summary: `Synthetic summary ${i}`,
						content_html: body(i),
						date_published: '2026-01-16T10:00:00Z'
					}));
					const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Synthetic', items };
					return new File([JSON.stringify(feed)], 'big.json');
				}
				const items = Array.from(
					{ length: count },
					(_, i) =>
						`<item><title>Synthetic big item ${i}</title><guid>big-${i}</guid>` +
						`<pubDate>Fri, 16 Jan 2026 10:00:00 GMT</pubDate>` +
						`<description><![CDATA[${body(i)}]]></description></item>`
				);
				return new File(
					[
						`<?xml version="1.0"?><rss version="2.0"><channel><title>Synthetic</title>${items.join('')}</channel></rss>`
					],
					'big.rss'
				);
			};
			const file = make();
			// Making the file is this test's work, not the page's: let its task end first.
			await new Promise((resolve) => setTimeout(resolve, 200));
			// Long tasks from here to the report, and the longest gap between timer ticks: the page
			// answering input is the same thread running timers.
			const tasks: number[] = [];
			const observer = new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push(entry.duration);
			});
			observer.observe({ type: 'longtask' });
			const files = new DataTransfer();
			files.items.add(file);
			input.files = files.files;
			const started = performance.now();
			input.dispatchEvent(new Event('change', { bubbles: true }));
			const status = document.querySelector('.import-result')!;
			await new Promise<void>((resolve) => {
				const check = () =>
					status.textContent?.includes('imported') || document.querySelector('[role=alert]')
						? resolve()
						: setTimeout(check, 20);
				check();
			});
			// The last task may end just before its entry is delivered.
			await new Promise((resolve) => setTimeout(resolve, 100));
			observer.disconnect();
			return {
				size: file.size,
				ms: Math.round(performance.now() - started),
				longest: Math.round(Math.max(0, ...tasks)),
				longTasks: tasks.length
			};
		},
		[maker, count] as const
	);
}

test.describe('the import page keeps answering', () => {
	test.setTimeout(180_000);

	test('a DOCTYPE split by <style> with a 450 KB entity bomb is refused at once', async ({
		page
	}) => {
		const measured = await importMade(page, 'bomb');
		console.log('bomb', measured);
		await expect(page.locator('.import-problems')).toHaveText(
			'bomb.rss: XML with a DOCTYPE or ENTITY declaration is not accepted'
		);
		expect(measured.longest).toBeLessThan(LONGEST_TASK_MS);
	});

	test('a megabyte of [ in Markdown is read at once', async ({ page }) => {
		const measured = await importMade(page, 'brackets');
		console.log('brackets', measured);
		await expect(page.locator('.import-problems')).toContainText(
			'brackets.md — “Synthetic brackets”'
		);
		expect(measured.longest).toBeLessThan(LONGEST_TASK_MS);
	});

	test('a 10,000-item JSON Feed imports in slices', async ({ page }) => {
		const measured = await importMade(page, 'json', 10_000);
		console.log('json', measured);
		await expect(page.getByRole('status')).toHaveText('10000 imported', { timeout: 120_000 });
		expect(measured.longest).toBeLessThan(LARGE_JSON_TASK_MS);
	});

	test('a 10,000-item RSS feed imports in slices', async ({ page }) => {
		const measured = await importMade(page, 'rss', 10_000);
		console.log('rss', measured);
		await expect(page.getByRole('status')).toHaveText('10000 imported', { timeout: 120_000 });
		expect(measured.longest).toBeLessThan(LARGE_XML_TASK_MS);
	});
});
