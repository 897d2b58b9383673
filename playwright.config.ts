import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/tools/chromium.mjs';

// Another port than `npm start`'s, so tests run while the app is being served; E2E_PORT moves it.
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/support/build-variants.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		},
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'mobile',
			use: { viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true }
		},
		// Desktop re-runs what depends on layout; data, offline, import and search flows are the same
		// at any width, and running them twice would only cost time (the search page's layout is in
		// the accessibility spec, which runs here).
		{
			name: 'desktop',
			use: { viewport: { width: 1280, height: 800 } },
			testMatch: /(reading|accessibility|settings|share|keyboard)\.spec\.ts$/
		},
		// The same build served by Debian's nginx with the README's own server block, a host with
		// no single-page fallback: deep links, offline use and deploys reaching installed apps.
		{
			name: 'nginx',
			metadata: { host: 'nginx' },
			use: { viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true },
			testMatch: /(deep-link|offline|faults-service-worker)\.spec\.ts$/
		}
	],
	webServer: {
		// The production build, as readers get it (`npm run test:e2e` builds first).
		command: `npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
