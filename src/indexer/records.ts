// Turns published plans (+ xref) into one search record per clause: the unit of a search hit.
import type { OutlineNode, PlanDoc } from '../core/schema/plan.ts';
import type { Xref } from '../core/schema/xref.ts';

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

/** Every searchable clause of a plan: numbered units, paragraphs, boxes, headings, table rows. */
export function planRecords(plan: PlanDoc, facets = xrefFacets(null)): ClauseRecord[] {
  const indicatorNames = new Map(plan.indicators.map((i) => [i.id, i.name] as [string, string]));
  const out: ClauseRecord[] = [];
  const base = {
    plan: plan.slug,
    planTitle: plan.meta.title,
    region: plan.meta.region || '未注明',
    kind: plan.meta.kind || '其他',
    period: periodLabel(plan.meta.period),
  };
  const push = (id: string, url: string, path: string, title: string, text: string, kind: string, resp: string[] = []) => {
    if (!(title + text).trim()) return;
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
  const walk = (units: OutlineNode[]) => {
    for (const u of units) {
      const resp = u.responsibility;
      const text = [u.text, resp?.raw ?? ''].filter(Boolean).join('');
      if (u.kind === 'table') {
        const t = u.table;
        push(u.id, u.url, u.path, t.caption || u.title, [t.header.join(' '), ...t.notes].join(' '), 'table');
        for (const r of t.rows) {
          // The indicator's own name (not a category cell filled down), else the longest text cell.
          const name = indicatorNames.get(r.id) ?? [...r.cells].filter((c) => !/^[\d.\s%≥≤<>-]*$/.test(c)).sort((a, b) => b.length - a.length)[0] ?? '';
          push(r.id, r.url, u.path, name, r.cells.filter((c) => c !== name).join(' '), 'row');
        }
      } else {
        push(u.id, u.url, u.path, u.title, text, u.kind, resp ? [...resp.lead, ...resp.others] : []);
      }
      walk(u.children);
    }
  };
  walk(plan.outline);
  return out;
}
