import type { ReaderSettings } from '../content/reader-settings';

/** Also read by public/settings-boot.js, which applies the last settings before first paint. */
export const SETTINGS_STORAGE_KEY = 'briefs.settings';

/** Puts settings on <html> (app.css styles by these attributes) and keeps the boot copy current. */
export function applySettings(
	settings: Pick<ReaderSettings, 'theme' | 'textSize' | 'lineWidth'>,
	root = document.documentElement
) {
	root.dataset.theme = settings.theme;
	root.dataset.textSize = String(settings.textSize);
	root.dataset.lineWidth = settings.lineWidth;
	try {
		localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
	} catch {
		// Private modes may refuse storage: settings still apply, only the next start may flash.
	}
}
