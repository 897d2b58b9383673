import { spawn, type ChildProcess } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_PATH } from '../../tools/nginx.mjs';
import { readmeNginxBlock } from './readme-nginx';

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

async function waitForPort(port: number, child: ChildProcess, log: () => string) {
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${log()}`);
		const open = await new Promise<boolean>((done) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				done(true);
			});
			socket.once('error', () => done(false));
		});
		if (open) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`nginx did not listen on ${port}: ${log()}`);
}

/**
 * Debian's nginx serving a build with the README's own server block, on a free port, stopped by
 * its PID. Like SwappableServer, its folder can be swapped while pages are open (a deploy): nginx
 * serves a symlink that is replaced, so the server block itself stays exactly the README's.
 */
export class NginxServer {
	#child?: ChildProcess;
	#port = 0;
	#dir = mkdtempSync(join(tmpdir(), 'briefs-nginx-'));
	#generation = 0;
	#root: string;
	#contentRoot?: string;

	constructor(root: string) {
		this.#root = root;
	}

	/** The build served; setting it is a deploy, seen by the next request. */
	get root() {
		return this.#root;
	}
	set root(root: string) {
		this.#root = root;
		this.#publish();
	}

	/** Folder served for /content/ (the content bundle); defaults to `root`. */
	get contentRoot() {
		return this.#contentRoot;
	}
	set contentRoot(root: string | undefined) {
		this.#contentRoot = root;
		this.#publish();
	}

	get url() {
		return `http://127.0.0.1:${this.#port}`;
	}

	/** Points the served symlink at `root`, or at a folder of links mixing in `contentRoot`. */
	#publish() {
		let target = resolve(this.#root);
		if (this.#contentRoot) {
			const merged = join(this.#dir, `merged-${++this.#generation}`);
			mkdirSync(merged);
			for (const name of readdirSync(target))
				symlinkSync(
					join(name === 'content' ? resolve(this.#contentRoot) : target, name),
					join(merged, name)
				);
			target = merged;
		}
		const next = join(this.#dir, `site-${++this.#generation}`);
		symlinkSync(target, next);
		renameSync(next, join(this.#dir, 'site'));
	}

	async start(): Promise<void> {
		this.#port ||= await freePort();
		this.#publish();
		const block = readmeNginxBlock()
			.replace(/listen 80;/, `listen 127.0.0.1:${this.#port};`)
			.replace(/root \/srv\/briefs\/dist;/, `root ${join(this.#dir, 'site')};`);
		const conf = join(this.#dir, 'nginx.conf');
		const log = join(this.#dir, 'error.log');
		writeFileSync(
			conf,
			[
				// Tests run as root in CI; workers must read the build folder like the master.
				process.getuid?.() === 0 ? 'user root;' : '',
				'daemon off;',
				'worker_processes 1;',
				`pid ${join(this.#dir, 'nginx.pid')};`,
				`error_log ${log} warn;`,
				'events { worker_connections 128; }',
				'http {',
				'include /etc/nginx/mime.types;',
				'default_type application/octet-stream;',
				'access_log off;',
				...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
					(kind) => `${kind}_temp_path ${join(this.#dir, `${kind}-temp`)};`
				),
				block,
				'}'
			].join('\n')
		);
		const child = spawn(NGINX_PATH, ['-p', this.#dir, '-c', conf, '-e', log], { stdio: 'ignore' });
		this.#child = child;
		await waitForPort(this.#port, child, () => {
			try {
				return readFileSync(log, 'utf8');
			} catch {
				return '';
			}
		});
	}

	/** Stops nginx by its PID: the origin is unreachable, as on a phone with no network. */
	async stop(): Promise<void> {
		const child = this.#child;
		if (!child || child.exitCode !== null) return;
		this.#child = undefined;
		const exited = new Promise((done) => child.once('exit', done));
		process.kill(child.pid!, 'SIGTERM');
		await exited;
	}

	/** Stops nginx and removes its files. */
	async dispose(): Promise<void> {
		await this.stop();
		rmSync(this.#dir, { recursive: true, force: true });
	}
}
