import { ImportFileError } from './import-error';

// Keys that could reach Object.prototype when the data is later merged or spread.
const POISONED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that drops prototype-polluting keys and names the position of a syntax error. */
export function parseJsonSafely(text: string, file: string): unknown {
	try {
		return JSON.parse(text, (key, value: unknown) => (POISONED_KEYS.has(key) ? undefined : value));
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new ImportFileError(file, `malformed JSON (${detail})`);
	}
}
