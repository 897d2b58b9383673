import type { Page } from '@playwright/test';

/** What the stand-in recorded: every utterance, in order, and every other call. */
export interface SpeechLog {
	spoken: { text: string; rate: number; voice: string | null; lang: string }[];
	calls: string[];
}

/**
 * A recording stand-in for speechSynthesis (Linux chromium has no voices to speak with). It fires
 * the events a browser fires: `start` when an utterance begins, `error: interrupted` on the one a
 * cancel cuts short, and `end` when the test says the sentence has been said (`finishSentence`).
 */
export async function installSpeechStandIn(page: Page) {
	await page.addInitScript(() => {
		type Listener = (event: { error?: string }) => void;
		class Utterance {
			text: string;
			rate = 1;
			lang = '';
			voice: { name: string } | null = null;
			onstart: Listener | null = null;
			onend: Listener | null = null;
			onerror: Listener | null = null;
			constructor(text: string) {
				this.text = text;
			}
		}
		const log = { spoken: [] as unknown[], calls: [] as string[] };
		let current: Utterance | null = null;
		const voices = [
			{
				name: 'Test English (UK)',
				lang: 'en-GB',
				voiceURI: 'test:en-gb',
				localService: true,
				default: true
			},
			{
				name: 'Test English (US)',
				lang: 'en-US',
				voiceURI: 'test:en-us',
				localService: true,
				default: false
			},
			{
				name: 'Test French',
				lang: 'fr-FR',
				voiceURI: 'test:fr',
				localService: true,
				default: false
			}
		];
		const listeners: (() => void)[] = [];
		const synth = {
			speak(u: Utterance) {
				log.calls.push('speak');
				log.spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name ?? null, lang: u.lang });
				current = u;
				setTimeout(() => u.onstart?.({}));
			},
			cancel() {
				log.calls.push('cancel');
				const cut = current;
				current = null;
				if (cut) setTimeout(() => cut.onerror?.({ error: 'interrupted' }));
			},
			pause: () => log.calls.push('pause'),
			resume: () => log.calls.push('resume'),
			getVoices: () => voices,
			addEventListener: (type: string, listener: () => void) => {
				if (type === 'voiceschanged') listeners.push(listener);
			},
			removeEventListener: () => {}
		};
		Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			configurable: true,
			value: Utterance
		});
		Object.assign(window, {
			speechLog: log,
			finishSentence: () => {
				const u = current;
				current = null;
				u?.onend?.({});
			}
		});
	});
}

export const speechLog = (page: Page) =>
	page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);

/** The browser has said the sentence being read. */
export const finishSentence = (page: Page, times = 1) =>
	page.evaluate((times) => {
		for (let i = 0; i < times; i++)
			(window as unknown as { finishSentence(): void }).finishSentence();
	}, times);

export const lastSpoken = async (page: Page) => (await speechLog(page)).spoken.at(-1)?.text;
