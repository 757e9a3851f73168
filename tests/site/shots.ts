// Takes screenshots of key pages into /tmp/shots/ (node tests/site/shots.ts after astro build).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist } from './server.ts';
import { launch } from './browser.ts';

const root = join(process.cwd(), 'dist');
const out = process.env.SHOTS_DIR ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const plans = JSON.parse(readFileSync(join(process.cwd(), 'content/data/plans.json'), 'utf8')) as { slug: string }[];
const slug = process.argv[2] ?? plans[0].slug;
const planFile = JSON.parse(readFileSync(join(process.cwd(), 'content/data/plans', `${slug}.json`), 'utf8'));
const bodyPage = planFile.pages[Math.min(1, planFile.pages.length - 1)].url;

const srv = await serveDist(root);
const browser = await launch();
const shots: [string, string, number, boolean][] = [
  ['home', '/', 1280, true],
  ['plan', `/plans/${slug}/`, 1280, true],
  ['body', bodyPage, 1280, false],
  ['indicators', '/indicators/', 1280, false],
  ['phone-body', bodyPage, 375, false],
];
for (const [name, path, width, full] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(srv.url + path);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: full });
  if (name === 'phone-body') {
    await page.click('label.toc-button');
    await page.screenshot({ path: join(out, 'phone-drawer.png') });
  }
  await page.close();
}
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const target = planFile.outline.flatMap((n: any) => [n, ...n.children]).find((n: any) => n.url.startsWith(bodyPage) && n.kind !== 'paragraph') ?? planFile.outline[0];
  await page.goto(srv.url + target.url);
  await page.hover(`[id="${target.id}"] > .unit-meta`);
  await page.screenshot({ path: join(out, 'deeplink.png') });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(out, 'print.png') });
  await page.close();
}
await browser.close();
await srv.close();
console.log('screenshots in', out);
