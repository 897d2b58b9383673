import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Makes fresh temporary folders for a test file, each deleted after its test. */
export function tempDirs(prefix: string): () => string {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
	return () => {
		const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
		dirs.push(dir);
		return dir;
	};
}
