// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { holdEarlyPresses } from '../../../src/lib/early-presses';

function page() {
	const root = document.createElement('div');
	root.innerHTML = '<form><button>Share</button></form><p>text</p>';
	document.body.replaceChildren(root);
	const share = root.querySelector('button')!;
	return { root, share };
}

describe('holdEarlyPresses', () => {
	it('presses a held button again, once, after hydration', () => {
		const { root, share } = page();
		const presses = holdEarlyPresses(root);
		share.click();
		share.click();
		const handler = vi.fn();
		share.addEventListener('click', handler);
		presses.replay();
		expect(handler).toHaveBeenCalledTimes(1);
		// Once replayed, presses reach the app directly and are no longer held.
		share.click();
		expect(handler).toHaveBeenCalledTimes(2);
	});

	it('never lets a held press submit a form', () => {
		const { root, share } = page();
		holdEarlyPresses(root);
		const event = new MouseEvent('click', { bubbles: true, cancelable: true });
		share.dispatchEvent(event);
		expect(event.defaultPrevented).toBe(true);
	});

	it('replays nothing for a button that is gone, or for clicks off buttons', () => {
		const { root, share } = page();
		const presses = holdEarlyPresses(root);
		root.querySelector('p')!.click();
		share.click();
		const handler = vi.fn();
		share.addEventListener('click', handler);
		share.remove();
		presses.replay();
		expect(handler).not.toHaveBeenCalled();
	});

	it('drops what it held when the page is replaced', () => {
		const { root, share } = page();
		const presses = holdEarlyPresses(root);
		share.click();
		const handler = vi.fn();
		share.addEventListener('click', handler);
		presses.drop();
		presses.replay();
		expect(handler).not.toHaveBeenCalled();
	});

	it('types a held shortcut again after hydration, but not what was typed into a field', () => {
		const { root } = page();
		const input = document.createElement('input');
		root.append(input);
		const presses = holdEarlyPresses(root);
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }));
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
		document.body.dispatchEvent(
			new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true })
		);
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
		const seen: string[] = [];
		window.addEventListener('keydown', (e) => seen.push(e.key));
		presses.replay();
		expect(seen).toEqual(['s']);
	});
});
