/** Words too common to make two briefs related. */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		'a an and are as at be been but by for from had has have he her his if in into is it its ' +
		'may more most must no not of on or our over she so than that the their them then there ' +
		'these they this to up was we were what when which while who will with would after before ' +
		'about against between any all can could new said says also us u s'
	).split(' ')
);
