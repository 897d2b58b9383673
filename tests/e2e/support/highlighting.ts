import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Selects `text` inside `paragraph` as a finger or a mouse would, leaving the rest to the page. */
export async function select(paragraph: Locator, text: string) {
	await paragraph.evaluate((el, text) => {
		// The paragraph's text node that holds it (the template may put markers beside the text).
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const start = node.textContent!.indexOf(text);
			if (start < 0) continue;
			getSelection()!.setBaseAndExtent(node, start, node, start + text.length);
			return;
		}
		throw new Error(`"${text}" is not in the paragraph`);
	}, text);
}

export const takeaway = (page: Page, n: number) => page.locator(`#takeaway-${n} .marked-text`);
export const bodyParagraph = (page: Page, n: number) => page.locator('.body p .marked-text').nth(n);

export async function highlight(page: Page, paragraph: Locator, text: string, note = '') {
	await select(paragraph, text);
	const panel = page.getByRole('region', { name: 'Highlight' });
	if (note) {
		await panel.getByRole('button', { name: 'Highlight with a note' }).click();
		await panel.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
		await panel.getByRole('button', { name: 'Save highlight' }).click();
	} else {
		await panel.getByRole('button', { name: 'Highlight', exact: true }).click();
	}
	const mark = paragraph.locator('mark', { hasText: text });
	await expect(mark).toBeVisible();
	return (await mark.getAttribute('id'))!;
}
