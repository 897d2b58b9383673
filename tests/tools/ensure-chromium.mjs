// Makes sure Debian's chromium is there for the end-to-end tests; installs it when we can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM_PATH as path } from './chromium.mjs';
if (existsSync(path)) process.exit(0);

const HOW = 'Install it with: sudo apt-get update && sudo apt-get install -y chromium';
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (process.env.CHROMIUM_PATH || !canApt) {
	console.error(`Chromium not found at ${path}. ${HOW} (or set CHROMIUM_PATH).`);
	process.exit(1);
}
console.log(`Chromium not found at ${path}: installing Debian's chromium with apt-get…`);
try {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
		stdio: 'inherit',
		env
	});
} catch {
	console.error(`Installing chromium failed. ${HOW}`);
	process.exit(1);
}
if (!existsSync(path)) {
	console.error(`apt-get finished but ${path} is still missing. ${HOW}`);
	process.exit(1);
}
