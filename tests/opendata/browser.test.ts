// In Chromium: the JSON-LD data block on plan overviews raises no CSP violation (script-src 'self'
// governs executable scripts; a control shows an inline executable script is refused), browsers
// see the feed links, and the pages that gained feed links stay free of axe violations.
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { siteInBrowser } from '../site/suite.ts';
import { builtPlans, DATA, DIST, requireChromium } from '../built.ts';
import { readXref } from '../../src/build/data.ts';

describe('open data in a browser', () => {
  requireChromium();
  const site = siteInBrowser(DIST);
  const plan = builtPlans()[0];
  const xref = readXref(DATA);
  const body = xref.bodies[0];
  const topic = xref.topics[0];


  /** Opens a page recording CSP violations (event and console) from the first script on. */
  async function open(path: string) {
    const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI || '(inline)'} ${e.sample}`));
    });
    const page = await ctx.newPage();
    const logged: string[] = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) logged.push(m.text()); });
    await page.goto(site.url + path);
    await page.waitForLoadState('networkidle');
    const violations = async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...logged];
    return { ctx, page, violations };
  }

  it('reads the JSON-LD block of a plan overview without any CSP violation', async () => {
    const { ctx, page, violations } = await open(plan.url);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Legislation');
    expect(ld.name).toBe(plan.title);
    expect(await violations()).toEqual([]);
    // Control: an inline executable script on the same page is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.head.append(s);
    });
    await expect.poll(async () => (await violations()).join('\n')).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await ctx.close();
  });

  it('announces feeds that a browser can fetch as Atom', async () => {
    for (const path of ['/', `/bodies/${body.id}/`, `/topics/${topic.id}/`]) {
      const { ctx, page, violations } = await open(path);
      const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
      const res = await page.request.get(new URL(href!, page.url()).href);
      expect(res.status(), href!).toBe(200);
      expect(await res.text()).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      expect(await violations(), path).toEqual([]);
      await ctx.close();
    }
  });

  it('has no accessibility violations on a body page and a topic page, phone and desktop (the plan overview is scanned by tests/site)', async () => {
    const problems: string[] = [];
    for (const path of [`/bodies/${body.id}/`, `/topics/${topic.id}/`]) {
      for (const width of [390, 1280]) {
        const ctx = await site.browser.newContext({ viewport: { width, height: 800 } });
        const page = await ctx.newPage();
        await page.goto(site.url + path);
        const result = await new AxeBuilder({ page }).analyze();
        for (const v of result.violations) for (const n of v.nodes) problems.push(`${path} @${width}: ${v.impact} ${v.id} ${n.target.join(' ')}`);
        await ctx.close();
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
