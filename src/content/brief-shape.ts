import type { BriefFields, EditorsDesk, Hero } from './brief.ts';
import { fieldsProblem } from './validate.ts';
import { isRecord } from '../lib/is-record.ts';

const isStrings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

const TEXT_FIELDS = ['headline', 'dek', 'byline', 'section', 'publisher'] as const;

/**
 * Reads the brief fields of a record that came from outside this page (a deploy's bundle, a backup
 * file), checking the type of every field before anything uses it: a `null` takeaway or a numeric
 * body would otherwise reach the search index and the article view, which trust the type. Then the
 * same checks a seed gets. Returns the fields in one fixed order (their hash depends on it), or the
 * first problem as a sentence that names the field.
 */
export function readBriefFields(value: unknown): { fields: BriefFields } | { problem: string } {
	if (!isRecord(value)) return { problem: 'not an object' };
	for (const key of TEXT_FIELDS) {
		if (typeof value[key] !== 'string') return { problem: `"${key}" is not text` };
	}
	if (!isStrings(value.takeaways)) return { problem: '"takeaways" is not a list of text' };
	if (!isStrings(value.body)) return { problem: '"body" is not a list of text' };
	const hero = value.hero;
	if (!isRecord(hero) || !optionalString(hero.caption) || !optionalString(hero.imageUrl)) {
		return { problem: '"hero" is malformed' };
	}
	const desk = value.editorsDesk;
	if (
		desk !== undefined &&
		!(
			isRecord(desk) &&
			typeof desk.label === 'string' &&
			typeof desk.title === 'string' &&
			isStrings(desk.text)
		)
	) {
		return { problem: '"editorsDesk" is malformed' };
	}
	for (const key of ['bodyHtml', 'url', 'date'] as const) {
		if (!optionalString(value[key])) return { problem: `"${key}" is not text` };
	}
	const fields = canonicalFields({
		headline: value.headline as string,
		dek: value.dek as string,
		hero: hero as Hero,
		takeaways: value.takeaways,
		editorsDesk: desk as EditorsDesk | undefined,
		byline: value.byline as string,
		section: value.section as string,
		publisher: value.publisher as string,
		body: value.body,
		bodyHtml: value.bodyHtml as string | undefined,
		url: value.url as string | undefined,
		date: value.date as string | undefined
	});
	const deskText = fields.editorsDesk
		? [fields.editorsDesk.label, fields.editorsDesk.title, ...fields.editorsDesk.text]
		: [];
	// The desk is not among the texts fieldsProblem measures: give it the takeaways' limits.
	const problem = fieldsProblem({ ...fields, takeaways: [...fields.takeaways, ...deskText] });
	return problem ? { problem } : { fields };
}

/**
 * Brief fields with exactly the keys of BriefFields, in one order, copied: what is hashed to tell a
 * changed brief from an unchanged one, so the same brief hashes the same however it arrived (a feed,
 * a .txt brief, a backup of either).
 */
export function canonicalFields(fields: BriefFields): BriefFields {
	const { hero, editorsDesk } = fields;
	return {
		headline: fields.headline,
		dek: fields.dek,
		hero: { caption: hero.caption, imageUrl: hero.imageUrl },
		takeaways: [...fields.takeaways],
		editorsDesk: editorsDesk
			? { label: editorsDesk.label, title: editorsDesk.title, text: [...editorsDesk.text] }
			: undefined,
		byline: fields.byline,
		section: fields.section,
		publisher: fields.publisher,
		body: [...fields.body],
		bodyHtml: fields.bodyHtml,
		url: fields.url,
		date: fields.date
	};
}
