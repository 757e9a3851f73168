// Turns published plans (+ xref) into one search record per clause: the unit of a search hit.
import type { Indicator, OutlineNode, PlanDoc } from '../core/schema/plan.ts';
import type { Xref } from '../core/schema/xref.ts';

/** What a search hit shows and filters on; `text` is the clause's own text as written. */
export interface ClauseRecord {
  url: string;
  plan: string;
  planTitle: string;
  path: string;
  title: string;
  text: string;
  /** UnitKind, 'row' for an indicator/table row, or 'plan' for the plan's facts (its overview page). */
  kind: string;
  filters: Record<string, string[]>;
}

/** Chinese label of a unit kind, used as the filter value and badge. */
export const KIND_LABELS: Record<string, string> = {
  chapter: '章', section: '节', item: '条目', box: '专栏', paragraph: '段落', table: '表格', row: '指标行', plan: '规划',
};

/** Path shown for the plan-facts record. */
export const PLAN_PATH = '规划概况';

/** An indicator row as one line after its name: '：基期 → 目标 单位（属性）', then what a review table
 * adds (完成 …, 完成率 …) and any other columns, so a query can match a row's name and figures together. */
export function indicatorLine(ind: Indicator): string {
  const target = ind.target?.raw ?? '';
  const values = ind.baseline?.raw ? `${ind.baseline.raw} → ${target}` : target;
  const shown = [values, ind.actual?.raw ?? ''].join(' ');
  const unit = ind.unit && values && !shown.includes(ind.unit) ? ` ${ind.unit}` : '';
  const attr = ind.attribute ? `（${ind.attribute}）` : '';
  const review = [ind.actual ? `；完成 ${ind.actual.raw}` : '', ind.completion ? `；完成率 ${ind.completion.raw}` : ''].join('');
  const other = Object.entries(ind.other).filter(([, v]) => v.trim()).map(([k, v]) => `；${k} ${v}`).join('');
  return `：${values}${unit}${attr}${review}${other}`.replace(/^：；/, '：');
}

/** The plan's facts as one searchable line: 文号, issuer, region (with its parents), date, kind, period. */
export function planFacts(plan: PlanDoc): string {
  const m = plan.meta;
  const region = m.regionPath.length ? m.regionPath.map((r) => r.name).join('') : m.region;
  const period = m.period.from && m.period.to ? `${m.period.from}—${m.period.to}年` : '';
  return [m.docNumber, m.issuer, region, m.date, m.kind, period].filter(Boolean).join(' · ');
}

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
  const indicators = new Map(plan.indicators.map((i) => [i.id, i] as [string, Indicator]));
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
          const ind = indicators.get(r.id);
          // The indicator's own name (not a category cell filled down), else the longest text cell.
          const name = ind?.name ?? [...r.cells].filter((c) => !/^[\d.\s%≥≤<>-]*$/.test(c)).sort((a, b) => b.length - a.length)[0] ?? '';
          const rest = r.cells.filter((c) => c.trim() && c !== name);
          // A group row (△食品安全抽检) or an empty row holds no figures: not a result.
          if (!rest.length && !(ind?.target?.raw || ind?.baseline?.raw || ind?.actual?.raw)) continue;
          push(r.id, r.url, u.path, name, ind ? indicatorLine(ind) : '：' + rest.join(' '), 'row');
        }
      } else {
        push(u.id, u.url, u.path, u.title, text, u.kind, resp ? [...resp.lead, ...resp.others] : []);
      }
      walk(u.children);
    }
  };
  // The plan's facts (title, 文号, issuer, region) land on its overview page.
  push('plan', plan.url, PLAN_PATH, plan.meta.title, planFacts(plan), 'plan', plan.meta.issuer ? [plan.meta.issuer] : []);
  walk(plan.outline);
  return out;
}
