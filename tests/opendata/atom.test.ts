// The Atom writer and the feed rules, on made-up plans: hostile text stays exact and well-formed,
// links follow the origin setting, ids are stable and origin-free, dates are never invented.
import { describe, expect, it } from 'vitest';
import { atomXml, type AtomFeed } from '../../src/opendata/atom.ts';
import { atomId, planEntry, siteFeeds } from '../../src/opendata/feeds.ts';
import { buildInstant, planInstant, publishedInstant } from '../../src/opendata/plan-dates.ts';
import { siteUrls } from '../../src/core/urls.ts';
import type { PlanDoc, Xref } from '../../src/core/schema/index.ts';
import { atomChildren, atomText, parseXml } from './xml.ts';
import { fakePlan } from './fake-plan.ts';

const HOSTILE = 'A <script>alert(1)</script> & "q" ]]> \u0001 \uD800 end';

function feedOf(title: string): AtomFeed {
  return {
    id: 'urn:uuid:00000000-0000-5000-8000-000000000000', title, subtitle: title, updated: '2022-01-01T00:00:00+08:00', authors: [title],
    links: [{ rel: 'self', href: '/f.xml?a=1&b=2' }], generator: 'PlanAtlas',
    entries: [{ id: 'urn:uuid:1', title, updated: '2022-01-01T00:00:00+08:00', authors: [title], links: [], categories: [{ term: title, label: title }], summary: title }],
  };
}

describe('Atom writer', () => {
  it('keeps hostile text exact (only what XML cannot carry becomes U+FFFD) and well-formed', () => {
    // xmldom warns on U+FFFD (a hint of a decoding problem); here it is what the writer put in on purpose.
    const doc = parseXml(atomXml(feedOf(HOSTILE)), /replacement character/);
    const feed = doc.documentElement!;
    const expected = 'A <script>alert(1)</script> & "q" ]]> \uFFFD \uFFFD end';
    expect(atomText(feed, 'title')).toBe(expected);
    const entry = atomChildren(feed, 'entry')[0];
    expect(atomText(entry, 'summary')).toBe(expected);
    expect(atomChildren(entry, 'category')[0].getAttribute('label')).toBe(expected);
    expect(atomChildren(feed, 'link')[0].getAttribute('href')).toBe('/f.xml?a=1&b=2');
    expect(doc.getElementsByTagName('script').length).toBe(0);
  });

  it('writes an XML declaration and the Atom namespace', () => {
    const xml = atomXml(feedOf('x'));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
  });
});

describe('feed rules', () => {
  const urls = siteUrls('/sub/');
  const dated = fakePlan({ slug: 'dated', meta: { date: '2022-12-30', publishedAt: '', issuer: '某市人民政府', docNumber: '某政发〔2022〕1号' } });
  const timed = fakePlan({ slug: 'timed', meta: { date: '2021-10-01', publishedAt: '2021-11-01 14:10' } });
  const undated = fakePlan({ slug: 'undated', meta: { date: '', publishedAt: '发布时间不详' } });
  const xref = { bodies: [], topics: [] } as unknown as Xref;

  it('uses the plan’s own dates in China time, and the build instant only where the plan states none', () => {
    expect(planInstant(dated.meta)).toBe('2022-12-30T00:00:00+08:00');
    expect(planInstant(timed.meta)).toBe('2021-11-01T14:10:00+08:00');
    expect(publishedInstant('2021-11-01')).toBe('2021-11-01T00:00:00+08:00');
    expect(planInstant(undated.meta)).toBe(null);
    const site = { urls, origin: null, buildInstant: buildInstant(undefined) };
    const e = planEntry(undated, site);
    expect(e.updated).toBe('1970-01-01T00:00:00Z');
    expect(e.published).toBeUndefined();
    expect(planEntry(dated, site).published).toBe('2022-12-30T00:00:00+08:00');
    expect(buildInstant('1700000000')).toBe('2023-11-14T22:13:20Z');
    expect(() => buildInstant('yesterday')).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('orders newest first, undated last, and dates the feed by its newest entry', () => {
    const [all] = siteFeeds([undated, timed, dated], xref, { urls, origin: null, buildInstant: buildInstant(undefined) });
    expect(all.feed.entries.map((e) => e.title)).toEqual(['dated', 'timed', 'undated'].map((s) => `title ${s}`));
    expect(all.feed.updated).toBe('2022-12-30T00:00:00+08:00');
  });

  it('links with site paths without an origin and absolute URLs with one; ids do not change', () => {
    const bare = siteFeeds([dated], xref, { urls, origin: null, buildInstant: buildInstant(undefined) })[0].feed;
    const full = siteFeeds([dated], xref, { urls, origin: 'https://plans.example.gov.cn', buildInstant: buildInstant(undefined) })[0].feed;
    expect(bare.links.find((l) => l.rel === 'self')?.href).toBe('/sub/feeds/plans.xml');
    expect(full.links.find((l) => l.rel === 'self')?.href).toBe('https://plans.example.gov.cn/sub/feeds/plans.xml');
    expect(full.entries[0].links[0].href).toBe('https://plans.example.gov.cn/sub/plans/dated/');
    expect(full.id).toBe(bare.id);
    expect(full.entries[0].id).toBe(bare.entries[0].id);
    expect(bare.entries[0].id).toBe(atomId('plan:dated'));
    expect(atomId('plan:dated')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(atomId('plan:dated')).not.toBe(atomId('plan:timed'));
  });

  it('puts a plan in the feed of its region and of every region above it', () => {
    const county = fakePlan({ slug: 'county', meta: { regionCode: '320412', regionPath: [{ code: '320000', name: '江苏省' }, { code: '320400', name: '常州市' }, { code: '320412', name: '武进区' }] } });
    const city = fakePlan({ slug: 'city', meta: { regionCode: '320400', regionPath: [{ code: '320000', name: '江苏省' }, { code: '320400', name: '常州市' }] } });
    const other = fakePlan({ slug: 'other', meta: { regionCode: '421303', regionPath: [{ code: '420000', name: '湖北省' }, { code: '421300', name: '随州市' }, { code: '421303', name: '曾都区' }] } });
    const feeds = siteFeeds([county, city, other] as PlanDoc[], xref, { urls, origin: null, buildInstant: buildInstant(undefined) });
    const slugsOf = (code: string) => feeds.find((f) => f.path === urls.regionFeed(code))!.feed.entries.map((e) => e.links[0].href.split('/').at(-2)).sort();
    expect(slugsOf('320000')).toEqual(['city', 'county']);
    expect(slugsOf('320400')).toEqual(['city', 'county']);
    expect(slugsOf('320412')).toEqual(['county']);
    expect(slugsOf('420000')).toEqual(['other']);
    expect(feeds.map((f) => f.path).filter((p) => p.includes('/regions/'))).toHaveLength(6);
  });
});
