// Dexie-free, so the entry chunk can know the defaults before the database code has loaded.
import type { LineWidth, ReaderSettings, Theme } from './database';

export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
/** Labels of the text size steps; the index is what is stored. */
export const TEXT_SIZES = ['Small', 'Default', 'Large', 'Larger', 'Largest'] as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
	theme: 'system',
	textSize: 1,
	lineWidth: 'medium'
};

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
			: DEFAULT_SETTINGS.lineWidth
	};
}
