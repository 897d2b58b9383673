import type { ContentPart } from '../content/packs';
import type {
	ArrivedPart,
	QueryAnswer,
	RelatedBrief,
	SearchRequest,
	SearchRequestBody,
	SearchResponse,
	SyncReport
} from './protocol';

/** Parts as stored, as the worker indexes them: those with a segment, and what it numbers. */
export function arrivedParts(parts: readonly ContentPart[]): ArrivedPart[] {
	return parts.flatMap(({ segment, briefs }) =>
		segment
			? [
					{
						segment,
						briefs: briefs.map(({ id, contentHash, section, headline }) => ({
							id,
							contentHash,
							section,
							headline
						}))
					}
				]
			: []
	);
}

/** The part of a Worker the client uses: tests pass a fake. */
export interface WorkerPort {
	postMessage(message: SearchRequest): void;
	onmessage: ((event: MessageEvent<SearchResponse>) => void) | null;
	onerror?: ((event: ErrorEvent) => void) | null;
}

export class SearchError extends Error {
	override name = 'SearchError';
}

interface Pending {
	resolve: (response: SearchResponse) => void;
	reject: (error: Error) => void;
}

/**
 * Main-thread side of the search worker. Queries are numbered: an answer to anything but the
 * newest query resolves to undefined, so a slow answer never overwrites a newer one.
 */
export class SearchClient {
	#port: WorkerPort;
	#nextId = 1;
	#latestQuery = 0;
	#pending = new Map<number, Pending>();

	constructor(port: WorkerPort) {
		this.#port = port;
		port.onmessage = (event) => {
			const pending = this.#pending.get(event.data.id);
			this.#pending.delete(event.data.id);
			pending?.resolve(event.data);
		};
		port.onerror = (event) => {
			const error = new SearchError(`Search stopped working: ${event.message}`);
			for (const pending of this.#pending.values()) pending.reject(error);
			this.#pending.clear();
		};
	}

	#send(body: SearchRequestBody): { id: number; response: Promise<SearchResponse> } {
		const id = this.#nextId++;
		const response = new Promise<SearchResponse>((resolve, reject) =>
			this.#pending.set(id, { resolve, reject })
		);
		this.#port.postMessage({ ...body, id } as SearchRequest);
		return { id, response };
	}

	async #expect<T extends SearchResponse['type']>(
		response: Promise<SearchResponse>,
		type: T
	): Promise<Extract<SearchResponse, { type: T }>> {
		const answer = await response;
		if (answer.type === 'error') throw new SearchError(answer.message);
		if (answer.type !== type) throw new SearchError(`expected ${type}, got ${answer.type}`);
		return answer as Extract<SearchResponse, { type: T }>;
	}

	/** Undefined when a newer query was sent before this one was answered. */
	async query(query: string, section?: string): Promise<QueryAnswer | undefined> {
		const { id, response } = this.#send({ type: 'query', query, section });
		this.#latestQuery = id;
		const answer = await response;
		if (id !== this.#latestQuery || answer.type === 'superseded') return undefined;
		return (await this.#expect(Promise.resolve(answer), 'query')).answer;
	}

	async related(briefId: string, limit = 5): Promise<RelatedBrief[]> {
		return (await this.#expect(this.#send({ type: 'related', briefId, limit }).response, 'related'))
			.related;
	}

	/** Hands the worker parts just stored, to index from their segments; how many briefs it did. */
	async addSegments(parts: ArrivedPart[]): Promise<number> {
		return (await this.#expect(this.#send({ type: 'segments', parts }).response, 'segments'))
			.indexed;
	}

	/** Has the worker load its saved index as it is; true when it is of the stored content. */
	async load(): Promise<boolean> {
		return (await this.#expect(this.#send({ type: 'load' }).response, 'load')).current;
	}

	/** Asks the worker to bring its index in line with stored content. */
	async sync(): Promise<SyncReport> {
		return (await this.#expect(this.#send({ type: 'sync' }).response, 'sync')).report;
	}
}

let shared: SearchClient | undefined;

/** The app's one search worker, started on first use. */
export function searchClient(): SearchClient {
	shared ??= new SearchClient(
		new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' })
	);
	return shared;
}
