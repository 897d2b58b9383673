import { SHELL_PATHS } from '../state/routes.ts';

/**
 * Addresses of views that are the app alone (no content to prerender), from the route table: each
 * gets a copy of the app shell, so a host with no single-page fallback answers them with 200.
 */
export const APP_ONLY_PATHS: readonly string[] = SHELL_PATHS.map((path) => path.slice(1));
