// How a parsed plan is split into readable pages.
import type { Plan, Unit } from '../ingest/model.ts';
import { headingLine } from '../core/outline.ts';

/** A body page of a plan: one top-level division, or the whole plan when it is short. */
export interface PageSplit {
  /** 'text' for a single-page plan, else the id of the page's top-level division (s1, s2 …). */
  id: string;
  title: string;
  order: number;
  units: Unit[];
}

/** Plans whose body text is longer than this are split per top-level division. 20,000 characters
 * is about 25 printed pages: the seven seed plans (6,000–15,000 characters) each stay one page, so
 * in-page search and printing keep working, while a 100,000-character plan gets pages of a few
 * thousand characters instead of one page of several megabytes of HTML. */
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
export function splitPages(plan: Plan): PageSplit[] {
  const divisions = plan.body.filter((u) => u.kind === 'chapter' || u.kind === 'section');
  if (textLength(plan.body) <= SPLIT_THRESHOLD_CHARS || divisions.length < 2) {
    return [{ id: 'text', title: '全文', order: 1, units: plan.body }];
  }
  const pages: PageSplit[] = [];
  let lead: Unit[] = [];
  for (const u of plan.body) {
    if (u.kind === 'chapter' || u.kind === 'section') {
      pages.push({ id: u.id, title: headingLine(u), order: pages.length + 1, units: [...lead, u] });
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
