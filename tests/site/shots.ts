// Screenshots of key pages for a person to look at, served by the README's own serve command
// (`npm run serve`): node tests/site/shots.ts [slug] [--dark] [--path=/regions/320400/ …] (with
// --path, only those pages, whole length). Output: /tmp/shots/ (SHOTS_DIR).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveWithReadmeCommand } from './server.ts';
import { launch } from './browser.ts';
import { builtPlans, DATA } from '../built.ts';
import { readXref } from '../../src/build/data.ts';

const out = process.env.SHOTS_DIR ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const args = process.argv.slice(2);
const dark = args.includes('--dark');
const plans = builtPlans();
const plan = plans.find((p) => p.slug === args.find((a) => !a.startsWith('--'))) ?? plans[0];
const only = args.filter((a) => a.startsWith('--path=')).map((a) => a.slice('--path='.length));
const bodyPage = plan.pages[Math.min(1, plan.pages.length - 1)].url;
const target = plan.outline.flatMap((n) => [n, ...n.children]).find((n) => n.url.startsWith(bodyPage) && n.kind !== 'paragraph') ?? plan.outline[0];

const xref = readXref(DATA);
const srv = await serveWithReadmeCommand();
const browser = await launch();
const all: [string, string][] = [
  ['home', '/'],
  ['plan', plan.url],
  ['body', bodyPage],
  ['source', `${plan.url}source/`],
  ['indicators', '/indicators/'],
  ['search', `/search/?q=${encodeURIComponent('知识产权 质押')}`],
  ['bodies', '/bodies/'],
  ['topics', '/topics/'],
  ['body-page', `/bodies/${xref.bodies[0]?.id}/`],
  ['topic-page', `/topics/${xref.topics[0]?.id}/`],
  ['plans', '/plans/'],
];
const pages: [string, string][] = only.length ? only.map((p) => [p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root', p]) : all;
try {
  for (const width of [390, 1366]) {
    for (const [name, path] of pages) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light', isMobile: width < 500, hasTouch: width < 500 });
      await page.goto(srv.url + path);
      if (name === 'search') await page.waitForSelector('.sr-hit', { timeout: 10_000 }).catch(() => {});
      await page.screenshot({ path: join(out, `${name}-${width}${dark ? '-dark' : ''}.png`), fullPage: only.length > 0 });
      if (name === 'body' && width < 500) {
        await page.click('label.toc-button');
        await page.screenshot({ path: join(out, `drawer-${width}${dark ? '-dark' : ''}.png`) });
      }
      await page.close();
    }
  }
  if (!only.length) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(srv.url + target.url);
    await page.hover(`[id="${target.id}"] > .unit-meta`);
    await page.screenshot({ path: join(out, 'deeplink.png') });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(out, 'print.png') });
    await page.close();
  }
} finally {
  await browser.close();
  await srv.close();
}
console.log('screenshots in', out);
