// The reader's side in a browser: the reading bar stays, the outline marks where the reader is, a tapped
// clause offers tools big enough for a finger, a link to a clause that is not on the page says so and
// offers the nearest one, previous/next division links work without JavaScript, and the key pages pass
// axe in dark mode too.
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { siteInBrowser } from './suite.ts';
import { builtPlans, DIST as root, requireChromium } from '../built.ts';
import type { OutlineNode } from '../../src/core/schema/index.ts';

const flat = (ns: OutlineNode[]): OutlineNode[] => ns.flatMap((n) => [n, ...flat(n.children)]);

describe('reading a plan', () => {
  requireChromium();
  const site = siteInBrowser(root);
  const plans = builtPlans();
  const plan = [...plans].sort((a, b) => flat(b.outline).length - flat(a.outline).length)[0];
  const textUrl = plan.pages[0].url;
  const sections = plan.outline.filter((n) => n.kind === 'section' || n.kind === 'chapter');
  const para = flat(plan.outline).find((n) => n.kind === 'paragraph' && n.text.length > 60)!;


  it('keeps the reading bar with the outline button on screen, and marks the division being read', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    const target = sections[2];
    await page.goto(site.url + target.url);
    const bar = page.locator('.reader-bar');
    await expect.poll(async () => (await bar.boundingBox())?.y).toBe(0);
    const button = await page.locator('label.toc-button').boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(36);
    await expect.poll(() => page.locator(`#toc a[data-toc="${target.id}"]`).getAttribute('aria-current')).toBe('location');
    expect(await page.locator('[data-where]').textContent()).toContain(target.title);
    await ctx.close();
  });

  it('the desktop sidebar follows the text and keeps the marked division in view', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1366, height: 800 } });
    const last = sections[sections.length - 1];
    await page.goto(site.url + last.url);
    const link = page.locator(`#toc a[data-toc="${last.id}"]`);
    await expect.poll(() => link.getAttribute('aria-current')).toBe('location');
    const box = await link.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    await page.close();
  });

  it('a tap on a clause shows its path and tools, each at least 44 px for a finger', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await page.goto(site.url + textUrl);
    const unit = page.locator(`[id="${para.id}"]`);
    const meta = unit.locator(':scope > .unit-meta');
    // Out of sight (clipped to a pixel, still reachable by keyboard) until the clause is picked.
    expect((await meta.boundingBox())!.width).toBeLessThanOrEqual(1);
    await unit.locator(':scope > p').first().tap();
    await expect.poll(async () => (await meta.boundingBox())!.width).toBeGreaterThan(100);
    for (const name of ['复制链接', '引用']) {
      const b = await meta.getByRole('button', { name }).boundingBox();
      expect(b!.height, name).toBeGreaterThanOrEqual(44);
      expect(b!.width, name).toBeGreaterThanOrEqual(44);
    }
    await ctx.close();
  });

  it('a link to a clause that is not on the page says so and offers the nearest one', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const missing = `${sections[1].id}-p999`;
    await page.goto(`${site.url}${textUrl}#${missing}`);
    const box = page.locator('.anchor-missing');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain(`#${missing}`);
    const near = box.getByRole('link');
    expect(await near.getAttribute('href')).toBe(`#${sections[1].id}`);
    await near.click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${sections[1].id}`);
    await page.close();
  });

  it('previous / next division and back to top work without JavaScript', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(site.url + textUrl);
    const nav = page.locator('.division-nav').first();
    const next = nav.locator('a.dn-next');
    const href = (await next.getAttribute('href'))!;
    expect(href).toBe(`#${sections[1].id}`);
    await next.click();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(sections[1].id);
    await page.locator('.reader-bar a.to-top').click();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await ctx.close();
  });

  it('the overview\'s citation box cites the page\'s own address, accessed today', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url + plan.url);
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
    await expect.poll(() => page.locator('[data-form="gbt"]').textContent()).toContain(`[${today}]. ${site.url}${plan.url}.`);
    expect(await page.locator('[data-form="plain"]').textContent()).toMatch(new RegExp(`^${plan.meta.issuer}《`));
    expect(decodeURIComponent((await page.locator('[data-form="ris"]').getAttribute('href'))!)).toContain(`UR  - ${site.url}${plan.url}`);
    await page.close();
  });

  it('the indicator explorer filters by plan and 属性 and downloads exactly the rows shown', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await page.goto(site.url + '/indicators/');
    const form = page.locator('[data-explorer-form]');
    await expect.poll(() => form.isVisible()).toBe(true);
    const withIndicators = plans.filter((p) => p.indicators.length > 0);
    const target = withIndicators.sort((a, b) => b.indicators.length - a.indicators.length)[0];
    await form.locator('select[name="plan"]').selectOption(target.slug);
    const shown = page.locator('[data-explorer] tbody tr:not([data-head]):visible');
    await expect.poll(() => shown.count()).toBe(target.indicators.length);
    expect(await page.locator('[data-explorer-count]').textContent()).toContain(`显示 ${target.indicators.length} 项`);
    const download = page.waitForEvent('download');
    await form.getByRole('button', { name: '下载当前结果（CSV）' }).click();
    const file = await (await download).path();
    const csv = (await import('node:fs')).readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0].split(',').slice(0, 3)).toEqual(['规划', '指标', '类别']);
    expect(csv.length - 1).toBe(target.indicators.length);
    expect(csv.slice(1).every((l) => l.startsWith(target.title) || l.startsWith(`"${target.title}`))).toBe(true);
    await form.locator('select[name="attr"]').selectOption('约束性');
    const binding = target.indicators.filter((i) => i.attribute === '约束性').length;
    await expect.poll(() => shown.count()).toBe(binding);
    await form.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => shown.count()).toBeGreaterThan(target.indicators.length);
    await page.close();
  });

  it('has no accessibility violations in dark mode either', async () => {
    const topic = JSON.parse(await (await fetch(`${site.url}/data/xref/index.json`)).text()).topics[0].id;
    const problems: string[] = [];
    for (const p of ['/', plan.url, textUrl, '/indicators/', '/plans/', '/sitemap/', `/topics/${topic}/`]) {
      const ctx = await site.browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: 'dark', isMobile: true, hasTouch: true });
      const page = await ctx.newPage();
      await page.goto(site.url + p);
      const r = await new AxeBuilder({ page }).analyze();
      for (const v of r.violations) for (const n of v.nodes) problems.push(`${p}: ${v.id} ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim()}`);
      await ctx.close();
    }
    expect(problems).toEqual([]);
  }, 150_000);
});
