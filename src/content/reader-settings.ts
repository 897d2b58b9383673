// Dexie-free, so the entry chunk can know the defaults before the database code has loaded, and a
// backup's settings are checked on import without it.

export type Theme = 'system' | 'light' | 'dark';
export type LineWidth = 'narrow' | 'medium' | 'wide';
export interface ReaderSettings {
	theme: Theme;
	/** A step on TEXT_SIZES; 1 is the default size. */
	textSize: number;
	lineWidth: LineWidth;
	/** Listening speed, one of SPEECH_RATES. */
	speechRate: number;
	/** The chosen voice's voiceURI; '' for the browser's default for the brief's language. */
	voice: string;
	/** Sections the reader follows; with `followedOnly`, the feed shows only these. */
	followed: string[];
	/** Sections left out of the feed and the new-count (search still finds them). */
	muted: string[];
	followedOnly: boolean;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
/** Labels of the text size steps; the index is what is stored. */
export const TEXT_SIZES = ['Small', 'Default', 'Large', 'Larger', 'Largest'] as const;

/** Listening speeds offered: 0.75× to 2×. */
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** A voiceURI longer than this is not one a browser gave: a hand-edited record or backup. */
const MAX_VOICE_LENGTH = 200;

export const DEFAULT_SETTINGS: ReaderSettings = {
	theme: 'system',
	textSize: 1,
	lineWidth: 'medium',
	speechRate: 1,
	voice: '',
	followed: [],
	muted: [],
	followedOnly: false
};

/** Generous for any real library; a hand-edited backup cannot make the settings record huge. */
const MAX_SECTIONS = 500;
const MAX_SECTION_LENGTH = 200;

const sectionList = (value: unknown): string[] =>
	Array.isArray(value)
		? [
				...new Set(
					value.filter(
						(s): s is string =>
							typeof s === 'string' && s.length > 0 && s.length <= MAX_SECTION_LENGTH
					)
				)
			].slice(0, MAX_SECTIONS)
		: [];

/** Anything unknown (a hand-edited or older record) falls back to the default, field by field. */
export function normaliseSettings(value: Partial<ReaderSettings> | undefined): ReaderSettings {
	const v = value ?? {};
	return {
		theme: THEMES.includes(v.theme as Theme) ? (v.theme as Theme) : DEFAULT_SETTINGS.theme,
		textSize:
			Number.isInteger(v.textSize) && v.textSize! >= 0 && v.textSize! < TEXT_SIZES.length
				? v.textSize!
				: DEFAULT_SETTINGS.textSize,
		lineWidth: LINE_WIDTHS.includes(v.lineWidth as LineWidth)
			? (v.lineWidth as LineWidth)
			: DEFAULT_SETTINGS.lineWidth,
		speechRate: (SPEECH_RATES as readonly unknown[]).includes(v.speechRate)
			? v.speechRate!
			: DEFAULT_SETTINGS.speechRate,
		voice:
			typeof v.voice === 'string' && v.voice.length <= MAX_VOICE_LENGTH
				? v.voice
				: DEFAULT_SETTINGS.voice,
		...sections(v)
	};
}

/** A section is followed or muted, never both: muting wins, as the safer reading of a bad record. */
function sections(v: Partial<ReaderSettings>) {
	const muted = sectionList(v.muted);
	const followed = sectionList(v.followed).filter((s) => !muted.includes(s));
	return { followed, muted, followedOnly: v.followedOnly === true };
}
