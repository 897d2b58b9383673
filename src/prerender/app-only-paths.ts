/**
 * Addresses of views that are the app alone (no content to prerender): each gets a copy of the
 * app shell, so a host with no single-page fallback answers them with 200.
 */
export const APP_ONLY_PATHS = [
	'saved',
	'history',
	'settings',
	'skim',
	'about',
	'import',
	'share',
	'search'
];
