/** A plain object read from outside (JSON, a backup, a deploy's bundle): not null, not a list. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
