// Makes sure Debian's nginx is there for the end-to-end "nginx" project; installs it when we can,
// the way ensure-chromium.mjs installs chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { NGINX_PATH as path } from './nginx.mjs';

if (existsSync(path)) process.exit(0);

const HOW = 'Install it with: sudo apt-get update && sudo apt-get install -y nginx-light';
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (process.env.NGINX_PATH || !canApt) {
	console.error(`nginx not found at ${path}. ${HOW} (or set NGINX_PATH).`);
	process.exit(1);
}
console.log(`nginx not found at ${path}: installing Debian's nginx-light with apt-get…`);
try {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx-light'], {
		stdio: 'inherit',
		env
	});
} catch {
	console.error(`Installing nginx failed. ${HOW}`);
	process.exit(1);
}
if (!existsSync(path)) {
	console.error(`apt-get finished but ${path} is still missing. ${HOW}`);
	process.exit(1);
}
