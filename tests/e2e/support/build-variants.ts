import { execFileSync } from 'node:child_process';

/**
 * Production builds with synthetic extra briefs, standing for two successive deploys, built for
 * a public address (BRIEFS_SITE_URL) other than the one they are served from, as a real deploy is.
 */
export const VARIANT_SITE_URL = 'https://briefs.example';

export const VARIANTS = {
	v1: { outDir: 'dist-e2e/v1', seeds: 'seeds:tests/fixtures/extra-seeds-v1' },
	v2: { outDir: 'dist-e2e/v2', seeds: 'seeds:tests/fixtures/extra-seeds-v2' }
} as const;

export default function buildVariants(): void {
	for (const [label, { outDir, seeds }] of Object.entries(VARIANTS)) {
		execFileSync(
			'npx',
			['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
			{
				stdio: 'inherit',
				env: {
					...process.env,
					BRIEFS_SEEDS: seeds,
					BRIEFS_BUILD_LABEL: `e2e-${label}`,
					BRIEFS_SITE_URL: VARIANT_SITE_URL
				}
			}
		);
	}
}
