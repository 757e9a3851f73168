// What the site tests read: the built site (dist/) and its published data. A test that needs them
// fails with a message saying how to build, never passes by skipping. `npm test` builds first;
// tests/vitest.config.ts builds when dist/ is missing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectPaths, siteLocation } from '../src/build/config.ts';
import type { PlanDoc } from '../src/core/schema/index.ts';
import { readPlanDocs } from '../src/build/data.ts';

/** The built site to test: SITE_DIST (a private copy of a build) or dist/. */
export const DIST = resolve(process.env.SITE_DIST ?? projectPaths().dist);
/** Its published data (dist/data, as the public sees it). */
export const DATA = join(DIST, 'data');

/** Throws unless the site has been built. */
export function requireBuilt(): void {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DATA, 'plans.json')) || !existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
    throw new Error(`${DIST} holds no complete build: run \`npm run build\` first (npm test does)`);
  }
}

/** The published plans of the built site. */
export function builtPlans(): PlanDoc[] {
  requireBuilt();
  return readPlanDocs(DATA);
}

/** Throws unless Debian's Chromium is installed (the browser tests never download one). */
export function requireChromium(): void {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`${path} is missing: install Debian's Chromium (apt-get install chromium), as .ci/run does`);
}

/** The file in the built site that serves a site URL (its base path removed). */
export function fileOf(url: string): string {
  const base = siteLocation().base;
  const path = url.split('#')[0].split('?')[0];
  const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(DIST, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
}
