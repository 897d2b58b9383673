/** Briefs per page of the feed: the first page is also what the build puts into index.html. */
export const FEED_PAGE_SIZE = 30;
