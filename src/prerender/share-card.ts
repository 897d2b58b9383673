import { existsSync } from 'node:fs';
import sharp from 'sharp';
import type { Brief } from '../content/brief.ts';
import { escapeHtml } from './escape.ts';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

// The app's colours (src/app.css, light theme) and its type: headlines in the serif stack, which
// on Linux ends in DejaVu Serif, the rest in the sans stack. The font files are used when present
// so that the card does not depend on what fontconfig would pick; otherwise the family names.
const PAPER = '#fbfaf7';
const INK = '#1c1f23';
const INK_SOFT = '#4a5058';
const ACCENT = '#a8321a';
const RULE = '#e3dfd6';
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const font = (file: string, family: string) => {
	const path = `${DEJAVU}/${file}`;
	return existsSync(path) ? { font: family, fontfile: path } : { font: family };
};
const SERIF_BOLD = font('DejaVuSerif-Bold.ttf', 'DejaVu Serif Bold');
const SANS = font('DejaVuSans.ttf', 'DejaVu Sans');
const SANS_BOLD = font('DejaVuSans-Bold.ttf', 'DejaVu Sans Bold');

const MARGIN = 80;
const TEXT_WIDTH = SHARE_CARD.width - 2 * MARGIN;
const HEADLINE_TOP = 190;
const HEADLINE_MAX_HEIGHT = 300;

/**
 * Pango markup (what sharp's text input reads) for plain text: escaped like XML, with line and
 * paragraph separators made spaces (a card's line breaks are the layout's to choose), and emoji
 * left out: the card's fonts have none, and a missing glyph is drawn as a box of hex digits.
 */
const markup = (text: string, colour: string) =>
	`<span foreground="${colour}">${escapeHtml(
		text
			.replace(/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0f/gu, '')
			.replace(/[\s\u2028\u2029]+/g, ' ')
			.trim()
	)}</span>`;

async function textImage(
	text: string,
	colour: string,
	face: { font: string; fontfile?: string },
	size: number,
	maxHeight?: number
) {
	const render = (height?: number) =>
		sharp({
			text: {
				text: markup(text, colour),
				...face,
				font: `${face.font} ${size}`,
				width: TEXT_WIDTH,
				...(height ? { height } : { dpi: 72 }),
				rgba: true,
				wrap: 'word',
				spacing: Math.round(size * 0.18)
			}
		})
			.png()
			.toBuffer({ resolveWithObject: true });
	let image = await render();
	// Text too long for its place at the app's size is set smaller until it fits.
	if (maxHeight && image.info.height > maxHeight) image = await render(maxHeight);
	return image;
}

const background = (logoSvg: string) =>
	Buffer.from(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD.width}" height="${SHARE_CARD.height}">` +
			`<rect width="100%" height="100%" fill="${PAPER}"/>` +
			`<rect width="100%" height="14" fill="${ACCENT}"/>` +
			`<rect x="${MARGIN}" y="${SHARE_CARD.height - 120}" width="${TEXT_WIDTH}" height="2" fill="${RULE}"/>` +
			`<g transform="translate(${MARGIN} 60) scale(0.875)">${logoSvg.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</g>` +
			`</svg>`
	);

/**
 * A 1200×630 PNG for link previews of a brief with no image of its own: section, headline and
 * byline on the app's paper, with its logo. Text is drawn by sharp (Pango), never by our own
 * code; hostile text is escaped for Pango's markup and shown as typed.
 */
export async function shareCard(brief: Brief, logoSvg: string): Promise<Buffer> {
	const [brand, section, headline, credits] = await Promise.all([
		textImage('Briefs', INK, SANS_BOLD, 34),
		textImage(brief.section.toUpperCase(), ACCENT, SANS_BOLD, 24, 40),
		textImage(brief.headline, INK, SERIF_BOLD, 60, HEADLINE_MAX_HEIGHT),
		textImage(`${brief.byline} · ${brief.publisher}`, INK_SOFT, SANS, 26, 40)
	]);
	return (
		sharp(background(logoSvg))
			.composite([
				{ input: brand.data, left: MARGIN + 72, top: 66 },
				{ input: section.data, left: MARGIN, top: HEADLINE_TOP - 50 },
				{ input: headline.data, left: MARGIN, top: HEADLINE_TOP },
				{ input: credits.data, left: MARGIN, top: SHARE_CARD.height - 90 }
			])
			// zlib level 6, not 9: half the time per card (a build draws one per brief) for a file of
			// about 53 KB instead of 41 KB, which only a link preview ever fetches.
			.png({ compressionLevel: 6 })
			.toBuffer()
	);
}
