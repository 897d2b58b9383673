// Parses a JSON file off the page's thread. JSON.parse of a 20 MB file is one task of 200 ms or
// more, and nothing can slice it: here it runs beside the page. What comes back is cheap to take
// in: the top-level object, with each of its lists as one JSON string per element, which the page
// parses one element at a time between its other work (a structured clone of the whole parsed
// object would cost the page about what parsing it did).
import { isRecord } from '../lib/is-record';
import { ImportFileError } from './import-error';
import { parseJsonSafely } from './safe-json';
import type { JsonParseReply, JsonParseRequest } from './json-off-thread';

self.onmessage = ({ data: { text, file } }: MessageEvent<JsonParseRequest>) => {
	let reply: JsonParseReply;
	try {
		const data = parseJsonSafely(text, file);
		if (isRecord(data)) {
			const root: Record<string, unknown> = {};
			const lists: Record<string, string[]> = {};
			for (const [key, value] of Object.entries(data)) {
				if (Array.isArray(value)) lists[key] = value.map((v) => JSON.stringify(v) ?? 'null');
				else root[key] = value;
			}
			reply = { ok: true, root, lists };
		} else reply = { ok: true, root: data, lists: {} };
	} catch (error) {
		reply = {
			ok: false,
			reason: error instanceof ImportFileError ? error.reason : String(error)
		};
	}
	self.postMessage(reply);
};
