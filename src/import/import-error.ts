/** A whole file that cannot be imported (wrong format, malformed, too large), with where and why. */
export class ImportFileError extends Error {
	override name = 'ImportFileError';
	constructor(
		readonly file: string,
		readonly reason: string
	) {
		super(`${file}: ${reason}`);
	}
}
