// The real seeds built as two shards (Jiangsu's plans and Hubei's), each in its own project copy and
// process, assembled under a sub-path, against one build of the same seeds: every plan's pages are
// there and every link resolves, the site-wide open data is the single build's, plan-level links reach
// across shards, and search over the merged Pagefind indexes answers as the single build does, in
// Node and in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { buildProject, repo, runNode, tempProject } from './project.ts';
import { htmlFiles, read, tags } from '../site/html.ts';
import { serveDist } from '../site/server.ts';
import { launch } from '../site/browser.ts';
import { readManifest } from '../../src/build/shards.ts';
import { loadNodePagefind } from '../../src/indexer/node-pagefind.ts';
import { searchClauses } from '../../src/core/search/engine.ts';
import type { ShardManifest } from '../../src/core/schema/index.ts';

const BASE = '/planatlas/';
const ORIGIN = 'https://plans.example.gov.cn';
const ENV = { SITE_BASE: BASE, SITE_ORIGIN: ORIGIN };

describe('a site built as shards and assembled', () => {
  let single = '';
  let site = '';
  let manifest: ShardManifest;
  const dirs: string[] = [];
  beforeAll(() => {
    const one = tempProject('real');
    dirs.push(one);
    const r = buildProject(one, ENV);
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    single = join(one, 'dist');
    const work = mkdtempSync(join(tmpdir(), 'planatlas-shards-test-'));
    dirs.push(work);
    const file = join(work, 'manifest.json');
    const split = runNode(repo, ['scripts/shards.ts', 'split', '--shards', '2', '--out', file], ENV);
    expect(split.status, split.stderr).toBe(0);
    manifest = readManifest(file);
    mkdirSync(join(work, 'shards'));
    for (const s of manifest.shards) {
      // Its own project with only its seeds, as on a runner of its own.
      const dir = tempProject(Object.fromEntries(s.seeds.map((f) => [f, readFileSync(join(repo, 'seeds', f))])));
      dirs.push(dir);
      cpSync(file, join(dir, 'manifest.json'));
      const b = buildProject(dir, { ...ENV, SHARD: s.name, SHARD_MANIFEST: 'manifest.json' });
      expect(b.status, b.stdout.slice(-2000) + b.stderr.slice(-2000)).toBe(0);
      symlinkSync(join(dir, 'dist'), join(work, 'shards', s.name));
    }
    const a = runNode(repo, ['scripts/shards.ts', 'assemble', '--manifest', file, '--from', join(work, 'shards'), '--out', join(work, 'site')], ENV);
    expect(a.status, a.stderr).toBe(0);
    site = join(work, 'site');
  }, 600_000);
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('splits by province: Jiangsu’s four seeds and Hubei’s one', () => {
    expect(manifest.shards.map((s) => [s.name, s.regions, s.seeds.length])).toEqual([['s1', ['32'], 4], ['s2', ['42'], 1]]);
    expect(manifest.plans.every((p) => p.outline.length === 0)).toBe(true);
  });

  it('has every plan’s pages, and every link, script and stylesheet resolves under the base', () => {
    for (const p of manifest.plans) for (const page of ['', 'source/', ...p.pages.map((x) => `${x.id}/`)]) expect(existsSync(join(site, 'plans', p.slug, page, 'index.html')), `${p.slug}/${page}`).toBe(true);
    const broken: string[] = [];
    for (const f of htmlFiles(site)) {
      for (const t of tags(read(site, f))) {
        const url = t.attrs.href ?? t.attrs.src ?? t.attrs.action;
        if (!url || /^(https?:|mailto:|#|data:)/.test(url) || !['a', 'link', 'script', 'form', 'img'].includes(t.name)) continue;
        const path = decodeURI(new URL(url, `${ORIGIN}${BASE}${f}`).pathname);
        const file = path.startsWith(BASE) ? join(site, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : '') : null;
        if (!file || !existsSync(file)) broken.push(`${f}: <${t.name}> ${url}`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('publishes the single build’s plan index, indicators, region tree, lineage, ledger and indicator groups', () => {
    for (const f of ['plans.json', 'indicators.csv', 'regions.json', 'lineage.json', 'ledger.json', 'ledger.csv']) expect(read(site, `data/${f}`), f).toBe(read(single, `data/${f}`));
    const index = (d: string) => JSON.parse(read(d, 'data/xref/index.json'));
    expect(index(site).indicatorGroups).toEqual(index(single).indicatorGroups);
    expect(index(site).plans.sort()).toEqual(manifest.plans.map((p) => p.slug).sort());
    expect(JSON.parse(read(site, 'data/shards.json')).shards).toHaveLength(2);
  });

  it('describes the whole corpus in the feeds and the data package, with checksums that hold', () => {
    const feed = read(site, 'feeds/plans.xml');
    for (const p of manifest.plans) expect(feed, p.slug).toContain(`${ORIGIN}${p.url}`);
    const sums = read(site, 'data/SHA256SUMS').trim().split('\n');
    expect(sums.length).toBe(read(single, 'data/SHA256SUMS').trim().split('\n').length + 1); // + shards.json
    for (const line of sums) {
      const [hash, file] = line.split(/\s+\*?/);
      expect(createHash('sha256').update(readFileSync(join(site, 'data', file))).digest('hex'), file).toBe(hash);
    }
  });

  it('links across shards: the home page lists every plan, the hub’s region pages the other shard’s plans', () => {
    const home = read(site, 'index.html');
    for (const p of manifest.plans) expect(home, p.slug).toContain(`href="${p.url}"`);
    const hubei = manifest.plans.find((p) => p.shard === 's2')!;
    const region = read(site, `regions/${hubei.meta.regionCode}/index.html`);
    expect(region).toContain(`href="${hubei.url}"`);
    expect(readFileSync(join(site, 'sitemap-0.xml'), 'utf8')).toContain(`${ORIGIN}${hubei.url}`);
  });

  it('says on pages listing clauses across plans that they list one shard’s, and the single build does not', () => {
    for (const page of ['bodies/index.html', 'topics/index.html', 'documents/index.html', 'indicators/index.html']) {
      expect(read(site, page), page).toContain('data-shard-note="s1"');
      expect(read(single, page), page).not.toContain('data-shard-note');
    }
  });

  it('searches every shard through Pagefind’s mergeIndex and agrees with the single build', async () => {
    expect(read(site, 'search/index.html')).toContain(`data-pagefind-merge="[&quot;${BASE}pagefind/shards/s2/&quot;]"`);
    const tune = (JSON.parse(readFileSync(join(repo, 'tests/search/sets/tune.json'), 'utf8')) as { q: string }[]).map((x) => x.q);
    const one = await loadNodePagefind(join(single, 'pagefind'));
    const both = await loadNodePagefind(join(site, 'pagefind'));
    let same = 0;
    for (const q of tune) {
      const [a, b] = await Promise.all([searchClauses(one.pf, q, { limit: 10 }), searchClauses(both.pf, q, { limit: 10 })]);
      if (a.hits.map((h) => h.url).join() === b.hits.map((h) => h.url).join()) same++;
    }
    console.log(`[shards] top 10 identical for ${same} of ${tune.length} tuning queries`);
    expect(same / tune.length).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('finds a clause of the other shard from the search page in Chromium', async () => {
    const root = mkdtempSync(join(tmpdir(), 'planatlas-serve-'));
    dirs.push(root);
    symlinkSync(site, join(root, BASE.replaceAll('/', '')));
    const server = await serveDist(root);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}${BASE}search/?q=${encodeURIComponent('随州 市场监管')}`);
      await page.waitForSelector('.sr-hit');
      const hubei = manifest.plans.find((p) => p.shard === 's2')!;
      expect(await page.locator('.sr-hit .plan').first().innerText()).toBe(hubei.title);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
