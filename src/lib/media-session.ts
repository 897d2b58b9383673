// The lock screen, notification shade and headphone buttons: the Media Session API.

export interface MediaControls {
	play(): void;
	pause(): void;
	next(): void;
	previous(): void;
	stop(): void;
}

const ACTIONS = ['play', 'pause', 'nexttrack', 'previoustrack', 'stop'] as const;
/** The app icon, as generated at build time (vite.config.ts, pwaAssets). */
const ARTWORK: MediaImage[] = [
	{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
	{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' }
];

const session = () =>
	typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : null;

function setHandler(action: MediaSessionAction, handler: MediaSessionActionHandler | null) {
	try {
		session()?.setActionHandler(action, handler);
	} catch {
		// An action this browser does not know (older ones lack 'stop'): the others still work.
	}
}

/** Shows what is being read and routes the system's buttons to the queue. */
export function showMediaSession(
	item: { headline: string; section: string },
	playing: boolean,
	controls: MediaControls
) {
	const media = session();
	if (!media || typeof MediaMetadata !== 'function') return;
	media.metadata = new MediaMetadata({
		title: item.headline,
		artist: item.section,
		album: 'Briefs',
		artwork: ARTWORK
	});
	media.playbackState = playing ? 'playing' : 'paused';
	const handlers: Record<(typeof ACTIONS)[number], () => void> = {
		play: controls.play,
		pause: controls.pause,
		nexttrack: controls.next,
		previoustrack: controls.previous,
		stop: controls.stop
	};
	for (const action of ACTIONS) setHandler(action, handlers[action]);
}

/** Nothing is being read: the system's controls go away. */
export function clearMediaSession() {
	const media = session();
	if (!media) return;
	media.metadata = null;
	media.playbackState = 'none';
	for (const action of ACTIONS) setHandler(action, null);
}
