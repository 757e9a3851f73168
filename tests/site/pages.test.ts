// Checks over the built site in dist/: headings, ids of every outline unit, internal links/anchors, tables, scripts.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, ids, read, sitePath, tags } from './html.ts';
import { CSP_DIRECTIVES } from '../../src/lib/csp.ts';
import { PUBLISHED_SCHEMAS } from '../../src/core/schema/index.ts';
import { builtPlans, DIST as root, requireBuilt } from '../built.ts';

/** A policy string as directive → value. */
function parsePolicy(p: string): Map<string, string> {
  return new Map(p.split(';').map((d) => d.trim()).filter(Boolean).map((d) => { const [k, ...v] = d.split(/\s+/); return [k.toLowerCase(), v.join(' ')] as [string, string]; }));
}

describe('built site', () => {
  requireBuilt();
  const files = htmlFiles(root);
  const pages = new Map(files.map((f) => [sitePath(f), read(root, f)]));
  const idSets = new Map([...pages].map(([p, h]) => [p, new Set(ids(h))]));

  it('has the main pages', () => {
    for (const p of ['/', '/indicators/', '/bodies/', '/documents/', '/topics/', '/data/', '/search/']) expect(pages.has(p), p).toBe(true);
    expect(existsSync(join(root, '404.html')), '404.html').toBe(true);
  });

  it('every page has lang, title, description and exactly one h1', () => {
    for (const [p, h] of pages) {
      expect(h, p).toMatch(/<html[^>]*\blang="zh-CN"/);
      expect(h, p).toMatch(/<title>[^<]{2,}<\/title>/);
      expect(tags(h, 'meta').some((t) => t.attrs.name === 'description' && t.attrs.content.length > 5), p).toBe(true);
      expect(tags(h, 'h1').length, `h1 count on ${p}`).toBe(1);
    }
  });

  it('headings never skip a level going down', () => {
    for (const [p, h] of pages) {
      let prev = 0;
      for (const t of tags(h).filter((t) => /^h[1-6]$/.test(t.name))) {
        const lvl = Number(t.name[1]);
        expect(lvl, `${p}: <${t.name}> after h${prev} at ${t.index}`).toBeLessThanOrEqual(prev + 1);
        prev = lvl;
      }
    }
  });

  it('has landmarks and a skip link', () => {
    for (const [p, h] of pages) {
      expect(h, p).toMatch(/<main id="main"/);
      expect(h, p).toMatch(/<a class="skip" href="#main"/);
    }
  });

  it('ids are unique on each page', () => {
    for (const [p, h] of pages) {
      const all = ids(h);
      const dup = all.filter((x, i) => all.indexOf(x) !== i);
      expect(dup, p).toEqual([]);
    }
  });

  it('every outline unit of every plan has its id on its page', () => {
    const plans = builtPlans();
    expect(plans.length).toBeGreaterThan(0);
    let checked = 0;
    for (const plan of plans) {
      const walk = (nodes: { id: string; url: string; children: any[] }[]) => {
        for (const n of nodes) {
          const [path, hash] = n.url.split('#');
          expect(idSets.get(path)?.has(hash ?? n.id), `${n.url} (${plan.slug})`).toBe(true);
          checked++;
          walk(n.children);
        }
      };
      walk(plan.outline);
      for (const i of plan.indicators) {
        const [path, hash] = i.url.split('#');
        expect(idSets.get(path)?.has(hash), `${i.url} (${plan.slug})`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('internal links and anchors resolve', () => {
    const broken: string[] = [];
    for (const [p, h] of pages) {
      for (const t of tags(h, 'a')) {
        const href = t.attrs.href;
        if (!href || /^(https?:|mailto:|tel:|data:)/.test(href)) continue;
        const u = new URL(href, 'http://x' + p);
        const path = decodeURI(u.pathname);
        const hash = decodeURIComponent(u.hash.slice(1));
        const target = pages.has(path) ? path : null;
        if (!target) {
          if (!existsSync(join(root, path))) broken.push(`${p} → ${href}`);
          continue;
        }
        if (hash && !idSets.get(target)!.has(hash)) broken.push(`${p} → ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('table header cells carry scope and tables have captions', () => {
    for (const [p, h] of pages) {
      for (const t of tags(h, 'th')) expect(['col', 'row', 'colgroup', 'rowgroup'], `${p} th at ${t.index}`).toContain(t.attrs.scope);
      const tables = (h.match(/<table\b/g) ?? []).length;
      const captions = (h.match(/<caption\b/g) ?? []).length;
      expect(captions, p).toBe(tables);
    }
  });

  it('ships no inline scripts or inline event handlers', () => {
    for (const [p, h] of pages) {
      for (const t of tags(h, 'script')) {
        if (t.attrs.type === 'application/ld+json') continue;
        expect(t.attrs.src, `${p}: inline <script> at ${t.index}`).toBeTruthy();
      }
      expect(h, p).not.toMatch(/\son(click|load|error|mouseover)=/i);
    }
  });

  it('every page carries the Content-Security-Policy before any script or stylesheet', () => {
    const want = new Map(CSP_DIRECTIVES);
    for (const [p, h] of pages) {
      const metas = tags(h, 'meta').filter((t) => t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(metas.length, p).toBe(1);
      expect(parsePolicy(metas[0].attrs.content), p).toEqual(want);
      const first = tags(h).find((t) => t.name === 'script' || (t.name === 'link' && t.attrs.rel === 'stylesheet'));
      if (first) expect(metas[0].index, `${p}: CSP meta after <${first.name}>`).toBeLessThan(first.index);
      expect(want.get('script-src'), 'no unsafe-inline/unsafe-eval for scripts').not.toMatch(/unsafe-inline|'unsafe-eval'/);
      expect(want.get('style-src'), 'no unsafe-inline for styles').not.toMatch(/unsafe-inline/);
    }
  });

  it('_headers sends the same policy (plus frame-ancestors) and the other trust headers', () => {
    const text = readFileSync(join(root, '_headers'), 'utf8');
    const block = text.split('\n').filter((l) => !l.trim().startsWith('#'));
    expect(block.find((l) => /^\S/.test(l))?.trim()).toBe('/*');
    const header = (name: string) => block.find((l) => l.trim().toLowerCase().startsWith(name.toLowerCase() + ':'))?.split(/:(.*)/)[1].trim();
    const policy = parsePolicy(header('Content-Security-Policy')!);
    expect(policy.get('frame-ancestors')).toBe("'none'");
    policy.delete('frame-ancestors');
    expect(policy).toEqual(new Map(CSP_DIRECTIVES));
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBeTruthy();
  });

  it('needs no inline styles: no <style> blocks or style attributes (CSP style-src without unsafe-inline)', () => {
    for (const [p, h] of pages) {
      expect(tags(h, 'style').map((t) => t.index), `${p}: <style> blocks`).toEqual([]);
      const styled = tags(h).filter((t) => 'style' in t.attrs).map((t) => `<${t.name} style="${t.attrs.style}">`);
      expect(styled.slice(0, 5), `${p}: style attributes`).toEqual([]);
      expect(h, p).not.toMatch(/href="javascript:/i);
    }
  });

  it('every highlighting class Shiki\'s output uses on /data/ has a rule in the site CSS', () => {
    const h = pages.get('/data/')!;
    const used = new Set(tags(h).flatMap((t) => (t.attrs.class ?? '').split(/\s+/)).filter((c) => /^sh[cb]?-/.test(c)));
    expect(used.size, 'highlighted code on /data/').toBeGreaterThan(3);
    const css = readdirSync(join(root, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(root, '_astro', f), 'utf8')).join('\n');
    for (const c of used) expect(css, `.${c} has no rule`).toMatch(new RegExp(`\\.${c}[\\s{,]`));
  });

  it('plan text pages mark units with path labels and copy targets', () => {
    const body = [...pages].find(([p]) => /^\/plans\/[^/]+\/(?!source\/)[^/]+\/$/.test(p));
    expect(body).toBeTruthy();
    const h = body![1];
    const units = tags(h, 'div').filter((t) => (t.attrs.class ?? '').split(' ').includes('unit'));
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      expect(u.attrs.id).toBeTruthy();
      expect(h).toContain(`href="#${u.attrs.id}"`);
    }
  });

  it('publishes the open data files and their JSON Schemas', () => {
    expect(existsSync(join(root, 'data/plans.json'))).toBe(true);
    expect(existsSync(join(root, 'data/indicators.csv'))).toBe(true);
    const plans = JSON.parse(readFileSync(join(root, 'data/plans.json'), 'utf8'));
    for (const p of plans) expect(existsSync(join(root, `data/plans/${p.slug}.json`)), p.slug).toBe(true);
    for (const name of Object.keys(PUBLISHED_SCHEMAS)) {
      const schema = JSON.parse(readFileSync(join(root, 'data/schema', name), 'utf8'));
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('writes no placeholder domain, and canonical links and a sitemap only when SITE_ORIGIN is set', () => {
    const origin = process.env.SITE_ORIGIN;
    for (const [p, h] of pages) {
      expect(h, p).not.toContain('planatlas.example');
      const canonical = tags(h, 'link').filter((t) => t.attrs.rel === 'canonical');
      if (origin) expect(canonical[0]?.attrs.href, p).toBe(new URL(p, origin).href);
      else expect(canonical, p).toEqual([]);
    }
    expect(existsSync(join(root, 'sitemap-index.xml'))).toBe(Boolean(origin));
  });
});
