import type { Page } from '@playwright/test';
import type { StoredBrief } from '../../src/content/brief';
import { serveContent } from './content-route';
import { expect, SEED_HEADLINE, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

/** Fails the test if anything hostile ran: a dialog, or a marker set by injected script. */
async function watchForExecution(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return async () => {
		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBe(
			undefined
		);
		expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
			'polluted'
		);
	};
}

const XSS = [
	'<img src=x onerror="window.pwned=1;alert(1)">',
	'<script>window.pwned=2</script>',
	'"><svg onload=alert(3)>',
	'javascript:alert(4)',
	'{{constructor.constructor("alert(5)")()}}'
];
const WORLD = 'Emoji 🗞️👩🏽‍💻 · 中文简报 · 日本語 · עברית \u202Eالعربية\u202C · ‏RTL';
const CONTROL = 'Bell\u0007 null\u0000 escape\u001b[31m end';

function hostileBrief(like: StoredBrief): StoredBrief {
	// Parsed from text, as a bundle arrives: JSON keeps "__proto__" as an own key.
	const extra = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"polluted": 1}}');
	return {
		...like,
		...extra,
		id: '990_hostile',
		slug: 'hostile-test-brief',
		headline: `Hostile test brief ${XSS[0]}`,
		dek: `${XSS[1]} ${WORLD}`,
		// Control characters are not text a build emits: a bundle with them is refused whole (below).
		takeaways: [...XSS, WORLD],
		body: [WORLD, XSS.join(' ')],
		contentHash: '9'.repeat(64),
		source: 'seeds/990_hostile.txt'
	};
}

test('@fault hostile text in a deploy is shown as text and never runs', async ({ page }) => {
	const checkNothingRan = await watchForExecution(page);
	await serveContent(page, (briefs) => [hostileBrief(briefs[0]), ...briefs]);
	await page.goto('/');
	const card = page.locator('ol.feed-list > li').first();
	await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Hostile test brief ${XSS[0]}`);
	await expect(card.locator('.dek')).toHaveText(`${XSS[1]} ${WORLD}`);
	await expect(card.locator('img, script, svg[onload]')).toHaveCount(0);

	await card.getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile test brief ${XSS[0]}`);
	const takeaways = page.getByRole('region', { name: 'Key Takeaways' }).getByRole('listitem');
	await expect(takeaways).toHaveCount(XSS.length + 1);
	for (const [i, text] of XSS.entries()) await expect(takeaways.nth(i)).toContainText(text);
	await expect(page.locator('.body')).toContainText('中文简报');
	await expect(page.locator('main script, main [onerror], main [onload]')).toHaveCount(0);
	await checkNothingRan();
});

for (const bad of [
	{ what: 'a ../ slug', change: { slug: '../../etc/passwd' } },
	{ what: 'a %00 slug', change: { slug: 'a%00b' } },
	{ what: 'a 10,000-character slug', change: { slug: 'a'.repeat(10_000) } },
	{ what: 'a javascript: image', change: { hero: { imageUrl: 'javascript:alert(1)' } } },
	{ what: 'control characters in its text', change: { body: [CONTROL] } }
]) {
	test(`@fault a deploy with ${bad.what} is refused whole`, async ({ page }) => {
		await serveContent(page, (briefs) => [
			{
				...briefs[0],
				id: '990_bad',
				headline: 'Refused test brief',
				slug: 'refused-test-brief',
				...bad.change
			},
			...briefs
		]);
		// The same deploy, refused on a first visit, leaves nothing half-stored.
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText("Couldn't load briefs");
		await expect(page.getByText('Refused test brief')).toHaveCount(0);
	});
}

for (const path of [
	`/article/${'a'.repeat(10_000)}`,
	'/article/..%2F..%2Fetc%2Fpasswd',
	'/article/a%00b',
	'/article/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'/article/__proto__',
	'/article/%E2%80%AEevil',
	`/${'q'.repeat(10_000)}`
]) {
	test(`@fault ${path.slice(0, 40)} is not found, shown as text`, async ({ page }) => {
		const checkNothingRan = await watchForExecution(page);
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found$/);
		await page.getByRole('link', { name: 'Back to all briefs' }).click();
		await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
		await checkNothingRan();
	});
}
