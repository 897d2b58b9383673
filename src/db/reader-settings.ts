// Dexie-free, so the entry chunk can know the defaults before the database code has loaded.
import type { LineWidth, ReaderSettings, Theme } from './database';

export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
/** Labels of the text size steps; the index is what is stored. */
export const TEXT_SIZES = ['Small', 'Default', 'Large', 'Larger', 'Largest'] as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
	theme: 'system',
	textSize: 1,
	lineWidth: 'medium',
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
		...sections(v)
	};
}

/** A section is followed or muted, never both: muting wins, as the safer reading of a bad record. */
function sections(v: Partial<ReaderSettings>) {
	const muted = sectionList(v.muted);
	const followed = sectionList(v.followed).filter((s) => !muted.includes(s));
	return { followed, muted, followedOnly: v.followedOnly === true };
}
