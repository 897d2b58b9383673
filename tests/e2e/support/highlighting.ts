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
	const id = (await mark.getAttribute('id'))!;
	// The mark shows before the write has committed (Dexie's live queries see a transaction's
	// changes early): a test that leaves the page at once would end the write with it.
	await expect.poll(() => storedHighlightIds(page)).toContain(id.replace(/^highlight-/, ''));
	return id;
}

/** The ids of the highlights IndexedDB holds: committed, whatever the page shows. */
export function storedHighlightIds(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('briefs');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		try {
			if (!db.objectStoreNames.contains('highlights')) return [];
			return await new Promise<string[]>((resolve, reject) => {
				const request = db.transaction('highlights').objectStore('highlights').getAllKeys();
				request.onsuccess = () => resolve(request.result.map(String));
				request.onerror = () => reject(request.error);
			});
		} finally {
			db.close();
		}
	});
}
