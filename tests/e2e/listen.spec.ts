import { serveContent, withExtraBriefs } from './content-route';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';
import {
	finishSentence,
	installSpeechStandIn,
	lastSpoken,
	speechLog
} from './support/speech-stand-in';

// serveContent answers content requests itself, which a service worker would take first.
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
	await installSpeechStandIn(page);
});

test('Listen reads the article a sentence at a time, marks it, and pauses and stops', async ({
	page
}) => {
	await page.goto(SEED_PATH);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	const player = page.getByRole('region', { name: 'Player' });
	await expect(player.getByRole('status')).toHaveText('Reading aloud…');
	await expect(player.getByRole('link')).toHaveText(SEED_HEADLINE);
	expect(await lastSpoken(page)).toBe(SEED_HEADLINE);
	await expect(page.locator('h1.speaking')).toHaveText(SEED_HEADLINE);

	await finishSentence(page, 2); // the headline, "Key takeaways."
	const first = (await lastSpoken(page))!;
	expect(first.length).toBeGreaterThan(10);
	await expect(page.locator('#takeaway-1')).toContainText(first);
	// Follow along: the sentence being read is marked in the takeaway, and in view.
	const speaking = page.locator('#takeaway-1 .speaking');
	await expect(speaking).toHaveText(first);
	await expect(speaking).toBeInViewport();

	await player.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(player.getByRole('status')).toHaveText('Paused');
	await player.getByRole('button', { name: 'Play', exact: true }).click();
	// Resuming starts the sentence again.
	expect(await lastSpoken(page)).toBe(first);
	await player.getByRole('button', { name: 'Stop' }).click();
	await expect(player).toHaveCount(0);
	await expect(page.locator('.speaking')).toHaveCount(0);
});

test('Listen to all plays every brief in view, with next and previous, while the reader browses', async ({
	page
}) => {
	await serveContent(page, withExtraBriefs(2));
	await page.goto('/');
	await expect(page.locator('.feed-list > li')).toHaveCount(3);
	await page.getByRole('button', { name: 'Listen to all' }).click();
	const player = page.getByRole('region', { name: 'Player' });
	await expect(player).toContainText('1 of 3');
	expect(await lastSpoken(page)).toBe(SEED_HEADLINE);

	// The whole of the first brief: headline, intro and each takeaway's sentences.
	const { spoken: before } = await speechLog(page);
	let guard = 0;
	while ((await lastSpoken(page)) !== 'E2E test brief 1' && guard++ < 40)
		await finishSentence(page);
	await expect(player).toContainText('2 of 3');
	const firstBrief = (await speechLog(page)).spoken.slice(before.length - 1, -1).map((s) => s.text);
	expect(firstBrief[1]).toBe('Key takeaways.');
	expect(firstBrief.length).toBeGreaterThan(6);

	// It keeps playing on other pages.
	await page.getByRole('link', { name: 'Saved' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved');
	await expect(player.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await player.getByRole('button', { name: 'Next brief' }).click();
	await expect(player).toContainText('3 of 3');
	expect(await lastSpoken(page)).toBe('E2E test brief 2');
	// At the start of a brief, "previous" goes to the brief before.
	await player.getByRole('button', { name: 'Previous brief' }).click();
	await expect(player.getByRole('link')).toHaveText('E2E test brief 1');
	expect(await lastSpoken(page)).toBe('E2E test brief 1');

	// Collapsed, it keeps only play/pause and the way back.
	await player.getByRole('button', { name: 'Collapse player' }).click();
	await expect(player.getByRole('button', { name: 'Next brief' })).toHaveCount(0);
	await player.getByRole('button', { name: 'Expand player' }).click();
	await expect(player.getByRole('button', { name: 'Next brief' })).toBeVisible();

	// The last sentence of the last brief ends the queue.
	await player.getByRole('button', { name: 'Next brief' }).click();
	guard = 0;
	while ((await player.count()) && guard++ < 40) await finishSentence(page);
	await expect(player).toHaveCount(0);
});

test('Media Session shows the headline and drives the queue', async ({ page }) => {
	// Record the handlers the app gives the browser, so the test can press "lock-screen" buttons.
	await page.addInitScript(() => {
		const handlers: Record<string, () => void> = {};
		const original = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
		navigator.mediaSession.setActionHandler = (action, handler) => {
			if (handler) handlers[action] = handler as () => void;
			else delete handlers[action];
			original(action, handler);
		};
		Object.assign(window, { mediaHandlers: handlers });
	});
	await serveContent(page, withExtraBriefs(2));
	await page.goto('/skim');
	await page.getByRole('button', { name: 'Listen to all' }).click();
	const media = () =>
		page.evaluate(() => {
			const { metadata, playbackState } = navigator.mediaSession;
			return {
				title: metadata?.title,
				artist: metadata?.artist,
				artwork: metadata?.artwork.map((a) => a.src) ?? [],
				playbackState,
				actions: Object.keys((window as unknown as { mediaHandlers: object }).mediaHandlers).sort()
			};
		});
	const press = (action: string) =>
		page.evaluate(
			(action) =>
				(window as unknown as { mediaHandlers: Record<string, () => void> }).mediaHandlers[
					action
				](),
			action
		);
	await expect.poll(async () => (await media()).title).toBe(SEED_HEADLINE);
	const now = await media();
	expect(now.artist).toBe('Strategic Insight');
	expect(now.artwork[0]).toMatch(/\/pwa-192x192\.png$/);
	expect(now.playbackState).toBe('playing');
	expect(now.actions).toEqual(['nexttrack', 'pause', 'play', 'previoustrack', 'stop']);
	const player = page.getByRole('region', { name: 'Player' });

	await press('pause');
	await expect(player.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
	expect((await media()).playbackState).toBe('paused');
	await press('play');
	await expect(player.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await press('nexttrack');
	await expect.poll(async () => (await media()).title).toBe('E2E test brief 1');
	expect(await lastSpoken(page)).toBe('E2E test brief 1');
	await press('previoustrack');
	await expect.poll(async () => (await media()).title).toBe(SEED_HEADLINE);
	await press('stop');
	await expect(player).toHaveCount(0);
	await expect.poll(async () => (await media()).title).toBeUndefined();
});

test('rate and voice are set in Settings and the player, used, and remembered', async ({
	page
}) => {
	await page.goto('/settings');
	await page.getByRole('radio', { name: '1.5×' }).check();
	const voice = page.getByRole('combobox', { name: 'Voice' });
	// Only the voices for the page's language (English), not the French one.
	await expect(voice.getByRole('option')).toHaveText([
		"The browser's default",
		'Test English (UK)',
		'Test English (US)'
	]);
	await voice.selectOption({ label: 'Test English (US)' });
	await page.reload();
	await expect(page.getByRole('radio', { name: '1.5×' })).toBeChecked();
	await expect(page.getByRole('combobox', { name: 'Voice' })).toHaveValue('test:en-us');

	await page.goto(SEED_PATH);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	expect((await speechLog(page)).spoken.at(-1)).toMatchObject({
		rate: 1.5,
		voice: 'Test English (US)',
		lang: 'en'
	});
	const player = page.getByRole('region', { name: 'Player' });
	await expect(player.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.5');
	await player.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '2×' });
	// The sentence being read starts again at the new speed.
	expect((await speechLog(page)).spoken.at(-1)).toMatchObject({ text: SEED_HEADLINE, rate: 2 });
	await page.goto('/settings');
	await expect(page.getByRole('radio', { name: '2×' })).toBeChecked();
});

test('stopping and reloading resumes at the sentence where listening stopped', async ({ page }) => {
	await page.goto(SEED_PATH);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await finishSentence(page, 3);
	const where = await lastSpoken(page);
	expect(where).not.toBe(SEED_HEADLINE);

	// A reload mid-sentence: the player comes back paused at that sentence.
	await page.reload();
	const player = page.getByRole('region', { name: 'Player' });
	await expect(player.getByRole('status')).toHaveText('Paused');
	await player.getByRole('button', { name: 'Play', exact: true }).click();
	expect(await lastSpoken(page)).toBe(where);

	// Stopped, then a reload: the article offers to resume, and does.
	await finishSentence(page);
	const next = await lastSpoken(page);
	await player.getByRole('button', { name: 'Stop' }).click();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(player).toHaveCount(0);
	await page.getByRole('button', { name: 'Resume listening' }).click();
	expect(await lastSpoken(page)).toBe(next);
});

test('Listen is hidden where speech synthesis is missing', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
	});
	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Listen to all' })).toHaveCount(0);
});
