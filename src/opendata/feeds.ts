// Which feeds the site publishes and what they hold: all plans, plans per region (a region's feed
// includes the regions under it), per responsible body and per topic. Every entry is a plan, with
// the same id in every feed it appears in. Without SITE_ORIGIN links are site paths (relative
// references that a reader resolves against the feed's own address, RFC 4287 §2 and RFC 3986 §5.1.3);
// ids are origin-free URNs, so moving the site never makes old entries look new.
import { v5 as uuidv5 } from 'uuid';
import type { PlanDoc } from '../core/schema/plan.ts';
import type { Xref } from '../core/schema/xref.ts';
import { absoluteUrl, type SiteUrls } from '../core/urls.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import { planInstant } from './plan-dates.ts';
import { kindCode } from './identifier.ts';
import { bodyDisplayName } from '../core/bodies.ts';

/** Namespace of PlanAtlas feed and entry UUIDs (RFC 9562 name-based, v5); fixed forever. */
export const FEED_ID_NAMESPACE = '00d59719-005b-4f68-b8d2-b2640b5b5234';

/** A stable, origin-free Atom id for a name such as `plan:<slug>` or `feed:region:320412`. */
export function atomId(name: string): string {
  return `urn:uuid:${uuidv5(name, FEED_ID_NAMESPACE)}`;
}

/** A feed and the site path it is published at. */
export interface PublishedFeed {
  path: string;
  feed: AtomFeed;
}

/** What a feed needs to know about the site. */
export interface FeedSite {
  urls: SiteUrls;
  origin: string | null;
  /** Stands for any date a plan does not state (see plan-dates.ts buildInstant). */
  buildInstant: string;
}

const SITE_AUTHOR = '规划通 PlanAtlas';

/** Feed titles, shared by the feeds and the pages that link them. */
export const FEED_TITLES = {
  plans: () => '规划通：全部规划',
  region: (name: string) => `规划通：${name}的规划`,
  body: (name: string) => `规划通：${name}承担任务的规划`,
  topic: (name: string) => `规划通：主题“${name}”`,
};
const ATOM = 'application/atom+xml';

function period(p: PlanDoc['period']): string {
  return p.from === null && p.to === null ? '' : `规划期 ${p.from ?? '?'}–${p.to ?? '?'}`;
}

/** The entry of a plan; `note` adds what this feed knows about it (a body's tasks, a topic's clauses). */
export function planEntry(plan: PlanDoc, site: FeedSite, note = ''): AtomEntry {
  const abs = (path: string) => absoluteUrl(path, site.origin);
  const when = planInstant(plan.meta);
  const m = plan.meta;
  const place = m.regionPath.map((r) => r.name).join(' ') || m.region;
  return {
    id: atomId(`plan:${plan.slug}`),
    title: plan.title,
    updated: when ?? site.buildInstant,
    ...(when ? { published: when } : {}),
    authors: m.issuer ? [m.issuer] : [],
    links: [
      { rel: 'alternate', type: 'text/html', href: abs(plan.url) },
      { rel: 'alternate', type: 'application/json', href: abs(site.urls.data(`plans/${plan.slug}.json`)), title: '数据（JSON）' },
    ],
    categories: [
      ...(m.regionCode ? [{ term: m.regionCode, scheme: abs(site.urls.regions()), label: m.regionPath.at(-1)?.name ?? m.region }] : []),
      ...(m.kind ? [{ term: kindCode(m.kind), label: m.kind }] : []),
    ],
    summary: [m.issuer, m.docNumber, period(plan.period), place, `${plan.indicators.length} 项指标`, note].filter(Boolean).join(' · '),
  };
}

/** Newest first by the date the plan states; plans without one last; then by slug. */
function byDate(a: PlanDoc, b: PlanDoc): number {
  const ta = planInstant(a.meta);
  const tb = planInstant(b.meta);
  if (ta !== tb) return ta === null ? 1 : tb === null ? -1 : Date.parse(tb) - Date.parse(ta);
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

function feed(site: FeedSite, spec: { key: string; path: string; title: string; subtitle: string; page: string }, entries: AtomEntry[]): PublishedFeed {
  const abs = (path: string) => absoluteUrl(path, site.origin);
  const updated = entries.map((e) => e.updated).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), entries[0]?.updated ?? site.buildInstant);
  return {
    path: spec.path,
    feed: {
      id: atomId(`feed:${spec.key}`),
      title: spec.title,
      subtitle: spec.subtitle,
      updated,
      authors: [SITE_AUTHOR],
      links: [
        { rel: 'self', type: ATOM, href: abs(spec.path) },
        { rel: 'alternate', type: 'text/html', href: abs(spec.page) },
      ],
      generator: 'PlanAtlas',
      entries,
    },
  };
}

/** Entries per feed: the newest plans (a feed reader wants what is new, and a feed must not grow
 * with the corpus; the full lists are the pages and the open data). */
export const FEED_MAX = 50;

/** Counts of items per plan slug (one pass, not one filter per plan). */
function perPlan<T extends { plan: string }>(items: T[], keep: (t: T) => boolean = () => true): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) if (keep(t)) m.set(t.plan, (m.get(t.plan) ?? 0) + 1);
  return m;
}

/** Every feed of the site, in a stable order: all plans, regions by code, bodies, topics. */
export function siteFeeds(plans: PlanDoc[], xref: Xref, site: FeedSite): PublishedFeed[] {
  const { urls } = site;
  const sorted = [...plans].sort(byDate);
  const pick = (slugs: Iterable<string>) => {
    const want = new Set(slugs);
    return sorted.filter((p) => want.has(p.slug)).slice(0, FEED_MAX);
  };
  const out: PublishedFeed[] = [
    feed(site, { key: 'plans', path: urls.feed(), title: FEED_TITLES.plans(), subtitle: `规划通收录的规划与工作方案中最新的 ${FEED_MAX} 部，按发布日期从新到旧排列。`, page: urls.home() }, sorted.slice(0, FEED_MAX).map((p) => planEntry(p, site))),
  ];

  const regions = new Map<string, { name: string; path: string[] }>();
  for (const p of plans) p.meta.regionPath.forEach((r, i) => regions.set(r.code, { name: r.name, path: p.meta.regionPath.slice(0, i + 1).map((x) => x.name) }));
  const byRegion = new Map<string, PlanDoc[]>();
  for (const p of sorted) {
    for (const r of p.meta.regionPath) {
      const l = byRegion.get(r.code);
      if (l) l.push(p);
      else byRegion.set(r.code, [p]);
    }
  }
  for (const [code, r] of [...regions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const list = (byRegion.get(code) ?? []).slice(0, FEED_MAX);
    out.push(feed(site, { key: `region:${code}`, path: urls.regionFeed(code), title: FEED_TITLES.region(r.name), subtitle: `${r.path.join(' ')}及其下辖地区的规划与工作方案（行政区划代码 ${code}）。`, page: urls.region(code) }, list.map((p) => planEntry(p, site))));
  }

  for (const b of xref.bodies) {
    const leads = perPlan(b.tasks, (t) => t.role === 'lead');
    const others = perPlan(b.tasks, (t) => t.role === 'other');
    // Named as on the body's page: 区市场监管局 of a 通州区 plan is 通州区市场监管局 away from the plan.
    const name = bodyDisplayName(b, plans);
    const entries = pick(b.plans).map((p) => planEntry(p, site, `${name}牵头 ${leads.get(p.slug) ?? 0} 项、配合 ${others.get(p.slug) ?? 0} 项`));
    out.push(feed(site, { key: `body:${b.id}`, path: urls.bodyFeed(b.id), title: FEED_TITLES.body(name), subtitle: `由${name}牵头或配合落实任务的规划。`, page: urls.body(b.id) }, entries));
  }

  for (const t of xref.topics) {
    const hits = perPlan(t.clauses);
    const entries = pick(t.plans).map((p) => planEntry(p, site, `涉及“${t.name}”的条款 ${hits.get(p.slug) ?? 0} 条`));
    out.push(feed(site, { key: `topic:${t.id}`, path: urls.topicFeed(t.id), title: FEED_TITLES.topic(t.name), subtitle: `条款涉及“${t.name}”的规划。`, page: urls.topic(t.id) }, entries));
  }
  return out;
}
