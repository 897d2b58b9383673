/** The host an image would be fetched from, or undefined for anything that is not a URL. */
export function imageHost(url: string): string | undefined {
	try {
		return new URL(url).host || undefined;
	} catch {
		return undefined;
	}
}
