/** A problem in a brief's source, located precisely enough for an author to fix it. */
export class BriefParseError extends Error {
	override name = 'BriefParseError';
	constructor(
		readonly source: string,
		readonly line: number,
		readonly reason: string
	) {
		super(`${source}:${line}: ${reason}`);
	}
}
