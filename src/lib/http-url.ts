const HTTP_PROTOCOLS = ['http:', 'https:'];

/** `value` read as an absolute URL, or undefined: a path, a bare name or junk is not one. */
export function parseUrl(value: string): URL | undefined {
	try {
		return new URL(value);
	} catch {
		return undefined;
	}
}

/** Whether a URL is http(s): the only schemes Briefs links to or loads (no javascript:, data:). */
export const isHttp = (url: URL): boolean => HTTP_PROTOCOLS.includes(url.protocol);

/** `value` as an absolute http(s) URL, or undefined when it is anything else. */
export function httpUrl(value: string): URL | undefined {
	const url = parseUrl(value);
	return url && isHttp(url) ? url : undefined;
}
