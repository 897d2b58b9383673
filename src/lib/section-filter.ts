import type { BriefFilter } from '../content/brief';
import type { ReaderSettings } from '../content/reader-settings';

export type SectionChoices = Pick<ReaderSettings, 'followed' | 'muted' | 'followedOnly'>;

/**
 * Which sections the feed shows, or undefined when it shows every one (the feed then reads by its
 * rank index alone, with no brief-by-brief filter).
 */
export function sectionFilter(choices: SectionChoices): ((section: string) => boolean) | undefined {
	if (choices.followedOnly) {
		const followed = new Set(choices.followed);
		return (section) => followed.has(section);
	}
	if (!choices.muted.length) return undefined;
	const muted = new Set(choices.muted);
	return (section) => !muted.has(section);
}

/** The feed's brief filter for these choices; undefined when every section is shown. */
export function feedFilter(choices: SectionChoices): BriefFilter | undefined {
	const shows = sectionFilter(choices);
	return shows && ((brief) => shows(brief.section));
}
