/**
 * `fn` over `items` with at most `limit` calls in flight, results in order. Opening every seed at
 * once failed the build at 50,000 briefs with EMFILE: a process may hold only so many files open.
 */
export async function mapLimited<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T) => Promise<R>
): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const run = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
	return results;
}
