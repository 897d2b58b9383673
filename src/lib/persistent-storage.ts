let asked = false;

/**
 * Asks the browser to keep Briefs' storage under pressure. Asked once per session, once the
 * reader has shown interest (not on first paint, where browsers treat it as noise).
 */
export function requestPersistentStorage(): void {
	if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
	asked = true;
	navigator.storage.persist().catch((error: unknown) => console.info('persist() refused', error));
}

export interface StorageReport {
	usage?: number;
	quota?: number;
	persisted?: boolean;
}

export async function storageReport(): Promise<StorageReport> {
	if (!navigator.storage?.estimate) return {};
	const [estimate, persisted] = await Promise.all([
		navigator.storage.estimate(),
		navigator.storage.persisted?.() ?? Promise.resolve(undefined)
	]);
	return { usage: estimate.usage, quota: estimate.quota, persisted };
}
