import { test as base, expect } from '@playwright/test';

export const SEED_SLUG =
	'diaz-canel-rejects-u-s-pressure-after-deaths-of-cuban-soldiers-in-venezuela';
export const SEED_PATH = `/article/${SEED_SLUG}`;
export const SEED_HEADLINE =
	'Díaz\u2011Canel Rejects U.S. Pressure After Deaths of Cuban Soldiers in Venezuela, Rally in Havana Signals Defiance';

/**
 * Every test fails on an uncaught error, an unhandled rejection, a console error or a CSP
 * violation: the reader would not see them, but they are bugs.
 */
export const test = base.extend<{
	pageProblems: string[];
	expectNetworkFailures: boolean;
	allowedCspViolations?: RegExp;
	allowedConsoleErrors?: RegExp;
}>({
	/** Offline tests cut the network on purpose; the browser then logs each failed request. */
	expectNetworkFailures: [false, { option: true }],
	/** Only for a violation the browser itself causes; each use says why. */
	allowedCspViolations: [undefined, { option: true }],
	/** Only for what the browser logs about a response a test asks for on purpose (a 404 page). */
	allowedConsoleErrors: [undefined, { option: true }],
	pageProblems: [
		async ({ page, expectNetworkFailures, allowedCspViolations, allowedConsoleErrors }, use) => {
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const text = message.text();
				if (expectNetworkFailures && /^Failed to load resource: net::ERR_/.test(text)) return;
				if (allowedCspViolations?.test(text)) return;
				if (allowedConsoleErrors?.test(text)) return;
				problems.push(`console.error: ${text}`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) =>
					console.error(
						`CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber} «${event.sample}»`
					)
				);
			});
			await use(problems);
			expect(problems, 'errors reported by the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
