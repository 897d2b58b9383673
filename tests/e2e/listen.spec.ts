import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test('Listen reads headline and takeaways, with pause, resume and stop', async ({ page }) => {
	// A recording stand-in: the test machine has no voices to speak with.
	await page.addInitScript(() => {
		const calls: string[] = [];
		const spoken: string[] = [];
		(window as unknown as { speech: { calls: string[]; spoken: string[] } }).speech = {
			calls,
			spoken
		};
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			value: {
				speak: (u: SpeechSynthesisUtterance) => {
					calls.push('speak');
					spoken.push(u.text);
				},
				pause: () => calls.push('pause'),
				resume: () => calls.push('resume'),
				cancel: () => calls.push('cancel')
			}
		});
	});
	await page.goto(SEED_PATH);
	await page.getByRole('button', { name: 'Listen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Reading aloud' })).toBeVisible();
	const speech = () =>
		page.evaluate(
			() => (window as unknown as { speech: { calls: string[]; spoken: string[] } }).speech
		);
	const { spoken } = await speech();
	expect(spoken[0]).toBe(SEED_HEADLINE);
	expect(spoken).toHaveLength(7); // headline, "Key takeaways.", five takeaways

	await page.getByRole('button', { name: 'Pause' }).click();
	await page.getByRole('button', { name: 'Resume' }).click();
	await page.getByRole('button', { name: 'Stop' }).click();
	await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
	expect((await speech()).calls.filter((c) => c !== 'speak')).toEqual([
		'cancel',
		'pause',
		'resume',
		'cancel'
	]);

	await page.getByRole('checkbox', { name: 'Include the story' }).check();
	await page.getByRole('button', { name: 'Listen' }).click();
	expect((await speech()).spoken).toHaveLength(7 + 7 + 5);
});

test('Listen is hidden where speech synthesis is missing', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
	});
	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
});
