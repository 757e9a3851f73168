// The site under a sub-path (a project page) with its origin configured: every link, asset and data
// URL lives under the base, canonical links and the sitemap use the origin, and nothing points at the
// domain root.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, tempProject } from './project.ts';
import { htmlFiles, read, tags } from '../site/html.ts';

const BASE = '/planatlas/';
const ORIGIN = 'https://plans.example.gov.cn';

describe('a build under a sub-path', () => {
  let dist = '';
  beforeAll(() => {
    const dir = tempProject('real');
    const r = buildProject(dir, { SITE_BASE: BASE, SITE_ORIGIN: ORIGIN });
    expect(r.status, r.stdout.slice(-2000) + r.stderr.slice(-2000)).toBe(0);
    dist = join(dir, 'dist');
  }, 300_000);

  /** The file a site path is served from, or null when it leaves the base. */
  const fileOf = (path: string) => (path.startsWith(BASE) ? join(dist, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : '') : null);

  it('links, scripts, stylesheets and forms all stay under the base and resolve', () => {
    const broken: string[] = [];
    for (const f of htmlFiles(dist)) {
      const h = read(dist, f);
      for (const t of tags(h)) {
        const url = t.attrs.href ?? t.attrs.src ?? t.attrs.action;
        if (!url || /^(https?:|mailto:|#|data:)/.test(url) || !['a', 'link', 'script', 'form', 'img'].includes(t.name)) continue;
        const path = new URL(url, `${ORIGIN}/${f}`).pathname;
        const file = fileOf(decodeURI(path));
        if (!file || !existsSync(file)) broken.push(`${f}: <${t.name}> ${url}`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('canonical links, the sitemap and the published data use the origin and the base', () => {
    const home = read(dist, 'index.html');
    expect(tags(home, 'link').find((t) => t.attrs.rel === 'canonical')?.attrs.href).toBe(`${ORIGIN}${BASE}`);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    const plans = JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8')) as { url: string }[];
    for (const p of plans) expect(p.url.startsWith(`${BASE}plans/`), p.url).toBe(true);
    const schema = JSON.parse(readFileSync(join(dist, 'data/schema/plan.schema.json'), 'utf8'));
    expect(schema.$id).toBe(`${ORIGIN}${BASE}data/schema/plan.schema.json`);
  });

  it('feeds, JSON-LD and the data package use the origin and the base; ids do not depend on them', () => {
    const feed = read(dist, 'feeds/plans.xml');
    const hrefs = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(h.startsWith(`${ORIGIN}${BASE}`), h).toBe(true);
    expect(hrefs).toContain(`${ORIGIN}${BASE}feeds/plans.xml`);
    const repoFeed = readFileSync('dist/feeds/plans.xml', 'utf8');
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(feed)).toEqual(ids(repoFeed));
    const plans = JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8')) as { url: string }[];
    const overview = read(dist, `${plans[0].url.slice(BASE.length)}index.html`);
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(overview)![1]);
    expect(ld['@id']).toBe(`${ORIGIN}${plans[0].url}`);
    expect(ld.potentialAction.target.urlTemplate).toMatch(new RegExp(`^${ORIGIN}${BASE}plans/[^/]+/(text|\\{page\\})/#\\{unit\\}$`));
    const pkg = JSON.parse(readFileSync(join(dist, 'data/datapackage.json'), 'utf8'));
    expect(pkg.homepage).toBe(`${ORIGIN}${BASE}data/`);
    // Seeds hash the same whatever the site's address; the data (which holds URLs) does not.
    const seedLines = (sums: string) => sums.split('\n').filter((l) => l.includes('../sources/'));
    expect(seedLines(readFileSync(join(dist, 'data/SHA256SUMS'), 'utf8'))).toEqual(seedLines(readFileSync('dist/data/SHA256SUMS', 'utf8')));
    expect(seedLines(readFileSync('dist/data/SHA256SUMS', 'utf8')).length).toBeGreaterThan(0);
  });
});
