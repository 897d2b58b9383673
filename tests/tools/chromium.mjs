// The one description of how Briefs' tools start Debian's chromium: as root, in a sandbox with no
// internet (without the background-networking flags it keeps trying to reach Google's hosts).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
