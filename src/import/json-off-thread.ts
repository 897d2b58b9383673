import { ImportFileError } from './import-error';
import { parseJsonSafely } from './safe-json';

export interface JsonParseRequest {
	text: string;
	file: string;
}

export type JsonParseReply =
	{ ok: true; root: unknown; lists: Record<string, string[]> } | { ok: false; reason: string };

/** Elements parsed between two checks of the page's time slice. */
const ELEMENTS_PER_CHECK = 50;

/**
 * A JSON file parsed in a worker (json-parse.worker.ts), so no single task of the page's runs
 * long on it: JSON, Markdown and brief text need no DOM, unlike feeds' XML and HTML, which the
 * page's DOMParser and DOMPurify must read. Without workers (unit tests under jsdom) it parses
 * here. Either way prototype-polluting keys are dropped (parseJsonSafely).
 */
export async function parseJsonOffThread(
	text: string,
	file: string,
	pause: () => Promise<void>
): Promise<unknown> {
	if (typeof Worker === 'undefined') return parseJsonSafely(text, file);
	const worker = new Worker(new URL('./json-parse.worker.ts', import.meta.url), {
		type: 'module',
		name: 'import-json'
	});
	let reply: JsonParseReply;
	try {
		reply = await new Promise<JsonParseReply>((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<JsonParseReply>) => resolve(event.data);
			worker.onerror = (event) => reject(new Error(`JSON worker failed: ${event.message}`));
			worker.postMessage({ text, file } satisfies JsonParseRequest);
		});
	} finally {
		worker.terminate();
	}
	if (!reply.ok) throw new ImportFileError(file, reply.reason);
	if (typeof reply.root !== 'object' || reply.root === null) return reply.root;
	const root = reply.root as Record<string, unknown>;
	for (const [key, elements] of Object.entries(reply.lists)) {
		const list: unknown[] = [];
		for (const [i, element] of elements.entries()) {
			if (i % ELEMENTS_PER_CHECK === 0) await pause();
			// Written by the worker from an already checked parse: no polluting keys left in it.
			list.push(JSON.parse(element));
		}
		root[key] = list;
	}
	return root;
}
