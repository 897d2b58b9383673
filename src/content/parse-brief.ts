import type { Brief, BriefFields, EditorsDesk } from './brief.ts';
import { sha256Hex } from './content-hash.ts';
import { fold } from './fold.ts';
import { BriefParseError } from './parse-error.ts';
import { slugify } from './slug.ts';
import { checkSourceText, dateProblem, fieldsProblem, httpUrlProblem } from './validate.ts';

interface Line {
	text: string;
	/** 1-based line number in the source file. */
	no: number;
}
type Block = Line[];

const BULLET = /^[•·▪◦*\-–]\s*/;
const METADATA_LINE = /^(date|image)\s*:\s*(.*)$/i;
// Trailing page furniture from the source site; the app renders its own.
const SHARE_HEADING = 'share article';
const RELATED_HEADING = 'related articles';
const TAKEAWAYS_HEADING = 'key takeaways';
const DESK_HEADINGS = new Set(["editor's desk", 'editors desk']);

/** Normalises what editors and operating systems vary: BOM, line endings, trailing spaces. */
export function normaliseSource(text: string): string[] {
	return text
		.replace(/^\uFEFF/, '')
		.normalize('NFC')
		.split(/\r\n|\r|\n/)
		.map((line) => line.replace(/\s+$/u, ''));
}

function toBlocks(lines: string[]): Block[] {
	const blocks: Block[] = [];
	let current: Block = [];
	lines.forEach((text, i) => {
		if (text.trim() === '') {
			if (current.length) blocks.push(current);
			current = [];
		} else {
			current.push({ text: text.trim(), no: i + 1 });
		}
	});
	if (current.length) blocks.push(current);
	return blocks;
}

const heading = (block: Block | undefined): string =>
	block ? fold(block.map((l) => l.text).join(' ')).replace(/\s+/g, ' ') : '';
const joined = (block: Block): string => block.map((l) => l.text).join(' ');
const isBullet = (line: Line): boolean => BULLET.test(line.text);
/** Byline, section and publisher stand as one block of three short lines. */
const isCredits = (block: Block | undefined): boolean =>
	!!block && block.length === 3 && block.every((l) => l.text.length <= 120);

/** "1Tens of thousands…" (number glued on) → "Tens of thousands…"; only the item's own number. */
function stripItemNumber(text: string, position: number): string {
	const withoutBullet = text.replace(BULLET, '');
	const number = String(position);
	if (!withoutBullet.startsWith(number)) return withoutBullet;
	const rest = withoutBullet.slice(number.length).replace(/^[.):]?\s*/, '');
	return rest || withoutBullet;
}

/**
 * Parses one brief in the plain-text seed format (see README, "Seed format").
 * Pure: no DOM, no storage; runs at build time in Node and in the browser's import path.
 * Throws BriefParseError naming the source and line of the first problem.
 */
export async function parseBrief(text: string, source: string): Promise<Brief> {
	checkSourceText(text, source);
	const lines = normaliseSource(text);
	const blocks = toBlocks(lines);
	const fail = (line: number, reason: string): never => {
		throw new BriefParseError(source, line, reason);
	};
	let at = 0;
	const lastLine = Math.max(1, lines.length);

	// Optional metadata block: "Date: 2026-01-16", "Image: https://…".
	let date: string | undefined;
	let imageUrl: string | undefined;
	if (blocks[0]?.every((l) => METADATA_LINE.test(l.text))) {
		for (const line of blocks[0]) {
			const [, key, value] = METADATA_LINE.exec(line.text) ?? [];
			const problem =
				key.toLowerCase() === 'date' ? dateProblem(value) : httpUrlProblem(value, 'image');
			if (problem) fail(line.no, problem);
			if (key.toLowerCase() === 'date') date = value;
			else imageUrl = value;
		}
		at++;
	}

	const headlineBlock = blocks[at];
	if (!headlineBlock) fail(lastLine, 'no headline: the file has no text');
	const firstHeading = heading(headlineBlock);
	if (
		firstHeading === TAKEAWAYS_HEADING ||
		DESK_HEADINGS.has(firstHeading) ||
		isBullet(headlineBlock[0])
	) {
		fail(headlineBlock[0].no, 'no headline: the first line must be the headline');
	}
	if (headlineBlock.length > 1) {
		fail(headlineBlock[1].no, 'expected a blank line after the headline');
	}
	const headline = headlineBlock[0].text;
	at++;

	// Dek, then an optional hero caption, up to "Key Takeaways".
	const intro: Block[] = [];
	while (blocks[at] && heading(blocks[at]) !== TAKEAWAYS_HEADING) intro.push(blocks[at++]);
	if (!blocks[at]) {
		fail(headlineBlock[0].no, 'no "Key Takeaways" section after the headline');
	}
	if (intro.length === 0) fail(blocks[at][0].no, 'no dek (summary paragraph) after the headline');
	if (intro.length > 2) {
		fail(
			intro[2][0].no,
			'unknown structure: expected only a dek and a caption before "Key Takeaways"'
		);
	}
	const takeawaysHeading = blocks[at++];

	const takeaways: string[] = [];
	while (blocks[at] && isBullet(blocks[at][0])) {
		for (const line of blocks[at]) {
			if (isBullet(line)) takeaways.push(stripItemNumber(line.text, takeaways.length + 1));
			else takeaways[takeaways.length - 1] += ` ${line.text}`;
		}
		at++;
	}
	if (takeaways.length === 0) fail(takeawaysHeading[0].no, '"Key Takeaways" has no items');

	let editorsDesk: EditorsDesk | undefined;
	if (DESK_HEADINGS.has(heading(blocks[at]))) {
		const deskHeading = blocks[at++];
		const titleBlock = blocks[at];
		if (!titleBlock || isCredits(titleBlock) || titleBlock.length > 1) {
			fail(deskHeading[0].no, "Editor's Desk has no title line");
		}
		at++;
		const text: string[] = [];
		while (blocks[at] && !isCredits(blocks[at])) text.push(joined(blocks[at++]));
		if (text.length === 0) fail(titleBlock[0].no, "Editor's Desk has no text");
		editorsDesk = { label: "Editor's Desk", title: titleBlock[0].text, text };
	}

	const credits = blocks[at];
	if (!isCredits(credits)) {
		fail(
			credits?.[0].no ?? lastLine,
			'unknown structure: expected byline, section and publisher on three lines'
		);
	}
	const [byline, section, publisher] = credits.map((l) => l.text);
	at++;

	const body: string[] = [];
	while (blocks[at] && ![SHARE_HEADING, RELATED_HEADING].includes(heading(blocks[at]))) {
		body.push(joined(blocks[at++]));
	}
	if (body.length === 0) fail(credits[2].no, 'no body paragraphs after the publisher line');

	if (heading(blocks[at]) === SHARE_HEADING) at++;
	if (blocks[at] && heading(blocks[at]) !== RELATED_HEADING) {
		fail(blocks[at][0].no, 'unknown structure: unexpected text after "Share Article"');
	}
	// Anything under "Related Articles" is the source site's list; Briefs computes its own.

	const fields: BriefFields = {
		headline,
		dek: joined(intro[0]),
		hero: { caption: intro[1] ? joined(intro[1]) : undefined, imageUrl },
		takeaways,
		editorsDesk,
		byline,
		section,
		publisher,
		body,
		date
	};
	const problem = fieldsProblem(fields);
	if (problem) fail(headlineBlock[0].no, problem);

	const normalised = lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return {
		...fields,
		id: idFromSource(source),
		slug: slugify(headline),
		contentHash: await sha256Hex(normalised),
		source
	};
}

/** "seeds/000_312a46f2b9923e86.txt" → "000_312a46f2b9923e86". */
export function idFromSource(source: string): string {
	const base = source.split(/[\\/]/).pop() ?? source;
	const stem = base.replace(/\.[^.]*$/, '');
	return stem.replace(/[^A-Za-z0-9_-]+/g, '-') || 'brief';
}
