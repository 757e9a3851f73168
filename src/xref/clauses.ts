// Flattens plans into clauses (units in document order) with their link references.
import type { OutlineNode, PlanDoc } from '../core/schema/plan.ts';
import type { ClauseRef } from '../core/schema/xref.ts';
import { preview, searchKey } from '../core/text.ts';

export interface Clause {
  plan: string;
  /** Index of the plan in the input (plans are processed in slug order). */
  planIndex: number;
  /** Position in the plan's document order. */
  order: number;
  unit: OutlineNode;
  /** The unit's own text: title + text, or caption + cells for a table. */
  own: string;
  /** Titles of the enclosing units, outermost first. */
  ancestors: string[];
  ref: ClauseRef;
}

/** Own text of a unit, not its children: what a clause says by itself. */
export function ownText(u: OutlineNode): string {
  if (u.kind === 'table') {
    const rows = u.table.rows.map((r) => r.cells.join(' '));
    return [u.table.caption, ...u.table.header.length ? [u.table.header.join(' ')] : [], ...rows].filter(Boolean).join('\n');
  }
  return u.title + u.text;
}

/** A reference to a unit, with the URL the layout pass gave it. */
export function makeRef(plan: string, u: OutlineNode): ClauseRef {
  const title = u.kind === 'table' ? u.table.caption : u.title;
  return { plan, id: u.id, url: u.url, path: u.path, title, excerpt: preview(ownText(u)) };
}

/** Plans in slug order, so that every output derived from them is deterministic. */
export function sortPlans<P extends { slug: string }>(plans: P[]): P[] {
  return [...plans].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** All units of all plans in plan then document order, the shared input of every builder. */
export function collectClauses(plans: PlanDoc[]): Clause[] {
  const out: Clause[] = [];
  sortPlans(plans).forEach((plan, planIndex) => {
    let order = 0;
    const walk = (units: OutlineNode[], ancestors: string[]) => {
      for (const u of units) {
        out.push({ plan: plan.slug, planIndex, order: order++, unit: u, own: ownText(u), ancestors, ref: makeRef(plan.slug, u) });
        walk(u.children, [...ancestors, u.title]);
      }
    };
    walk(plan.outline, []);
  });
  return out;
}

/** Orders clauses by plan then document order. */
export function byDocOrder(a: { planIndex: number; order: number }, b: { planIndex: number; order: number }): number {
  return a.planIndex - b.planIndex || a.order - b.order;
}

const keys = new WeakMap<Clause, string>();

/** searchKey of the clause's own text, computed once per clause (related, sameText and their filters all need it). */
export function clauseKey(c: Clause): string {
  let k = keys.get(c);
  if (k === undefined) keys.set(c, (k = searchKey(c.own)));
  return k;
}
