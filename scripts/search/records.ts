// Turns parsed plans (+ xref) into one search record per clause: the unit of a search hit.
import type { Plan, Unit } from '../lib/model.ts';
import { unitUrls } from '../lib/pages.ts';
import type { Xref } from '../xref/types.ts';

/** What a search hit shows and filters on; `text` is the clause's own text as written. */
export interface ClauseRecord {
  url: string;
  plan: string;
  planTitle: string;
  path: string;
  title: string;
  text: string;
  /** UnitKind, or 'row' for an indicator/table row. */
  kind: string;
  filters: Record<string, string[]>;
}

/** Chinese label of a unit kind, used as the filter value and badge. */
export const KIND_LABELS: Record<string, string> = {
  chapter: '章', section: '节', item: '条目', box: '专栏', paragraph: '段落', table: '表格', row: '指标行',
};

/** Plan period as shown in the filter ('2021—2025'), or '未注明'. */
export function periodLabel(p: { from: number | null; to: number | null }): string {
  if (p.from && p.to) return `${p.from}—${p.to}`;
  return p.from || p.to ? String(p.from ?? p.to) : '未注明';
}

/** Body and topic names per clause key 'plan#id', from xref (empty maps when xref is absent). */
export function xrefFacets(xref: Xref | null): { bodies: Map<string, Set<string>>; topics: Map<string, Set<string>> } {
  const bodies = new Map<string, Set<string>>();
  const topics = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  for (const b of xref?.bodies ?? []) for (const t of b.tasks) add(bodies, `${t.plan}#${t.id}`, b.name);
  for (const t of xref?.topics ?? []) for (const c of t.clauses) add(topics, `${c.plan}#${c.id}`, t.name);
  return { bodies, topics };
}

/** A plan as published in content/data/plans/<slug>.json: the unit tree is `outline` (each node
 * with its `url`); the in-memory Plan has `body`. Either is accepted. */
export type PlanJson = Plan & { outline?: (Unit & { url?: string })[] };

/** The unit tree of a plan and the page URL (with #id) of every unit and table row. */
export function planTree(plan: PlanJson): { units: Unit[]; urls: Map<string, string> } {
  const units = plan.body ?? plan.outline ?? [];
  if (plan.body) return { units, urls: unitUrls(plan) };
  const urls = new Map<string, string>();
  const walk = (us: (Unit & { url?: string })[]) => {
    for (const u of us) {
      if (u.url) {
        urls.set(u.id, u.url);
        for (const r of u.table?.rows ?? []) urls.set(r.id, `${u.url.split('#')[0]}#${r.id}`);
      }
      walk(u.children);
    }
  };
  walk(units);
  return { units, urls };
}

/** Every searchable clause of a plan: numbered units, paragraphs, boxes, headings, table rows. */
export function planRecords(plan: PlanJson, facets = xrefFacets(null)): ClauseRecord[] {
  const { units, urls } = planTree(plan);
  const indicatorNames = new Map((plan.indicators ?? []).map((i) => [i.id, i.name] as [string, string]));
  const out: ClauseRecord[] = [];
  const base = {
    plan: plan.slug,
    planTitle: plan.meta.title,
    region: plan.meta.region || '未注明',
    kind: plan.meta.kind || '其他',
    period: periodLabel(plan.meta.period),
  };
  const push = (id: string, path: string, title: string, text: string, kind: string, resp: string[] = []) => {
    const url = urls.get(id);
    if (!url || !(title + text).trim()) return;
    const key = `${plan.slug}#${id}`;
    const bodies = new Set([...resp, ...(facets.bodies.get(key) ?? [])]);
    out.push({
      url, plan: plan.slug, planTitle: base.planTitle, path, title, text, kind,
      filters: {
        plan: [base.planTitle], region: [base.region], kind: [base.kind], period: [base.period],
        unit: [KIND_LABELS[kind] ?? kind], body: [...bodies], topic: [...(facets.topics.get(key) ?? [])],
      },
    });
  };
  const walk = (units: Unit[]) => {
    for (const u of units) {
      const resp = u.responsibility;
      const text = [u.text, resp?.raw ?? ''].filter(Boolean).join('');
      if (u.table) {
        const t = u.table;
        push(u.id, u.path, t.caption || u.title, [t.header.join(' '), ...t.notes].join(' '), 'table');
        for (const r of t.rows) {
          // The indicator's own name (not a category cell filled down), else the longest text cell.
          const name = indicatorNames.get(r.id) ?? [...r.cells].filter((c) => !/^[\d.\s%≥≤<>-]*$/.test(c)).sort((a, b) => b.length - a.length)[0] ?? '';
          push(r.id, u.path, name, r.cells.filter((c) => c !== name).join(' '), 'row');
        }
      } else {
        push(u.id, u.path, u.title, text, u.kind, resp ? [...resp.lead, ...resp.others] : []);
      }
      walk(u.children);
    }
  };
  walk(units);
  return out;
}
