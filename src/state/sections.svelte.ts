import type { ReaderSettings } from '../content/reader-settings';
import { library } from './library.svelte';
import { settings } from './settings.svelte';

export type SectionChoice = 'shown' | 'followed' | 'muted';

/** Sections to follow and mute; the choices are reader settings, so a backup keeps them. */
export class SectionsState {
	#inLibrary = library.sections();
	/** Also those chosen once whose briefs are gone, so a choice can always be undone. */
	all = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- spread at once, never kept
		[...new Set([...this.inLibrary, ...settings.value.followed, ...settings.value.muted])].sort(
			(a, b) => a.localeCompare(b)
		)
	);

	/** Sections of stored briefs. */
	get inLibrary() {
		return this.#inLibrary.current;
	}

	choiceOf(section: string): SectionChoice {
		if (settings.value.muted.includes(section)) return 'muted';
		return settings.value.followed.includes(section) ? 'followed' : 'shown';
	}

	choose(section: string, choice: SectionChoice) {
		const { followed, muted } = settings.value;
		const change: Partial<ReaderSettings> = {
			followed: followed
				.filter((s) => s !== section)
				.concat(choice === 'followed' ? [section] : []),
			muted: muted.filter((s) => s !== section).concat(choice === 'muted' ? [section] : [])
		};
		return settings.update(change);
	}

	setFollowedOnly(followedOnly: boolean) {
		return settings.update({ followedOnly });
	}
}

export const sections = new SectionsState();
