import type { Brief } from '../content/brief.ts';
import { articlePath, takeawayPath } from '../state/routes.ts';
import { escapeHtml } from './escape.ts';
import { absoluteUrl } from './site-url.ts';

const paragraphs = (texts: string[]) => texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('');

/**
 * A brief as one HTML document fragment, for the published feeds: every part the article page
 * shows, takeaways as a list linking to their own anchors, and absolute links only (a feed reader
 * has no base address to resolve against).
 */
export function briefHtml(brief: Brief, site: string): string {
	const url = absoluteUrl(site, articlePath(brief.slug));
	const { hero, editorsDesk } = brief;
	const figure = hero.imageUrl
		? `<figure><img src="${escapeHtml(hero.imageUrl)}" alt="${escapeHtml(hero.caption ?? '')}" />${
				hero.caption ? `<figcaption>${escapeHtml(hero.caption)}</figcaption>` : ''
			}</figure>`
		: hero.caption
			? `<p><em>${escapeHtml(hero.caption)}</em></p>`
			: '';
	const takeaways = brief.takeaways.length
		? `<h2>Key Takeaways</h2><ol>${brief.takeaways
				.map(
					(t, i) =>
						`<li><a href="${escapeHtml(absoluteUrl(site, takeawayPath(brief.slug, i + 1)))}">${escapeHtml(t)}</a></li>`
				)
				.join('')}</ol>`
		: '';
	const desk = editorsDesk
		? `<blockquote><h3>${escapeHtml(`${editorsDesk.label}: ${editorsDesk.title}`)}</h3>${paragraphs(editorsDesk.text)}</blockquote>`
		: '';
	const credits = `<p><small>${escapeHtml([brief.byline, brief.section, brief.publisher].join(' · '))}</small></p>`;
	const link = `<p><a href="${escapeHtml(url)}">Read this brief on Briefs</a></p>`;
	return `${figure}${takeaways}${desk}${credits}${paragraphs(brief.body)}${link}`;
}
