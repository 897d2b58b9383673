// `npm test`: static checks, unit tests, then end-to-end tests in chromium against the production
// build (served by `vite preview`, and by nginx in the "nginx" project). Runs every stage even after a failure, then prints one line that counts all tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const VITEST_JSON = '.vitest-results.json';
const PLAYWRIGHT_JSON = '.playwright-results.json';
/** @type {string[]} */
const failures = [];
let passed = 0;
let failed = 0;

/**
 * @param {string} label
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) failures.push(label);
	return result.status === 0;
}

/** @param {string} path */
function readJson(path) {
	if (!existsSync(path)) return undefined;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

run('check', 'npm', ['run', 'check']);

run('unit', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile=${VITEST_JSON}`
]);
const unit = readJson(VITEST_JSON);
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
} else {
	failed += 1;
	console.error('Unit tests left no results: counted as a failure.');
}

/** The browser the end-to-end stage drives: a fresh machine gets whatever apt has today. */
function announceChromium() {
	const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
	const line = version.stdout?.trim();
	console.log(`\n▶ end-to-end tests run in: ${line || `${CHROMIUM_PATH} (version unknown)`}`);
	return true;
}

if (
	run('chromium', 'node', ['tests/tools/ensure-chromium.mjs']) &&
	announceChromium() &&
	run('nginx', 'node', ['tests/tools/ensure-nginx.mjs']) &&
	run('build', 'npm', ['run', 'build'])
) {
	run('e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON });
	const e2e = readJson(PLAYWRIGHT_JSON);
	if (e2e) {
		passed += e2e.stats.expected + e2e.stats.flaky;
		failed += e2e.stats.unexpected;
	} else {
		failed += 1;
		console.error('End-to-end tests left no results: counted as a failure.');
	}
} else {
	failed += 1;
	console.error('End-to-end tests could not run: counted as a failure.');
}

if (failures.length) console.error(`\nFailed stages: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
