// The region tree of the corpus: every region on a plan's GB/T 2260 path, with the plans made for it.
import type { PlanDoc, RegionNode, Regions } from '../core/schema/index.ts';
import type { SiteUrls } from '../core/urls.ts';
import { planField } from './field.ts';

/** Level of a GB/T 2260 code: xx0000 province, xxxx00 city (prefecture), else county. */
export function regionLevel(code: string): RegionNode['level'] {
  return /0000$/.test(code) ? 'province' : /00$/.test(code) ? 'city' : 'county';
}

const collator = new Intl.Collator('zh-CN');

/** Regions named by the plans' paths, parents before children, siblings by code; plans by period then title. */
export function buildRegions(plans: PlanDoc[], urls: SiteUrls): Regions {
  const nodes = new Map<string, RegionNode>();
  for (const p of plans) {
    p.meta.regionPath.forEach((r, i) => {
      const parent = i > 0 ? p.meta.regionPath[i - 1].code : null;
      let n = nodes.get(r.code);
      if (!n) nodes.set(r.code, (n = { code: r.code, name: r.name, level: regionLevel(r.code), parent, children: [], url: urls.region(r.code), plans: [] }));
      if (parent && !nodes.get(parent)!.children.includes(r.code)) nodes.get(parent)!.children.push(r.code);
    });
    const own = nodes.get(p.meta.regionCode);
    if (own) own.plans.push({ slug: p.slug, title: p.title, kind: p.meta.kind, field: planField(p.meta), period: p.meta.period, url: p.url });
  }
  const out: RegionNode[] = [];
  const visit = (n: RegionNode) => {
    n.children.sort();
    n.plans.sort((a, b) => (b.period.from ?? 0) - (a.period.from ?? 0) || collator.compare(a.title, b.title));
    out.push(n);
    for (const c of n.children) visit(nodes.get(c)!);
  };
  for (const n of [...nodes.values()].filter((n) => n.parent === null).sort((a, b) => a.code.localeCompare(b.code))) visit(n);
  return { version: 1, regions: out };
}

/** Codes of a region and all regions under it. */
export function subtree(regions: Regions, code: string): string[] {
  const byCode = new Map(regions.regions.map((r) => [r.code, r]));
  const out: string[] = [];
  const walk = (c: string) => {
    const n = byCode.get(c);
    if (!n) return;
    out.push(c);
    n.children.forEach(walk);
  };
  walk(code);
  return out;
}
