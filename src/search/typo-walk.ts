// Typo candidates without comparing the word with every term: the sorted dictionary is walked as
// a trie, one row of the edit-distance table per character of the path, and a branch is left as
// soon as every cell of its row is over the limit. At one or two edits only a few hundred nodes of
// tens of thousands of terms are ever visited.

export interface NearTerm {
	/** Position in the sorted terms. */
	position: number;
	edits: number;
}

/** First position in [from, to) whose character at `depth` is above `code`. */
function runEnd(terms: readonly string[], depth: number, code: number, from: number, to: number) {
	while (from < to) {
		const mid = (from + to) >>> 1;
		if (terms[mid].charCodeAt(depth) <= code) from = mid + 1;
		else to = mid;
	}
	return from;
}

/**
 * Terms within `maxEdits` of `word`, counting an insertion, deletion, substitution or a swap of two
 * neighbouring letters ("Venezulea") as one edit each (optimal string alignment distance).
 */
export function termsNear(terms: readonly string[], word: string, maxEdits: number): NearTerm[] {
	const found: NearTerm[] = [];
	const n = word.length;
	if (!terms.length || maxEdits < 0) return found;
	const first = new Int32Array(n + 1).map((_, j) => j);

	// terms[from, to) all begin with the same path of `depth` characters, the last two of which
	// are `last` and `beforeLast` (-1 when the path is shorter); `row` is the table's row for it.
	const walk = (
		from: number,
		to: number,
		depth: number,
		row: Int32Array,
		previousRow: Int32Array | undefined,
		last: number
	) => {
		let start = from;
		// A term that is the path itself sorts first.
		if (terms[start].length === depth) {
			if (row[n] <= maxEdits) found.push({ position: start, edits: row[n] });
			start++;
		}
		while (start < to) {
			const code = terms[start].charCodeAt(depth);
			const end = runEnd(terms, depth, code, start, to);
			const next = new Int32Array(n + 1);
			next[0] = depth + 1;
			let best = next[0];
			for (let j = 1; j <= n; j++) {
				const wordCode = word.charCodeAt(j - 1);
				let cell = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (wordCode === code ? 0 : 1));
				if (
					previousRow &&
					j > 1 &&
					code === word.charCodeAt(j - 2) &&
					last === wordCode &&
					previousRow[j - 2] + 1 < cell
				)
					cell = previousRow[j - 2] + 1;
				next[j] = cell;
				if (cell < best) best = cell;
			}
			if (best <= maxEdits) walk(start, end, depth + 1, next, row, code);
			start = end;
		}
	};
	walk(0, terms.length, 0, first, undefined, -1);
	return found;
}
