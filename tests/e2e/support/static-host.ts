import { test } from '@playwright/test';
import { NginxServer } from './nginx-server';
import { SwappableServer } from './static-server';

export type StaticHost = SwappableServer | NginxServer;

/** Whether this project serves builds with nginx (playwright.config.ts, project "nginx"). */
export const onNginx = () => test.info().project.metadata?.host === 'nginx';

/**
 * The host a spec serves a build from: nginx with the README's server block in the nginx
 * project, Node's swappable static server (with the app shell as fallback, like `vite preview`)
 * elsewhere. Both can be stopped and restarted, and swapped to another build.
 */
export function staticHost(root: string): StaticHost {
	return onNginx() ? new NginxServer(root) : new SwappableServer(root);
}
