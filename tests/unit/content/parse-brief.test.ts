import { describe, expect, it } from 'vitest';
import { BriefParseError } from '../../../src/content/parse-error';
import { parseBrief } from '../../../src/content/parse-brief';
import { readProjectFile, SEED_NAME, seedText } from '../read-fixture';

const NB_HYPHEN = '\u2011';

describe('parseBrief on the real seed', async () => {
	const brief = await parseBrief(seedText(), SEED_NAME);

	it('reads identity and headline', () => {
		expect(brief.id).toBe('000_312a46f2b9923e86');
		expect(brief.slug).toBe(
			'diaz-canel-rejects-u-s-pressure-after-deaths-of-cuban-soldiers-in-venezuela'
		);
		expect(brief.headline).toBe(
			`Díaz${NB_HYPHEN}Canel Rejects U.S. Pressure After Deaths of Cuban Soldiers in Venezuela, Rally in Havana Signals Defiance`
		);
		expect(brief.source).toBe(SEED_NAME);
	});

	it('reads the dek and keeps the caption as a caption, with no image', () => {
		expect(brief.dek).toBe(
			`President Miguel Díaz${NB_HYPHEN}Canel presided over a mass rally in Havana to mourn 32 Cuban servicemen killed in a recent U.S. military action in Venezuela, denouncing U.S. coercion and warning that Cuba will defend its sovereignty. The event solidifies Havana’s defiant posture, complicates U.S. policy in Latin America and could prompt deeper alignments between Cuba and other global powers.`
		);
		expect(brief.hero).toEqual({
			caption: 'Vibrant dancer in traditional costume performing at Miami street festival parade.',
			imageUrl: undefined
		});
	});

	it('reads five takeaways without their glued numbers', () => {
		expect(brief.takeaways).toEqual([
			'Tens of thousands rallied in Havana to mourn 32 Cuban soldiers killed in a U.S. military action in Venezuela.',
			`President Díaz${NB_HYPHEN}Canel condemned U.S. intervention as coercive and insisted any talks must be on equal terms.`,
			'Cuba vows not to provoke the U.S. but will defend its sovereignty if attacked, reinforcing domestic legitimacy.',
			'The incident complicates U.S. relations in Latin America and may open opportunities for Cuba to deepen ties with rivals of Washington.',
			'Regional stability risks rising if diplomatic channels do not reduce tensions after the operation.'
		]);
	});

	it("reads the Editor's Desk with its two-line label joined", () => {
		expect(brief.editorsDesk?.label).toBe("Editor's Desk");
		expect(brief.editorsDesk?.title).toBe('Strategic Analysis');
		expect(brief.editorsDesk?.text).toHaveLength(1);
		expect(brief.editorsDesk?.text[0]).toMatch(
			/^This episode crystallises a wider strategic dilemma/
		);
		expect(brief.editorsDesk?.text[0]).toMatch(/security entanglements in Venezuela and beyond\.$/);
		expect(brief.editorsDesk?.text[0]).toContain('escalation are high—diplomatic isolation');
	});

	it('reads byline, section and publisher', () => {
		expect(brief.byline).toBe('China Daily Brief Editorial');
		expect(brief.section).toBe('Strategic Insight');
		expect(brief.publisher).toBe('China Daily Brief');
	});

	it('keeps the five body paragraphs exactly as written', () => {
		const lines = seedText().split('\n');
		expect(brief.body).toEqual([lines[25], lines[27], lines[29], lines[31], lines[33]]);
		expect(brief.body[0]).toMatch(
			/^Tens of thousands of Cubans gathered on January 16 at Havana’s/
		);
		expect(brief.body[0]).toContain(`Plaza Anti${NB_HYPHEN}Imperialista`);
		expect(brief.body[0]).toContain(
			'“the door to barbarism, plunder and a new fascism”—was chosen'
		);
		expect(brief.body[4]).toMatch(/for Cuba’s own economic future\.$/);
		// The page furniture after the body is not content.
		expect(brief.body.join(' ')).not.toMatch(/Share Article|Related Articles|No related articles/);
	});

	it('invents no date: the seed only says "January 16" in the body', () => {
		expect(brief.date).toBeUndefined();
	});

	it('hashes the normalised text', () => {
		expect(brief.contentHash).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('parseBrief on awkward but valid input', () => {
	it('gives the same brief for BOM, CRLF, trailing spaces and blank-line runs', async () => {
		const clean = await parseBrief(seedText(), SEED_NAME);
		const mangled = await parseBrief(
			readProjectFile('tests/fixtures/seeds/bom-crlf.txt'),
			SEED_NAME
		);
		expect(mangled).toEqual(clean);
	});

	it('reads an explicit date and image from the metadata lines', async () => {
		const brief = await parseBrief(readProjectFile('tests/fixtures/seeds/dated.txt'), 'dated.txt');
		expect(brief.date).toBe('2026-01-17');
		expect(brief.hero.imageUrl).toBe('https://example.org/havana.jpg');
		expect(brief.headline).toMatch(/^Synthetic Test Brief:/);
	});

	it('removes only the item’s own number, not digits of the text', async () => {
		const text = seedText().replace('1Tens of thousands', '132 soldiers');
		const brief = await parseBrief(text, 'x.txt');
		expect(brief.takeaways[0]).toMatch(/^32 soldiers rallied in Havana/);
	});
});

describe('parseBrief on bad input', () => {
	const cases: [fixture: string, line: number, reason: RegExp][] = [
		['empty.txt', 1, /no headline/],
		['no-headline.txt', 3, /no headline/],
		['takeaways-only.txt', 1, /no headline/],
		['takeaways-no-items.txt', 7, /"Key Takeaways" has no items/],
		['no-body.txt', 24, /no body paragraphs/],
		['unknown-structure.txt', 7, /unknown structure/],
		['bad-date.txt', 1, /not a real calendar date/],
		['bad-image.txt', 1, /must start with https:\/\//]
	];
	it.each(cases)('%s fails at line %i', async (fixture, line, reason) => {
		const name = `tests/fixtures/seeds/${fixture}`;
		const error = await parseBrief(readProjectFile(name), name).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BriefParseError);
		const parseError = error as BriefParseError;
		expect(parseError.line).toBe(line);
		expect(parseError.reason).toMatch(reason);
		expect(parseError.message).toBe(`${name}:${line}: ${parseError.reason}`);
	});

	it('refuses binary content with its line', async () => {
		const error = await parseBrief('Headline\n\nDek\u0000', 'bin.txt').catch((e: unknown) => e);
		expect((error as BriefParseError).message).toMatch(/^bin\.txt:3: contains a control character/);
	});

	it('refuses an oversized file', async () => {
		const error = await parseBrief('x'.repeat(600 * 1024), 'big.txt').catch((e: unknown) => e);
		expect((error as BriefParseError).message).toMatch(/^big\.txt:1: file is \d+ bytes/);
	});
});
