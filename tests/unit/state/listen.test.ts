import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

class FakeUtterance {
	onend: (() => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(readonly text: string) {}
}

async function listenWith(synth: Record<string, unknown> | undefined) {
	vi.stubGlobal('window', { speechSynthesis: synth });
	vi.stubGlobal('speechSynthesis', synth);
	vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
	const { ListenState } = await import('../../../src/state/listen.svelte');
	return new ListenState();
}

describe('ListenState', () => {
	it('is unsupported without speech synthesis, and stop is harmless', async () => {
		const listen = await listenWith(undefined);
		expect(listen.supported).toBe(false);
		listen.stop();
		listen.start(['text']);
		expect(listen.status).toBe('idle');
	});

	it('queues every non-empty part and is idle again after the last one ends', async () => {
		const spoken: FakeUtterance[] = [];
		const synth = {
			speak: (u: FakeUtterance) => spoken.push(u),
			cancel: vi.fn(),
			pause: vi.fn(),
			resume: vi.fn()
		};
		const listen = await listenWith(synth);
		listen.start(['Headline', ' ', 'Takeaway']);
		expect(spoken.map((u) => u.text)).toEqual(['Headline', 'Takeaway']);
		expect(listen.status).toBe('speaking');
		listen.pause();
		expect(listen.status).toBe('paused');
		listen.resume();
		spoken[0].onend?.();
		expect(listen.status).toBe('speaking');
		spoken[1].onerror?.();
		expect(listen.status).toBe('idle');
		listen.stop();
		expect(synth.cancel).toHaveBeenCalledTimes(2);
	});
});
