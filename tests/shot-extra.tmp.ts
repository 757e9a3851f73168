import { launch } from '/work/wt-reader/tests/site/browser.ts';
import { serveDist } from '/work/wt-reader/tests/site/server.ts';
const srv = await serveDist('/work/wt-reader/dist');
const b = await launch();
const [,, out, ...specs] = process.argv;
for (const spec of specs) {
  const [name, path, w, mode, sel] = spec.split('|');
  const ctx = await b.newContext({ viewport: { width: Number(w), height: 900 }, colorScheme: mode === 'dark' ? 'dark' : 'light', isMobile: Number(w) < 500, hasTouch: Number(w) < 500 });
  const page = await ctx.newPage();
  await page.goto(srv.url + path);
  if (sel) await page.locator(sel).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png` });
  await ctx.close();
}
await b.close(); await srv.close();
