import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const E2E = 'tests/e2e';
const specs = readdirSync(E2E).filter((name) => name.endsWith('.spec.ts'));

/**
 * The CSP-violation and console-error checks live in tests/e2e/fixtures.ts; a spec that takes
 * `test` straight from Playwright silently skips them.
 */
describe('end-to-end specs', () => {
	it.each(specs)('%s takes test from the checking fixture', (name) => {
		const source = readFileSync(`${E2E}/${name}`, 'utf8');
		const valueImports = [
			...source.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+'@playwright\/test'/gm)
		];
		expect(valueImports.map((m) => m[1])).toEqual([]);
		expect(source).toMatch(/^import \{[^}]*\btest\b[^}]*\} from '\.\/fixtures';$/m);
	});
});
