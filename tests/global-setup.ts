// Builds the site once when dist/ is missing, so `npx vitest --config tests/vitest.config.ts` on a clean
// checkout tests a real build instead of failing on every site test. `npm test` always builds first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from '../src/build/child-env.ts';

export default function setup(): void {
  const dist = process.env.SITE_DIST ?? 'dist';
  if (existsSync(join(dist, 'index.html')) && existsSync(join(dist, 'pagefind', 'pagefind.js'))) return;
  if (process.env.SITE_DIST) throw new Error(`SITE_DIST=${dist} holds no build`);
  console.log('[tests] dist/ is missing: running `astro build` first');
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env: childEnv() });
  if (r.status !== 0) throw new Error('astro build failed: see its output above');
}
