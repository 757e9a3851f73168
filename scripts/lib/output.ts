// The open-data shapes published in dist/data/: plans.json, plans/<slug>.json and indicators.csv.
import type { Indicator, IndicatorValue, Plan, Unit } from './model.ts';
import { planPages, planUrl, pageUrl, unitUrls } from './pages.ts';

export interface PlanSummary {
  slug: string;
  title: string;
  region: string;
  issuer: string;
  docNumber: string;
  date: string;
  period: { from: number | null; to: number | null };
  kind: string;
  url: string;
  counts: { units: number; indicators: number; tables: number };
}

/** Counts units by kind over a tree. */
export function countKinds(units: Unit[], out: Record<string, number> = {}): Record<string, number> {
  for (const u of units) {
    out[u.kind] = (out[u.kind] ?? 0) + 1;
    countKinds(u.children, out);
  }
  return out;
}

/** One entry of plans.json. */
export function planSummary(plan: Plan): PlanSummary {
  const kinds = countKinds(plan.body);
  const units = Object.values(kinds).reduce((a, b) => a + b, 0);
  const m = plan.meta;
  return {
    slug: plan.slug,
    title: m.title,
    region: m.region,
    issuer: m.issuer,
    docNumber: m.docNumber,
    date: m.date,
    period: m.period,
    kind: m.kind,
    url: planUrl(plan.slug),
    counts: { units, indicators: plan.indicators.length, tables: kinds.table ?? 0 },
  };
}

export interface OutlineNode {
  id: string;
  kind: Unit['kind'];
  label: string;
  title: string;
  text: string;
  path: string;
  url: string;
  line: number;
  responsibility: Unit['responsibility'];
  citations: string[];
  table?: Unit['table'];
  children: OutlineNode[];
}

/** The outline tree with each node's URL: the public form of Plan.body. */
export function outlineOf(plan: Plan): OutlineNode[] {
  const urls = unitUrls(plan);
  const walk = (units: Unit[]): OutlineNode[] =>
    units.map((u) => ({
      id: u.id,
      kind: u.kind,
      label: u.label,
      title: u.title,
      text: u.text,
      path: u.path,
      url: urls.get(u.id) ?? '',
      line: u.line,
      responsibility: u.responsibility,
      citations: u.citations,
      ...(u.table ? { table: u.table } : {}),
      children: walk(u.children),
    }));
  return walk(plan.body);
}

/** plans/<slug>.json: the whole plan, its pages and its outline with URLs. */
export function planJson(plan: Plan & { stripped?: unknown }): Record<string, unknown> {
  const urls = unitUrls(plan);
  return {
    ...planSummary(plan),
    meta: plan.meta,
    source: plan.source,
    notice: plan.notice,
    stripped: plan.stripped ?? [],
    pages: planPages(plan).map((p) => ({ id: p.id, title: p.title, url: pageUrl(plan.slug, p.id) })),
    outline: outlineOf(plan),
    indicators: plan.indicators.map((i) => ({ ...i, url: urls.get(i.id) ?? '' })),
    warnings: plan.warnings,
  };
}

const CSV_COLUMNS = ['plan', 'plan_title', 'id', 'url', 'table', 'category', 'group', 'name', 'unit', 'baseline', 'baseline_value', 'target', 'target_op', 'target_value', 'target_max', 'attribute', 'other'];

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const num = (v: IndicatorValue | null, k: 'value' | 'max') => (v && v[k] !== null ? String(v[k]) : '');

/** indicators.csv: every indicator of every plan, UTF-8 with BOM so that Excel reads it right. */
export function indicatorsCsv(plans: Plan[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const p of plans) {
    const urls = unitUrls(p);
    for (const i of p.indicators as Indicator[]) {
      rows.push(
        [p.slug, p.meta.title, i.id, urls.get(i.id) ?? '', i.tableId, i.category, i.group, i.name, i.unit, i.baseline?.raw ?? '', num(i.baseline, 'value'), i.target?.raw ?? '', i.target?.op ?? '', num(i.target, 'value'), num(i.target, 'max'), i.attribute ?? '', Object.entries(i.other).map(([k, v]) => `${k}=${v}`).join('; ')]
          .map((c) => csvCell(String(c)))
          .join(','),
      );
    }
  }
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}
