// The layout pass: gives every unit of a parsed plan its page, URL and citation path, once. What it
// returns is the published plan (PlanDoc); nothing downstream recomputes pages or URLs.
import type { Plan, Unit } from '../ingest/model.ts';
import type { OutlineNode, PlanDoc, PlanSummary } from '../core/schema/plan.ts';
import type { SiteUrls } from '../core/urls.ts';
import { splitPages } from './pages.ts';

/** Counts units by kind over a published outline. */
export function countKinds(nodes: { kind: string; children: unknown[] }[], out: Record<string, number> = {}): Record<string, number> {
  for (const n of nodes) {
    out[n.kind] = (out[n.kind] ?? 0) + 1;
    countKinds(n.children as typeof nodes, out);
  }
  return out;
}

/** Lays a parsed plan out on pages and URLs: the published form of the plan. */
export function layoutPlan(plan: Plan, urls: SiteUrls): PlanDoc {
  const split = splitPages(plan);
  const rowUrls = new Map<string, string>();
  const node = (u: Unit, page: string): OutlineNode => {
    const url = urls.unit(plan.slug, page, u.id);
    const base = {
      id: u.id, marker: u.marker, label: u.label, title: u.title, text: u.text, line: u.line, path: u.path,
      page, url, responsibility: u.responsibility, citations: u.citations,
    };
    if (u.kind === 'table' && u.table) {
      const rows = u.table.rows.map((r) => {
        const rowUrl = urls.unit(plan.slug, page, r.id);
        rowUrls.set(r.id, rowUrl);
        return { ...r, url: rowUrl };
      });
      return { ...base, kind: 'table', table: { ...u.table, rows }, children: [] };
    }
    if (u.kind === 'table') throw new Error(`table unit ${u.id} of ${plan.slug} has no table`);
    return { ...base, kind: u.kind, children: u.children.map((c) => node(c, page)) };
  };
  const outline = split.flatMap((p) => p.units.map((u) => node(u, p.id)));
  const kinds = countKinds(outline);
  const m = plan.meta;
  const summary: PlanSummary = {
    slug: plan.slug, title: m.title, region: m.region, issuer: m.issuer, docNumber: m.docNumber, date: m.date,
    period: m.period, kind: m.kind, url: urls.plan(plan.slug),
    counts: { units: Object.values(kinds).reduce((a, b) => a + b, 0), indicators: plan.indicators.length, tables: kinds.table ?? 0 },
  };
  return {
    ...summary,
    meta: m,
    source: { ...plan.source, url: urls.original(plan.source.file) },
    notice: plan.notice,
    stripped: plan.stripped,
    pages: split.map((p) => ({ id: p.id, title: p.title, order: p.order, url: urls.page(plan.slug, p.id) })),
    outline,
    indicators: plan.indicators.map((i) => {
      const url = rowUrls.get(i.id);
      if (!url) throw new Error(`indicator ${i.id} of ${plan.slug} is not a row of any table`);
      return { ...i, url };
    }),
    warnings: plan.warnings,
  };
}

/** The summary fields of a published plan: its entry in plans.json. */
export function planSummary(doc: PlanDoc): PlanSummary {
  const { slug, title, region, issuer, docNumber, date, period, kind, url, counts } = doc;
  return { slug, title, region, issuer, docNumber, date, period, kind, url, counts };
}
