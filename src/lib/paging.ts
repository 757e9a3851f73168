// Lists that grow with the corpus (a topic's clauses, a body's tasks, a document's citations) are
// shown a bounded number of plans per page, so no page grows with the corpus.

/** Plans per page on topic, body and document pages. */
export const PLANS_PER_PAGE = 20;

/** Rows per page of lists with a row per plan: an indicator compared across plans, a same-text group (a
 * group of an indicator every plan reports, or of a template every county copies, grows with the corpus). */
export const ROWS_PER_PAGE = 200;

/** Items grouped by plan, in first-seen order (the lists are in plan then document order). */
export function byPlan<T extends { plan: string }>(items: T[]): { plan: string; items: T[] }[] {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const l = out.get(t.plan);
    if (l) l.push(t);
    else out.set(t.plan, [t]);
  }
  return [...out].map(([plan, list]) => ({ plan, items: list }));
}

/** Splits a list into pages of `per`; always at least one page. */
export function pages<T>(list: T[], per = PLANS_PER_PAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += per) out.push(list.slice(i, i + per));
  return out.length ? out : [[]];
}

/** The `[...page]` route param of page n (1-based): undefined for the first page. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : String(n);
}

/** The static paths of one item's list split over pages (an `[id]/[...page]` route): each page with its
 * `slice` of the list, its number and the page count, beside the item's own `props`. */
export function pagedPaths<T, P extends object>(id: string, list: T[], props: P, per = PLANS_PER_PAGE) {
  const split = pages(list, per);
  return split.map((slice, i) => ({ params: { id, page: pageParam(i + 1) }, props: { ...props, slice, current: i + 1, count: split.length } }));
}
