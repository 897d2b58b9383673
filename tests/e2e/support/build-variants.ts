import { execFileSync } from 'node:child_process';
import { changeLibrarySeeds, writeLibrarySeeds } from './library-seeds';

/** Briefs in the large library: far past the size one precached file may have (2 MiB). */
export const LIBRARY_SIZE = 2_000;
const LIBRARY_SEEDS = 'dist-e2e/library-seeds';

/**
 * Production builds with synthetic extra briefs: two successive deploys, and a publisher's library
 * grown to LIBRARY_SIZE briefs. Built for a public address (BRIEFS_SITE_URL) other than the one
 * they are served from, as a real deploy is.
 */
export const VARIANT_SITE_URL = 'https://briefs.example';

export const VARIANTS = {
	v1: { outDir: 'dist-e2e/v1', seeds: 'seeds:tests/fixtures/extra-seeds-v1' },
	v2: { outDir: 'dist-e2e/v2', seeds: 'seeds:tests/fixtures/extra-seeds-v2' },
	library: { outDir: 'dist-e2e/library', seeds: `seeds:${LIBRARY_SEEDS}` },
	/**
	 * The library's next deploy: one brief added, one edited, one removed (library-seeds.ts), in
	 * the same folder, as a publisher changes seeds/ between two builds.
	 */
	libraryNext: {
		outDir: 'dist-e2e/library-next',
		seeds: `seeds:${LIBRARY_SEEDS}`,
		before: () => changeLibrarySeeds(LIBRARY_SEEDS)
	}
} as const;

/** The production build, as `npm run build` makes it, into `outDir`, with these settings. */
export function buildApp(outDir: string, env: Record<string, string>): void {
	execFileSync(
		'npx',
		['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
		{
			stdio: 'inherit',
			env: { ...process.env, ...env }
		}
	);
}

export default function buildVariants(): void {
	writeLibrarySeeds(LIBRARY_SEEDS, LIBRARY_SIZE);
	for (const [label, variant] of Object.entries(VARIANTS)) {
		const { outDir, seeds } = variant;
		if ('before' in variant) variant.before();
		buildApp(outDir, {
			BRIEFS_SEEDS: seeds,
			BRIEFS_BUILD_LABEL: `e2e-${label}`,
			BRIEFS_SITE_URL: VARIANT_SITE_URL
		});
	}
}
