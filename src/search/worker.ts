/// <reference lib="webworker" />
// The search worker: owns the index, reads briefs from IndexedDB itself, answers queries.
import { BriefsDatabase } from '../db/database';
import type { SearchRequest } from './protocol';
import { createSearchService } from './service';

const service = createSearchService(new BriefsDatabase());

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	self.postMessage(await service.handle(event.data));
};
