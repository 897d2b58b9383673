// The YAML and Markdown parsers, configured: most of the import code's size, so loaded with the
// first Markdown file (read-import-file.ts), never with an article view. Nothing of the app's own
// is imported here, so the chunk holds these and nothing the page has already loaded.
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';

/**
 * YAML as data, in YAML's failsafe schema: every value is text as typed (`date: 2026-02-05` and
 * `title: 1984` stay strings, `title: no` is not false). Malformed YAML throws yaml's error;
 * warnings (an unknown tag, say) are not logged.
 */
export const parseYaml = (block: string): unknown =>
	parse(block, { schema: 'failsafe', logLevel: 'error', uniqueKeys: true });

/**
 * CommonMark with GFM's strikethrough and bare http(s) links. markdown-it, because its parse time
 * grows in step with the file whatever the file holds: marked took 2 s for 20,000 characters of
 * `a_b_` and 4× that for each doubling, and micromark seconds for nested quotes or list items, in
 * files anyone can share to the app. Raw HTML is not markup here (`html: false`): it is shown as
 * the text that was typed, so it never reaches a parser as elements.
 */
const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
// Only addresses written with their scheme become links: "notes.md" is a file, not a domain.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
// Cells would lose their columns (the sanitiser keeps no tables): rows stay as the text typed.
markdown.disable('table');
// The article's headline is the page's h1, so the body's headings start at h2.
markdown.core.ruler.push('briefs_heading_levels', (state) => {
	for (const token of state.tokens) {
		if (token.type === 'heading_open' || token.type === 'heading_close') {
			token.tag = `h${Math.min(Number(token.tag.slice(1)) + 1, 4)}`;
		}
	}
});
// Imported briefs load no images (tracking and offline breakage): an image is its description.
markdown.renderer.rules.image = (tokens, i, options, env, self) =>
	markdown.utils.escapeHtml(self.renderInlineAsText(tokens[i].children ?? [], options, env));

/** Markdown as HTML, before the sanitiser: raw HTML in it is text, images are their description. */
export const markdownHtml = (source: string): string => markdown.render(source);
