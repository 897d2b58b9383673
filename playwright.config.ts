import { defineConfig } from '@playwright/test';

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
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			// Debian's chromium, run as root, in a sandbox without internet.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		},
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'mobile',
			use: { viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true }
		},
		// Offline, update and fault flows are about phones; running them twice would only cost time.
		{
			name: 'desktop',
			use: { viewport: { width: 1280, height: 800 } },
			testIgnore: /offline|faults-/
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
