import type { StoredBrief } from '../content/brief.ts';
import { inBrowser } from './in-browser.ts';

/**
 * What a page built ahead of time was rendered from. The page carries it as JSON so that the
 * app's first render in the browser is the one the build made: hydration then adopts the
 * server's markup instead of replacing it, so nothing flashes.
 */
export interface PrerenderedPage {
	/** The address it was built for ("/", "/article/<slug>", "/404"). */
	path: string;
	/** The article's brief, or the feed's first page. */
	briefs: StoredBrief[];
	/**
	 * How many briefs the library holds, on the feed's page only ("Show more" depends on it). An
	 * article's page leaves it out: it would change every page of the site with each brief added.
	 */
	total?: number;
	/**
	 * The content part (src/content/packs.ts) an article's brief is in: a first visit by a shared
	 * link fetches its pack first.
	 */
	part?: string;
}

export const PRERENDERED_PAGE_ID = 'prerendered-page';

function readFromDocument(): PrerenderedPage | undefined {
	if (!inBrowser) return undefined;
	const text = document.getElementById(PRERENDERED_PAGE_ID)?.textContent;
	if (!text) return undefined;
	try {
		return JSON.parse(text) as PrerenderedPage;
	} catch {
		return undefined;
	}
}

let current = readFromDocument();

/** The build sets the page it is rendering; in the browser it comes from the document. */
export function setPrerenderedPage(page: PrerenderedPage | undefined): void {
	current = page;
}

export function prerenderedPage(): PrerenderedPage | undefined {
	return current;
}

/**
 * Hands the page's briefs to the first view that asks for the address they were built for, once:
 * after that, IndexedDB alone says what a view shows, so a later visit never sees this copy.
 */
export function takePrerenderedBriefs(path: string): PrerenderedPage | undefined {
	if (!current || current.path !== path) return undefined;
	const page = current;
	if (inBrowser) current = undefined;
	return page;
}
