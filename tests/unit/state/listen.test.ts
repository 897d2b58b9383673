import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

class FakeUtterance {
	onend: (() => void) | null = null;
	onerror: ((event: { error: string }) => void) | null = null;
	rate = 1;
	lang = '';
	voice: unknown = null;
	constructor(readonly text: string) {}
}

function memoryStorage() {
	const items = new Map<string, string>();
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k)
	};
}

async function listenWith(synth: Record<string, unknown> | undefined, storage = memoryStorage()) {
	vi.stubGlobal('window', { speechSynthesis: synth });
	vi.stubGlobal('speechSynthesis', synth);
	vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
	vi.stubGlobal('document', { documentElement: { lang: 'en' } });
	vi.stubGlobal('localStorage', storage);
	const { ListenState } = await import('../../../src/state/listen.svelte');
	return new ListenState();
}

function fakeSynth() {
	const spoken: FakeUtterance[] = [];
	const synth = {
		spoken,
		speak: (u: FakeUtterance) => spoken.push(u),
		cancel: vi.fn(),
		getVoices: () => [],
		/** Ends the utterance being read, as the browser does when it has said it. */
		finish: () => spoken[spoken.length - 1].onend?.()
	};
	return synth;
}

const brief = (id: string, takeaways = ['One. Two.', 'Three.']) => ({
	id,
	slug: id,
	headline: `Headline ${id}`,
	section: 'World',
	takeaways,
	body: ['Story sentence.']
});

describe('ListenState', () => {
	it('is unsupported without speech synthesis, and stop is harmless', async () => {
		const listen = await listenWith(undefined);
		expect(listen.supported).toBe(false);
		listen.stop();
		listen.playQueue([brief('a')]);
		expect(listen.status).toBe('idle');
	});

	it('reads a queue a sentence at a time, brief after brief, then stops', async () => {
		const synth = fakeSynth();
		const listen = await listenWith(synth);
		listen.playQueue([brief('a'), brief('b', ['Only.'])]);
		expect(listen.status).toBe('playing');
		for (let i = 0; i < 5; i++) synth.finish();
		synth.finish(); // "Headline b"
		expect(listen.current?.id).toBe('b');
		synth.finish();
		synth.finish();
		expect(synth.spoken.map((u) => u.text)).toEqual([
			'Headline a',
			'Key takeaways.',
			'One.',
			'Two.',
			'Three.',
			'Headline b',
			'Key takeaways.',
			'Only.'
		]);
		expect(listen.status).toBe('idle');
		expect(listen.queue).toEqual([]);
	});

	it('pauses by cancelling and resumes at the same sentence; a cut-short utterance is ignored', async () => {
		const synth = fakeSynth();
		const listen = await listenWith(synth);
		listen.playQueue([brief('a')]);
		synth.finish();
		listen.pause();
		expect(listen.status).toBe('paused');
		synth.spoken[1].onerror?.({ error: 'interrupted' });
		synth.spoken[1].onend?.();
		expect(listen.sentence).toBe(1);
		listen.play();
		expect(synth.spoken.map((u) => u.text).slice(-1)).toEqual(['Key takeaways.']);
		expect(listen.failure).toBeUndefined();
	});

	it('next and previous move between briefs; the rate applies to the next utterance', async () => {
		const synth = fakeSynth();
		const listen = await listenWith(synth);
		listen.playQueue([brief('a'), brief('b'), brief('c')]);
		listen.next();
		listen.next();
		expect(listen.current?.id).toBe('c');
		listen.next();
		expect(listen.current?.id).toBe('c');
		listen.previous();
		expect(listen.current?.id).toBe('b');
		listen.setRate(1.5);
		expect(synth.spoken[synth.spoken.length - 1]).toMatchObject({ text: 'Headline b', rate: 1.5 });
	});

	it('resumes a stopped brief at its sentence, also in a new page', async () => {
		const storage = memoryStorage();
		const synth = fakeSynth();
		const listen = await listenWith(synth, storage);
		listen.playQueue([brief('a')]);
		synth.finish();
		synth.finish();
		listen.stop();
		expect(listen.status).toBe('idle');
		vi.resetModules();
		const again = await listenWith(fakeSynth(), storage);
		again.playQueue([brief('a')]);
		expect(again.line?.text).toBe('One.');
	});

	it('brings back a queue after a reload, paused where it was', async () => {
		const storage = memoryStorage();
		const synth = fakeSynth();
		const listen = await listenWith(synth, storage);
		listen.playQueue([brief('a'), brief('b')]);
		listen.next();
		synth.finish();
		vi.resetModules();
		const again = await listenWith(fakeSynth(), storage);
		await again.restore(async (ids) => ids.map((id) => brief(id)));
		expect(again.status).toBe('paused');
		expect(again.current?.id).toBe('b');
		expect(again.sentence).toBe(1);
	});
});
