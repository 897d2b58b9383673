// Hostile and large files fed to the real /import page, with the page's long tasks measured
// while it reads them: the end-to-end test checks what the reader is told, the bench the budget.
import type { Page } from '@playwright/test';

/** Builds the file in the page (sending megabytes through the driver would be the slow part). */
export type Maker = 'bomb' | 'brackets' | 'json' | 'rss';

export async function importMade(page: Page, maker: Maker, count = 0) {
	await page.goto('/import');
	await page.getByRole('heading', { level: 1, name: 'Import briefs' }).waitFor();
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
