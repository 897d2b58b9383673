import { describe, expect, it } from 'vitest';
import { SearchClient, SearchError, type WorkerPort } from '../../../src/search/client';
import type { QueryAnswer, SearchRequest, SearchResponse } from '../../../src/search/protocol';

/** A worker stand-in that answers only when the test says so, in any order. */
class FakeWorker implements WorkerPort {
	onmessage: ((event: MessageEvent<SearchResponse>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	received: SearchRequest[] = [];
	postMessage(message: SearchRequest) {
		this.received.push(message);
	}
	reply(response: SearchResponse) {
		this.onmessage?.({ data: response } as MessageEvent<SearchResponse>);
	}
}

const answer = (query: string): QueryAnswer => ({
	query,
	mode: 'all',
	total: 0,
	hits: [],
	sections: [],
	suggestions: []
});

describe('SearchClient', () => {
	it('numbers requests and resolves each with its own answer', async () => {
		const worker = new FakeWorker();
		const client = new SearchClient(worker);
		const related = client.related('a');
		const sync = client.sync();
		expect(worker.received.map((r) => [r.id, r.type])).toEqual([
			[1, 'related'],
			[2, 'sync']
		]);
		worker.reply({
			id: 2,
			type: 'sync',
			report: { source: 'built', contentVersion: 'v', added: [], replaced: [], discarded: [] }
		});
		worker.reply({ id: 1, type: 'related', related: [] });
		expect(await related).toEqual([]);
		expect((await sync).source).toBe('built');
	});

	it('drops answers to stale keystrokes, even when they arrive last', async () => {
		const worker = new FakeWorker();
		const client = new SearchClient(worker);
		const first = client.query('hav');
		const second = client.query('havana');
		worker.reply({ id: 2, type: 'query', answer: answer('havana') });
		worker.reply({ id: 1, type: 'query', answer: answer('hav') });
		expect(await first).toBeUndefined();
		expect((await second)?.query).toBe('havana');
	});

	it('treats a superseded reply as dropped', async () => {
		const worker = new FakeWorker();
		const client = new SearchClient(worker);
		const first = client.query('a');
		void client.query('ab');
		worker.reply({ id: 1, type: 'superseded' });
		expect(await first).toBeUndefined();
	});

	it('turns a worker error reply into a rejection', async () => {
		const worker = new FakeWorker();
		const client = new SearchClient(worker);
		const query = client.query('x');
		worker.reply({ id: 1, type: 'error', message: 'boom' });
		await expect(query).rejects.toThrow(SearchError);
	});

	it('rejects everything pending when the worker itself fails', async () => {
		const worker = new FakeWorker();
		const client = new SearchClient(worker);
		const sync = client.sync();
		worker.onerror?.({ message: 'script failed' } as ErrorEvent);
		await expect(sync).rejects.toThrow('script failed');
	});
});
