import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon'
};

/** Precompressed siblings the build writes (src/content/vite-plugin.ts), best first. */
const ENCODINGS = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
];

const tags = new Map<string, string>();
function contentTag(file: string, mtimeMs: number): string {
	const key = `${file}:${mtimeMs}`;
	let tag = tags.get(key);
	if (!tag) {
		tag = `"${createHash('sha1').update(readFileSync(file)).digest('hex')}"`;
		tags.set(key, tag);
	}
	return tag;
}

/**
 * A static server for a production build whose folder can be swapped while pages are open:
 * that is how a deploy looks to an installed app. `stop()` makes the origin unreachable, as on a
 * phone with no network.
 */
export class SwappableServer {
	#server?: Server;
	#port = 0;
	/** Folder served for /content/ (the content bundle); defaults to `root`. */
	contentRoot?: string;
	/** Every file sent, in order, with the bytes that crossed the wire: what a phone downloaded. */
	readonly sent: { path: string; bytes: number; encoding?: string }[] = [];

	/** `notFoundPage`: answer unknown addresses with 404.html, as a host with no SPA fallback. */
	constructor(
		public root: string,
		readonly notFoundPage = false
	) {}

	get url() {
		return `http://localhost:${this.#port}`;
	}

	async start(): Promise<void> {
		this.#server = createServer((req, res) => {
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			const base = path.startsWith('/content/') && this.contentRoot ? this.contentRoot : this.root;
			let file = normalize(join(base, path));
			if (!file.startsWith(normalize(base))) {
				res.writeHead(400).end();
				return;
			}
			let status = 200;
			if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
			else if (!extname(path) && existsSync(join(file, 'index.html')))
				file = join(file, 'index.html');
			if (!existsSync(file)) {
				// A missing asset is a 404; another address gets the app shell, as from `vite preview`,
				// or, like a plain static host, 404.html with its status.
				if (extname(path)) {
					res.writeHead(404).end();
					return;
				}
				if (this.notFoundPage) {
					status = 404;
					file = join(this.root, '404.html');
				} else file = join(this.root, 'shell.html');
			}
			// The build's compressed siblings, as a CDN or nginx's gzip_static serves them.
			const accepts = String(req.headers['accept-encoding'] ?? '');
			const encoding = ENCODINGS.find(
				({ name, suffix }) => accepts.includes(name) && existsSync(file + suffix)
			);
			const body = encoding ? file + encoding.suffix : file;
			const stat = statSync(body);
			// Revalidation as a CDN answers it (an ETag from the bytes, as S3's): an unchanged file
			// costs no body, even from a new deploy's folder.
			const etag = contentTag(body, stat.mtimeMs);
			const headers = {
				'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
				'Cache-Control': 'no-cache',
				ETag: etag,
				Vary: 'Accept-Encoding',
				...(encoding ? { 'Content-Encoding': encoding.name } : {})
			};
			if (status === 200 && req.headers['if-none-match'] === etag) {
				this.sent.push({ path, bytes: 0, encoding: encoding?.name });
				res.writeHead(304, headers).end();
				return;
			}
			// A HEAD (the connectivity check) is answered with headers alone: no body crosses.
			const head = req.method === 'HEAD';
			this.sent.push({ path, bytes: head ? 0 : stat.size, encoding: encoding?.name });
			res.writeHead(status, headers);
			if (head) res.end();
			else createReadStream(body).pipe(res);
		});
		await new Promise<void>((resolve) => this.#server!.listen(this.#port, 'localhost', resolve));
		this.#port = (this.#server.address() as AddressInfo).port;
	}

	/** Stops serving for good (the same as `stop` here; nginx also removes its files). */
	dispose(): Promise<void> {
		return this.stop();
	}

	async stop(): Promise<void> {
		const server = this.#server;
		if (!server) return;
		this.#server = undefined;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
}
