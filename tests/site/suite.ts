// The built site in a browser for one suite: dist/ served and Chromium launched before its tests, both
// closed after them (the hooks every browser suite needs, written once).
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { serveDist } from './server.ts';

/** What a suite's tests use: the browser and the served site's base URL (set once the suite starts). */
export interface SiteInBrowser {
  browser: Browser;
  url: string;
}

/** Serves `dist` and launches Chromium before the suite's tests; closes both after them. */
export function siteInBrowser(dist: string): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let srv: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    srv = await serveDist(dist);
    site.url = srv.url;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await srv?.close();
  });
  return site;
}
