// How a plan is split into readable pages, and the URL of every unit.
import type { Plan, Unit } from './model.ts';

/** A body page of a plan: one top-level division, or the whole plan when it is short. */
export interface PlanPage {
  /** 'text' for a single-page plan, else the id of the page's top-level division (s1, s2 …). */
  id: string;
  title: string;
  order: number;
  units: Unit[];
}

/** Plans whose body text is longer than this are split per top-level division. */
export const SPLIT_THRESHOLD_CHARS = 20000;

/** Total characters of text under a list of units (labels, titles, texts, table cells). */
export function textLength(units: Unit[]): number {
  let n = 0;
  for (const u of units) {
    n += u.label.length + u.title.length + u.text.length;
    if (u.table) for (const r of u.table.rows) for (const c of r.cells) n += c.length;
    n += textLength(u.children);
  }
  return n;
}

/** Splits a plan into body pages; preamble paragraphs open the first page. */
export function planPages(plan: Plan): PlanPage[] {
  const divisions = plan.body.filter((u) => u.kind === 'chapter' || u.kind === 'section');
  if (textLength(plan.body) <= SPLIT_THRESHOLD_CHARS || divisions.length < 2) {
    return [{ id: 'text', title: '全文', order: 1, units: plan.body }];
  }
  const pages: PlanPage[] = [];
  let lead: Unit[] = [];
  for (const u of plan.body) {
    if (u.kind === 'chapter' || u.kind === 'section') {
      pages.push({ id: u.id, title: `${u.label}${u.label && !/[、章]$/.test(u.label) ? ' ' : ''}${u.title}`.trim(), order: pages.length + 1, units: [...lead, u] });
      lead = [];
    } else if (pages.length === 0) {
      lead.push(u);
    } else {
      pages[pages.length - 1].units.push(u);
    }
  }
  if (lead.length) pages.push({ id: 'text', title: '全文', order: pages.length + 1, units: lead });
  return pages;
}

/** Site path of a plan's overview page. */
export function planUrl(slug: string): string {
  return `/plans/${slug}/`;
}

/** Site path of one body page. */
export function pageUrl(slug: string, pageId: string): string {
  return `/plans/${slug}/${pageId}/`;
}

/** Every unit id of a plan mapped to its page path + '#id'. */
export function unitUrls(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (units: Unit[], base: string) => {
    for (const u of units) {
      out.set(u.id, `${base}#${u.id}`);
      if (u.table) for (const r of u.table.rows) out.set(r.id, `${base}#${r.id}`);
      walk(u.children, base);
    }
  };
  for (const p of planPages(plan)) walk(p.units, pageUrl(plan.slug, p.id));
  return out;
}
