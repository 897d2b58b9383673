// Where listening stopped, kept in localStorage: it must be there after a reload before IndexedDB
// answers, it is small, and losing it (private mode) only means starting a brief from the top.

const SESSION_KEY = 'briefs.listening';
const POINTS_KEY = 'briefs.listen-points';
/** Enough for every brief a reader leaves half-heard; the oldest are forgotten first. */
const MAX_POINTS = 50;

/** The queue being heard: brief ids, which one, which sentence. */
export interface ListenSession {
	ids: string[];
	index: number;
	sentence: number;
	withStory: boolean;
}

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function read(key: string): unknown {
	try {
		return JSON.parse(localStorage.getItem(key) ?? 'null');
	} catch {
		return null;
	}
}

function write(key: string, value: unknown) {
	try {
		if (value === undefined) localStorage.removeItem(key);
		else localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// No storage: resuming after a reload is lost, listening goes on.
	}
}

export function readSession(): ListenSession | undefined {
	const v = read(SESSION_KEY) as Partial<ListenSession> | null;
	if (!v || !Array.isArray(v.ids) || !v.ids.every((id) => typeof id === 'string')) return;
	if (!isIndex(v.index) || !isIndex(v.sentence) || v.index >= v.ids.length) return;
	return {
		ids: v.ids.slice(0, 500),
		index: v.index,
		sentence: v.sentence,
		withStory: !!v.withStory
	};
}

export const writeSession = (session: ListenSession | undefined) => write(SESSION_KEY, session);

type Points = [briefId: string, sentence: number][];

function readPoints(): Points {
	const v = read(POINTS_KEY);
	return Array.isArray(v)
		? v.filter(
				(p): p is Points[number] => Array.isArray(p) && typeof p[0] === 'string' && isIndex(p[1])
			)
		: [];
}

/** The sentence a brief was left at, if it was left unfinished. */
export const resumePoint = (briefId: string): number | undefined =>
	readPoints().find(([id]) => id === briefId)?.[1];

/** Remembers (or, with undefined, forgets) where a brief was left; newest last. */
export function rememberPoint(briefId: string, sentence: number | undefined) {
	const points = readPoints().filter(([id]) => id !== briefId);
	if (sentence !== undefined && sentence > 0) points.push([briefId, sentence]);
	write(POINTS_KEY, points.slice(-MAX_POINTS));
}
