/**
 * SHA-256 of a string (as UTF-8) or of bytes, as lower-case hex, with Web Crypto (present in
 * browsers and Node ≥ 20).
 */
export async function sha256Hex(data: string | ArrayBuffer): Promise<string> {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
