// @vitest-environment jsdom
// Issue 17, defects 1 and 3: the DOCTYPE guard and the style stripping ran on different texts.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/import/read-import-file';

const NOW = Date.UTC(2026, 10, 30);
const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => undefined,
		(e: unknown) => e
	);

const rss = (items: string, prolog = '') =>
	`<?xml version="1.0"?>${prolog}<rss version="2.0"><channel><title>Synthetic</title>${items}</channel></rss>`;

describe('defect 1: a DOCTYPE split by <style> is still refused', () => {
	it('refuses the issue’s split declaration instead of expanding its entity', async () => {
		const file = rss(
			'<item><title>Synthetic &x;</title><description>Body</description></item>',
			'<!DOC<style></style>TYPE rss [<!ENT<style></style>ITY x "expanded-entity">]>'
		);
		const error = await failure(readImportFile('split.rss', file, NOW));
		expect((error as Error | undefined)?.message).toBe(
			'split.rss: XML with a DOCTYPE or ENTITY declaration is not accepted'
		);
	});

	it('refuses the 450 KB entity bomb at once, before any parser sees it', async () => {
		const entity = 'y'.repeat(50_000);
		const refs = '&x;'.repeat(100_000);
		const file = rss(
			`<item><title>${refs}</title><description>Body</description></item>`,
			`<!DOC<style></style>TYPE rss [<!ENT<style></style>ITY x "${entity}">]>`
		);
		const started = performance.now();
		const error = await failure(readImportFile('bomb.rss', file, NOW));
		expect(performance.now() - started).toBeLessThan(1000);
		expect((error as Error | undefined)?.message).toMatch(/DOCTYPE or ENTITY declaration/);
	});
});

describe('defect 3: removing styles no longer corrupts feed text', () => {
	it('keeps the text of an entity-escaped HTML description', async () => {
		const file = rss(
			'<item><title>Synthetic escaped</title><guid>e1</guid>' +
				'<description>&lt;p style=&quot;margin:0&quot;&gt;Escaped body text&lt;/p&gt;</description></item>'
		);
		const { briefs, skipped } = await readImportFile('escaped.rss', file, NOW);
		expect(skipped).toEqual([]);
		expect(briefs[0].body).toEqual(['Escaped body text']);
		expect(briefs[0].bodyHtml ?? '').not.toMatch(/style/i);
	});

	it('keeps words that look like a style attribute in plain text', async () => {
		const file = rss(
			'<item><title>Synthetic prices</title><guid>p1</guid>' +
				'<description>Prices style=up 5% today</description></item>'
		);
		const { briefs } = await readImportFile('prices.rss', file, NOW);
		expect(briefs[0].body).toEqual(['Prices style=up 5% today']);
	});

	it('keeps a feed whose CDATA mentions <style-guide>', async () => {
		const file = rss(
			'<item><title>Synthetic guide</title><guid>g1</guid>' +
				'<description><![CDATA[<p>Read the <style-guide> first.</p>]]></description></item>' +
				'<item><title>Synthetic after</title><guid>g2</guid><description>Still here</description></item>'
		);
		const { briefs, skipped } = await readImportFile('guide.rss', file, NOW);
		expect(skipped).toEqual([]);
		expect(briefs.map((b) => b.headline)).toEqual(['Synthetic guide', 'Synthetic after']);
		expect(briefs[0].body.join(' ')).toContain('Read the');
		expect(briefs[0].body.join(' ')).toContain('first.');
	});
});
