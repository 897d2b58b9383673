import { createSubscriber } from 'svelte/reactivity';
import type { StoredBrief } from '../content/brief';
import {
	readSession,
	rememberPoint,
	resumePoint,
	writeSession,
	type ListenSession
} from '../lib/listen-memory';
import { speechScript, type ScriptLine } from '../lib/speech-script';
import { settings } from './settings.svelte';

/** What the queue needs of a brief: enough to read it and to say what is playing. */
export type QueuedBrief = Pick<
	StoredBrief,
	'id' | 'slug' | 'headline' | 'section' | 'takeaways' | 'body'
>;

/** The line being read, and in which brief: what the article marks and scrolls to. */
export interface SpokenLine extends ScriptLine {
	briefId: string;
}

const queued = ({ id, slug, headline, section, takeaways, body }: QueuedBrief): QueuedBrief => ({
	id,
	slug,
	headline,
	section,
	takeaways,
	body
});

/**
 * Reads a queue of briefs aloud with the browser's speech synthesis, a sentence per utterance, so
 * the page can follow along, and next, previous, a new rate and resuming all land on a sentence.
 * `supported` is false where there is no speech synthesis: no controls are shown.
 */
export class ListenState {
	readonly supported =
		typeof window !== 'undefined' &&
		typeof window.speechSynthesis?.speak === 'function' &&
		typeof SpeechSynthesisUtterance === 'function';

	status = $state<'idle' | 'playing' | 'paused'>('idle');
	queue = $state.raw<QueuedBrief[]>([]);
	index = $state(0);
	sentence = $state(0);
	withStory = $state(false);
	failure = $state<string>();

	current = $derived<QueuedBrief | undefined>(this.queue[this.index]);
	script = $derived(this.current ? speechScript(this.current, this.withStory) : []);
	line = $derived<SpokenLine | undefined>(
		this.status !== 'idle' && this.current && this.script[this.sentence]
			? { ...this.script[this.sentence], briefId: this.current.id }
			: undefined
	);
	#voices = $state.raw<SpeechSynthesisVoice[]>([]);
	// Chrome lists its voices only after an event: listened to while something shows them.
	#followVoices = createSubscriber(() => {
		if (!this.supported) return;
		const read = () => (this.#voices = browserVoices());
		read();
		speechSynthesis.addEventListener?.('voiceschanged', read);
		return () => speechSynthesis.removeEventListener?.('voiceschanged', read);
	});

	/** The browser's voices, as it lists them (they may arrive after start-up). */
	get voices(): SpeechSynthesisVoice[] {
		this.#followVoices();
		return this.#voices;
	}

	/** Voices for the page's language (briefs are in the app's language). */
	languageVoices = $derived(this.voices.filter((v) => matchesLanguage(v.lang)));

	#utterance?: SpeechSynthesisUtterance;

	/** Starts listening to these briefs from `start`, at the sentence each was left at. */
	playQueue(briefs: QueuedBrief[], start = 0) {
		if (!this.supported || !briefs[start]) return;
		this.#leaveCurrent();
		this.queue = briefs.map(queued);
		this.index = start;
		this.sentence = this.#startingSentence();
		this.status = 'playing';
		this.#speak();
	}

	play = () => {
		if (!this.current) return;
		this.status = 'playing';
		this.#speak();
	};

	// Pause cancels and resume starts the sentence again: speechSynthesis.pause() does nothing on
	// Android and sometimes never resumes on desktop Chrome.
	pause = () => {
		if (this.status !== 'playing') return;
		this.status = 'paused';
		this.#silence();
		this.#save();
	};

	toggle = () => (this.status === 'playing' ? this.pause() : this.play());

	next = () => this.#moveTo(this.index + 1);

	/** Back to the start of this brief, or to the one before when already near its start. */
	previous = () => {
		if (this.sentence > 1 || this.index === 0) {
			this.sentence = 0;
			this.#continue();
		} else this.#moveTo(this.index - 1);
	};

	/** Stops and closes the player; each brief keeps the sentence it was left at. */
	stop = () => {
		if (!this.supported) return;
		this.#leaveCurrent();
		this.#silence();
		this.status = 'idle';
		this.queue = [];
		writeSession(undefined);
	};

	setRate(speechRate: number) {
		void settings.update({ speechRate });
		// Takes effect at once: the sentence being read starts again at the new speed.
		this.#pendingRate = speechRate;
		this.#continue();
	}

	setVoice(voice: string) {
		void settings.update({ voice });
		this.#pendingVoice = voice;
		this.#continue();
	}

	setWithStory(withStory: boolean) {
		this.withStory = withStory;
		this.#save();
	}

	/** Brings back the queue heard before a reload, paused at its sentence. */
	async restore(readBriefs: (ids: string[]) => Promise<QueuedBrief[]>) {
		const session = readSession();
		if (!this.supported || !session || this.queue.length) return;
		const briefs = await readBriefs(session.ids);
		const current = session.ids[session.index];
		const index = briefs.findIndex((b) => b.id === current);
		if (index < 0 || this.queue.length) return;
		this.withStory = session.withStory;
		this.queue = briefs.map(queued);
		this.index = index;
		this.sentence = session.sentence;
		this.status = 'paused';
	}

	// The settings store answers through liveQuery, a moment after the change: until then, the
	// reader's latest choice is the one to speak with.
	#pendingRate?: number;
	#pendingVoice?: string;
	get rate() {
		return this.#pendingRate ?? settings.value.speechRate;
	}
	get voice() {
		return this.#pendingVoice ?? settings.value.voice;
	}

	#startingSentence() {
		const point = this.current ? resumePoint(this.current.id) : undefined;
		return point !== undefined && point < this.script.length ? point : 0;
	}

	#moveTo(index: number) {
		if (!this.queue[index]) return;
		this.#leaveCurrent();
		this.index = index;
		this.sentence = this.#startingSentence();
		this.#continue();
	}

	/** Speaks from the current sentence if playing; otherwise only remembers it. */
	#continue() {
		if (this.status === 'playing') this.#speak();
		else this.#save();
	}

	/** A brief left midway keeps its sentence for next time. */
	#leaveCurrent() {
		if (this.current) rememberPoint(this.current.id, this.sentence);
	}

	#save() {
		if (!this.current) return;
		const session: ListenSession = {
			ids: this.queue.map((b) => b.id),
			index: this.index,
			sentence: this.sentence,
			withStory: this.withStory
		};
		writeSession(session);
		rememberPoint(this.current.id, this.sentence);
	}

	#silence() {
		this.#utterance = undefined;
		speechSynthesis.cancel();
	}

	#speak() {
		this.#silence();
		const line = this.script[this.sentence];
		if (!line) return this.#finishBrief();
		this.#save();
		const utterance = new SpeechSynthesisUtterance(line.text);
		utterance.lang = document.documentElement.lang || 'en';
		utterance.rate = this.rate;
		// Asked now: what the browser has, whether or not a voice list is on screen.
		const voice = browserVoices().find((v) => v.voiceURI === this.voice);
		if (voice) utterance.voice = voice;
		utterance.onend = () => {
			if (this.#utterance !== utterance) return;
			this.sentence++;
			this.#speak();
		};
		utterance.onerror = (event) => {
			// Cancelling (pause, next, a new rate) reports an error on the utterance it cut short.
			if (this.#utterance !== utterance) return;
			if (event.error === 'interrupted' || event.error === 'canceled') return;
			this.failure = `Couldn't read aloud (${event.error}).`;
			this.pause();
		};
		this.#utterance = utterance;
		this.failure = undefined;
		speechSynthesis.speak(utterance);
	}

	#finishBrief() {
		if (this.current) rememberPoint(this.current.id, undefined);
		if (this.index + 1 < this.queue.length) {
			this.index++;
			this.sentence = this.#startingSentence();
			this.#speak();
		} else {
			this.status = 'idle';
			this.queue = [];
			writeSession(undefined);
		}
	}
}

const browserVoices = () => speechSynthesis.getVoices?.() ?? [];

function matchesLanguage(lang: string) {
	const page = (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
	return lang.toLowerCase().split(/[-_]/)[0] === page.toLowerCase().split('-')[0];
}

export const listen = new ListenState();
