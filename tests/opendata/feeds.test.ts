// Every Atom feed in dist/, parsed with a real XML parser and checked against what RFC 4287 requires
// (ids, titles, updated, authors, self and alternate links), against the corpus (which plans belong
// in which feed), and against the pages that announce them.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { builtPlans, DIST, fileOf } from '../built.ts';
import { readXref } from '../../src/build/data.ts';
import { filesUnder } from '../../src/build/package.ts';
import { siteLocation } from '../../src/build/config.ts';
import { siteUrls } from '../../src/core/urls.ts';
import { atomId, FEED_MAX, siteFeeds } from '../../src/opendata/feeds.ts';
import { tags } from '../site/html.ts';
import { ATOM, atomChildren, atomText, parseXml } from './xml.ts';

const { base, origin } = siteLocation();
const urls = siteUrls(base);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A feed href as a site path: relative references resolve against the feed's own URL. */
const sitePath = (href: string, feedPath: string) => new URL(href, `http://site.test${feedPath}`).pathname;

describe('Atom feeds', () => {
  const plans = builtPlans();
  const xref = readXref(join(DIST, 'data'));
  const feedPaths = filesUnder(join(DIST, 'feeds')).map((f) => `${base}feeds/${f}`);
  const feeds = new Map(feedPaths.map((p) => [p, parseXml(readFileSync(fileOf(p), 'utf8')).documentElement!]));

  it('publishes one feed for all plans, one per region on any plan’s path, per body and per topic', () => {
    const regions = new Set(plans.flatMap((p) => p.meta.regionPath.map((r) => r.code)));
    const want = [urls.feed(), ...[...regions].map(urls.regionFeed), ...xref.bodies.map((b) => urls.bodyFeed(b.id)), ...xref.topics.map((t) => urls.topicFeed(t.id))].sort();
    expect(feedPaths.sort()).toEqual(want);
    expect(regions.size).toBeGreaterThan(3);
  });

  it('every feed has what RFC 4287 requires, with dates in RFC 3339 and urn:uuid ids', () => {
    for (const [path, feed] of feeds) {
      expect(feed.namespaceURI, path).toBe(ATOM);
      expect(feed.localName, path).toBe('feed');
      expect(atomText(feed, 'id'), path).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(atomText(feed, 'title').length, path).toBeGreaterThan(3);
      expect(atomText(feed, 'updated'), path).toMatch(RFC3339);
      expect(atomChildren(feed, 'author').length, path).toBeGreaterThan(0);
      const links = atomChildren(feed, 'link');
      const self = links.filter((l) => l.getAttribute('rel') === 'self');
      expect(self.map((l) => sitePath(l.getAttribute('href')!, path)), path).toEqual([path]);
      expect(self[0].getAttribute('type')).toBe('application/atom+xml');
      expect(links.filter((l) => l.getAttribute('rel') === 'alternate' && l.getAttribute('type') === 'text/html'), path).toHaveLength(1);
      const entries = atomChildren(feed, 'entry');
      expect(entries.length, path).toBeGreaterThan(0);
      const entryIds = entries.map((e) => atomText(e, 'id'));
      expect(new Set(entryIds).size, `${path}: entry ids are unique`).toBe(entryIds.length);
      for (const e of entries) {
        expect(atomText(e, 'title').length).toBeGreaterThan(3);
        expect(atomText(e, 'updated')).toMatch(RFC3339);
        for (const p of atomChildren(e, 'published')) expect(p.textContent).toMatch(RFC3339);
        expect(atomChildren(e, 'link').filter((l) => l.getAttribute('rel') === 'alternate' && l.getAttribute('type') === 'text/html')).toHaveLength(1);
        expect(atomChildren(e, 'summary')).toHaveLength(1);
      }
      // The newest entry dates the feed.
      const newest = Math.max(...entries.map((e) => Date.parse(atomText(e, 'updated'))));
      expect(Date.parse(atomText(feed, 'updated')), path).toBe(newest);
    }
  });

  it('links resolve to files of the site (absolute with SITE_ORIGIN, site paths without)', () => {
    const broken: string[] = [];
    for (const [path, feed] of feeds) {
      const hrefs = [...atomChildren(feed, 'link'), ...atomChildren(feed, 'entry').flatMap((e) => atomChildren(e, 'link'))].map((l) => l.getAttribute('href')!);
      for (const href of hrefs) {
        expect(href.startsWith(origin ? `${origin}${base}` : base), href).toBe(true);
        const target = sitePath(href, path);
        if (!existsSync(fileOf(target))) broken.push(`${path}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('puts each plan in the right feeds, with the same entry id everywhere', () => {
    const entrySlugs = (path: string) => atomChildren(feeds.get(path)!, 'entry').map((e) => {
      const id = atomText(e, 'id');
      const plan = plans.find((p) => atomId(`plan:${p.slug}`) === id);
      expect(plan, `${path}: ${id}`).toBeTruthy();
      return plan!.slug;
    }).sort();
    expect(entrySlugs(urls.feed())).toEqual(plans.map((p) => p.slug).sort());
    const province = plans[0].meta.regionPath[0];
    expect(entrySlugs(urls.regionFeed(province.code))).toEqual(plans.filter((p) => p.meta.regionPath[0]?.code === province.code).map((p) => p.slug).sort());
    for (const p of plans) if (p.meta.regionCode) expect(entrySlugs(urls.regionFeed(p.meta.regionCode))).toContain(p.slug);
    for (const b of xref.bodies) expect(entrySlugs(urls.bodyFeed(b.id)), b.name).toEqual([...b.plans].sort());
    for (const t of xref.topics) expect(entrySlugs(urls.topicFeed(t.id)), t.name).toEqual([...t.plans].sort());
  });

  it('states a published date only for plans that give one', () => {
    const all = feeds.get(urls.feed())!;
    for (const e of atomChildren(all, 'entry')) {
      const plan = plans.find((p) => atomId(`plan:${p.slug}`) === atomText(e, 'id'))!;
      const published = atomChildren(e, 'published').map((x: Element) => x.textContent);
      if (!plan.meta.date && !/^\d{4}-\d{2}-\d{2}/.test(plan.meta.publishedAt)) expect(published, plan.slug).toEqual([]);
      else expect(published[0]?.slice(0, 10), plan.slug).toBe((/^\d{4}-\d{2}-\d{2}/.exec(plan.meta.publishedAt)?.[0] ?? plan.meta.date));
    }
  });

  it('home, body, topic and region pages announce their feed with <link rel="alternate" type="application/atom+xml">', () => {
    const announced = (page: string) => tags(readFileSync(fileOf(page), 'utf8'), 'link').filter((t) => t.attrs.rel === 'alternate' && t.attrs.type === 'application/atom+xml').map((t) => t.attrs.href);
    expect(announced(urls.home())).toEqual([urls.feed()]);
    for (const b of xref.bodies) expect(announced(urls.body(b.id))).toEqual([urls.bodyFeed(b.id)]);
    for (const t of xref.topics) expect(announced(urls.topic(t.id))).toEqual([urls.topicFeed(t.id)]);
    const regions = new Set(plans.flatMap((p) => p.meta.regionPath.map((r) => r.code)));
    for (const code of regions) expect(announced(urls.region(code)), code).toEqual([urls.regionFeed(code)]);
  });

  it('a body feed bears the title its page announces (区市场监管局 of a 通州区 plan is 通州区市场监管局 in both)', () => {
    let qualified = 0;
    for (const b of xref.bodies) {
      const link = tags(readFileSync(fileOf(urls.body(b.id)), 'utf8'), 'link').find((t) => t.attrs.rel === 'alternate' && t.attrs.type === 'application/atom+xml')!;
      const title = atomText(feeds.get(urls.bodyFeed(b.id))!, 'title');
      expect(title, b.id).toBe(link.attrs.title);
      if (title !== `规划通：${b.name}承担任务的规划`) qualified++;
    }
    expect(qualified, 'bodies whose feed names their region').toBeGreaterThan(0);
  });
});

describe('feed size', () => {
  it('holds the newest FEED_MAX plans, however large the corpus', () => {
    const plans = builtPlans();
    const many = Array.from({ length: FEED_MAX + 12 }, (_, i) => ({ ...plans[i % plans.length], slug: `copy-${i}`, meta: { ...plans[i % plans.length].meta, date: `20${10 + (i % 15)}-01-01`, publishedAt: '' } }));
    const xref = readXref(join(DIST, 'data'));
    const feeds = siteFeeds(many, { ...xref, bodies: [], topics: [] }, { urls, origin: null, buildInstant: '1970-01-01T00:00:00Z' });
    const all = feeds.find((f) => f.path === urls.feed())!;
    const entries = all.feed.entries;
    expect(entries.length).toBe(FEED_MAX);
    // Newest first: the first entry is from the latest year in the corpus, and the oldest are left out.
    expect(entries[0].published).toMatch(/^2024/);
    expect(entries.some((e) => e.published?.startsWith('2010'))).toBe(false);
  });
});
