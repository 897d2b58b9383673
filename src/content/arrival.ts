import type { StoredBrief } from './brief';

/** A brief that arrived since the reader last looked: what the divider and the badge count. */
export type Arrival = Pick<StoredBrief, 'id' | 'section'>;
