// Browser checks against dist/ served locally: deep link marking, copy/cite buttons, keyboard reach,
// the phone outline drawer (with and without JS), and axe accessibility scans of key pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { serveDist } from './server.ts';
import { launch } from './browser.ts';

const root = join(process.cwd(), 'dist');
const dataDir = join(process.cwd(), 'content/data/plans');
const ready = existsSync(join(root, 'index.html')) && existsSync('/usr/bin/chromium') && existsSync(dataDir);
if (!ready) console.warn('[tests/site] dist/ or /usr/bin/chromium missing: browser tests skipped');

interface Node { id: string; kind: string; path: string; url: string; children: Node[] }
const flat = (ns: Node[], depth = 1): (Node & { depth: number })[] => ns.flatMap((n) => [{ ...n, depth }, ...flat(n.children ?? [], depth + 1)]);

describe.skipIf(!ready)('site in a browser', () => {
  let browser: Browser;
  let srv: Awaited<ReturnType<typeof serveDist>>;
  const plans = ready ? readdirSync(dataDir).map((f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8'))) : [];
  // The plan with the deepest outline gives the best deep-link target.
  const plan = plans.sort((a, b) => flat(b.outline).length - flat(a.outline).length)[0];
  const nodes = plan ? flat(plan.outline) : [];
  const deep = nodes.filter((n) => n.kind !== 'table' && n.depth >= 3)[Math.floor(nodes.length / 4) % Math.max(1, nodes.filter((n) => n.kind !== 'table' && n.depth >= 3).length)] ?? nodes[0];

  beforeAll(async () => {
    srv = await serveDist(root);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('marks a deep-linked clause and scrolls it into view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(srv.url + deep.url);
    const el = page.locator(`[id="${deep.id}"]`);
    await expect.poll(() => el.evaluate((e) => e.classList.contains('is-target'))).toBe(true);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(deep.id);
    const box = await el.boundingBox();
    expect(box && box.y >= -2 && box.y < 800).toBe(true);
    await page.close();
  });

  it('copies a clause link and a citation', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.addInitScript(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { w.__copied.push(t); } } });
    });
    const page = await ctx.newPage();
    await page.goto(srv.url + deep.url);
    const meta = page.locator(`[id="${deep.id}"] > .unit-meta`);
    await meta.hover();
    await meta.getByRole('button', { name: '复制链接' }).click();
    await meta.getByRole('button', { name: '引用' }).click();
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    const [pathname, hash] = deep.url.split('#');
    expect(copied[0]).toBe(`${srv.url}${pathname}#${hash}`);
    expect(copied[1]).toBe(`《${plan.meta.title}》${deep.path} ${srv.url}${pathname}#${hash}`);
    await expect.poll(() => page.locator('[data-live]').textContent()).toBe('引用已复制');
    await ctx.close();
  });

  it('reaches the copy buttons with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(srv.url + deep.url.split('#')[0]);
    await page.locator(`[id="${deep.id}"] > .unit-meta .unit-anchor`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制链接');
    expect(await page.evaluate(() => document.activeElement?.closest('.unit')?.id)).toBe(deep.id);
    await page.close();
  });

  for (const js of [true, false]) {
    it(`opens the outline drawer on a phone and follows a link (JS ${js ? 'on' : 'off'})`, async () => {
      const ctx = await browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: js, hasTouch: true, isMobile: true });
      const page = await ctx.newPage();
      await page.goto(srv.url + plan.pages[0].url);
      const toc = page.locator('#toc');
      await expect.poll(() => toc.isVisible()).toBe(false);
      await page.locator('label.toc-button').click();
      await expect.poll(() => toc.isVisible()).toBe(true);
      const link = toc.locator('ul a').nth(1);
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await expect.poll(() => page.url()).toBe(srv.url + href);
      const id = href.split('#')[1];
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
      if (js) await expect.poll(() => toc.isVisible()).toBe(false);
      await ctx.close();
    });
  }

  it('answers unknown paths with the 404 page', async () => {
    const page = await browser.newPage();
    const res = await page.goto(srv.url + '/no/such/page/');
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    await page.close();
  });

  it('has no serious accessibility violations on key pages', async () => {
    const paths = ['/', plan.url, plan.pages[0].url, '/indicators/', '/bodies/', '/data/'];
    const problems: string[] = [];
    for (const p of paths) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(srv.url + p);
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${p}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
      }
      await ctx.close();
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
