import { library } from './library.svelte';
import { refreshSearchIndex } from './search.svelte';

/**
 * Removes an imported brief from the library. Apart from the import state, so that the article's
 * button does not bring the import parsers with it.
 */
export async function removeImported(id: string): Promise<void> {
	await library.removeImported(id);
	void refreshSearchIndex();
}
