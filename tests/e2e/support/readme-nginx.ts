import { readFileSync } from 'node:fs';

/** The nginx configuration the README's Deploy section ships, exactly as a reader copies it. */
export function readmeNginxBlock(readme = readFileSync('README.md', 'utf8')): string {
	const section = /<!-- nginx:start -->\s*```nginx\n([\s\S]*?)```\s*<!-- nginx:end -->/.exec(
		readme
	);
	if (!section) throw new Error('README.md has no nginx block between its nginx markers');
	return section[1];
}
