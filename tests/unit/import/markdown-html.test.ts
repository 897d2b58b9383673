// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markdownBody as body } from '../../../src/import/markdown-html';
import * as parsers from '../../../src/import/markdown-parsers';

const markdownBody = (source: string) => body(source, parsers);

const dom = (html = '') => new DOMParser().parseFromString(html, 'text/html').body;

describe('Markdown body', () => {
	it('keeps snake_case words whole', () => {
		const { html, paragraphs } = markdownBody('Set max_retry_count and user_id_v2 in *one* step.');
		expect(paragraphs).toEqual(['Set max_retry_count and user_id_v2 in one step.']);
		expect(html).toContain('max_retry_count and user_id_v2 in <em>one</em>');
	});

	it('keeps URLs with underscores whole, bare or as links', () => {
		const { html, paragraphs } = markdownBody(
			'See https://example.org/_drafts/a_b_c?x_y=1 and [the_report](https://example.org/my_report_v2).'
		);
		expect(paragraphs).toEqual(['See https://example.org/_drafts/a_b_c?x_y=1 and the_report.']);
		const links = Array.from(dom(html).querySelectorAll('a'), (a) => [a.textContent, a.href]);
		expect(links).toEqual([
			['https://example.org/_drafts/a_b_c?x_y=1', 'https://example.org/_drafts/a_b_c?x_y=1'],
			['the_report', 'https://example.org/my_report_v2']
		]);
	});

	it('keeps lists, nested and numbered, each item a paragraph of text once', () => {
		const { html, paragraphs } = markdownBody('- one\n- two\n  - two_a\n\n1. first\n2. second');
		const body = dom(html);
		expect(
			Array.from(body.querySelectorAll('ul > li'), (li) => li.firstChild?.textContent?.trim())
		).toEqual(['one', 'two', 'two_a']);
		expect(Array.from(body.querySelectorAll('ol > li'), (li) => li.textContent)).toEqual([
			'first',
			'second'
		]);
		expect(paragraphs).toEqual(['one', 'two', 'two_a', 'first', 'second']);
	});

	it('keeps block quotes, their text said once', () => {
		const { html, paragraphs } = markdownBody('Before.\n\n> Quoted _words_\n> go on.\n\nAfter.');
		expect(dom(html).querySelector('blockquote')?.textContent?.trim()).toBe('Quoted words\ngo on.');
		expect(dom(html).querySelector('blockquote em')?.textContent).toBe('words');
		expect(paragraphs).toEqual(['Before.', 'Quoted words go on.', 'After.']);
	});

	it('keeps links safe: http(s) only, opened apart from the app', () => {
		const { html } = markdownBody(
			'[ok](https://example.org/a) [bad](javascript:alert(1)) [data](data:text/html,x) [path](/x)'
		);
		const body = dom(html);
		const links = Array.from(body.querySelectorAll('a'));
		expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['ok', 'https://example.org/a'],
			['path', null]
		]);
		expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
		expect(links[0].getAttribute('target')).toBe('_blank');
		// A link the parser refuses stays as the text typed.
		expect(body.textContent).toContain('[bad](javascript:alert(1)) [data](data:text/html,x)');
	});

	it('keeps emphasis, strong, code and strikethrough', () => {
		const { html } = markdownBody('*em* _also_ **strong** __too__ `co_de` ~~old~~');
		const body = dom(html);
		expect(Array.from(body.querySelectorAll('em'), (e) => e.textContent)).toEqual(['em', 'also']);
		expect(Array.from(body.querySelectorAll('strong'), (e) => e.textContent)).toEqual([
			'strong',
			'too'
		]);
		expect(body.querySelector('code')?.textContent).toBe('co_de');
		expect(body.querySelector('s')?.textContent).toBe('old');
	});

	it('starts headings at h2, below the headline', () => {
		const { html, paragraphs } = markdownBody('# One\n\n## Two\n\n### Three\n\n#### Four');
		expect(Array.from(dom(html).children, (el) => el.localName)).toEqual(['h2', 'h3', 'h4', 'h4']);
		expect(paragraphs).toEqual(['One', 'Two', 'Three', 'Four']);
	});

	it('shows raw HTML as the text typed: no element, handler or style is made', () => {
		const typed = [
			'<img src=x onerror=alert(1)>',
			'<svg/onload=alert(1)>',
			'<p style="color:red" onclick="alert(1)">styled</p><style>p{}</style>',
			'<script>alert(1)</script>',
			'<a href="javascript:alert(1)">x</a>'
		];
		const { html, paragraphs } = markdownBody(
			`Inline: ${typed.join(' ')}\n\n<div onmouseover="alert(1)">\nblock\n</div>`
		);
		// Plain text only: stored as text paragraphs, as Markdown always was.
		expect(html).toBeUndefined();
		expect(paragraphs).toEqual([
			`Inline: ${typed.join(' ')}`,
			'<div onmouseover="alert(1)"> block </div>'
		]);
		const withMarkup = markdownBody(`**Bold**, then ${typed.join(' ')}`).html!;
		const body = dom(withMarkup);
		expect(Array.from(body.querySelectorAll('*'), (el) => el.localName)).toEqual(['p', 'strong']);
		expect(body.textContent).toContain(typed.join(' '));
	});

	it('shows an image as its description and loads nothing', () => {
		const { html, paragraphs } = markdownBody(
			'Look: ![a <b>chart</b> of rates](https://x.org/i.png)'
		);
		expect(html).toBeUndefined();
		expect(paragraphs).toEqual(['Look: a <b>chart</b> of rates']);
	});

	it('keeps plain paragraphs as text, with no HTML to store', () => {
		expect(markdownBody('First line\nsame paragraph.\n\nSecond & last.')).toEqual({
			paragraphs: ['First line same paragraph.', 'Second & last.']
		});
	});

	it('parses hostile text in time that grows with its length', () => {
		// Each of these took marked seconds (quadratic, or a stack overflow for the quotes).
		const hostile = ['a_b_', '*a', '**a ', '> ', '  - a\n', '[a](b', '![', '[', '<', '_a'];
		for (const unit of hostile) {
			const text = unit.repeat(Math.ceil(40_000 / unit.length));
			const started = performance.now();
			parsers.markdownHtml(text);
			expect(performance.now() - started, JSON.stringify(unit)).toBeLessThan(2000);
		}
	});
});
