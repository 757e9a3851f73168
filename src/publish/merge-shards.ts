// The site-wide open-data files of a site assembled from shards: each shard wrote them for its own
// plans (the region tree and the indicator groups, built from the manifest, are the same in every
// shard); here they are merged into what one build of the whole corpus writes, plan order as in the
// manifest. Per-plan files need no merging: they are copied by directory. Pure.
import type { Ledger, Lineage, Xref } from '../core/schema/index.ts';

/** Stable order of items by their plan's place in the corpus (items of one plan keep their order). */
function byPlan<T>(items: T[], plan: (t: T) => string, order: Map<string, number>): T[] {
  return items.map((t, i) => [t, i] as const).sort((a, b) => (order.get(plan(a[0])) ?? 1e9) - (order.get(plan(b[0])) ?? 1e9) || a[1] - b[1]).map(([t]) => t);
}

/** Entries of several lists with an `id`, merged: `join` combines two entries of one id. */
function mergeById<T extends { id: string }>(lists: T[][], join: (a: T, b: T) => T): T[] {
  const out = new Map<string, T>();
  for (const l of lists) for (const x of l) out.set(x.id, out.has(x.id) ? join(out.get(x.id)!, x) : x);
  return [...out.values()];
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

/** The shards' cross-links as one file: bodies, documents and topics merged by id, clause-level lists
 * concatenated (their links never leave a shard), indicator groups from the first (all equal). */
export function mergeXref(xs: Xref[], planOrder: string[]): Xref {
  const order = new Map(planOrder.map((s, i) => [s, i]));
  const bodies = mergeById(xs.map((x) => x.bodies), (a, b) => ({
    ...a, variants: union(a.variants, b.variants), plans: union(a.plans, b.plans),
    leadCount: a.leadCount + b.leadCount, otherCount: a.otherCount + b.otherCount, tasks: byPlan([...a.tasks, ...b.tasks], (t) => t.plan, order),
  }));
  const documents = mergeById(xs.map((x) => x.documents), (a, b) => ({
    ...a, variants: union(a.variants, b.variants), planSlug: a.planSlug ?? b.planSlug, citedBy: byPlan([...a.citedBy, ...b.citedBy], (c) => c.plan, order),
  }));
  const topics = mergeById(xs.map((x) => x.topics), (a, b) => ({
    ...a, count: a.count + b.count, plans: union(a.plans, b.plans), clauses: byPlan([...a.clauses, ...b.clauses], (c) => c.plan, order),
  }));
  const all = <T>(f: (x: Xref) => T[]) => xs.flatMap(f);
  return {
    version: xs[0].version,
    thresholds: xs[0].thresholds,
    bodies: bodies.sort((a, b) => b.tasks.length - a.tasks.length || (a.name < b.name ? -1 : 1)),
    documents,
    topics,
    related: byPlan(all((x) => x.related), (r) => r.from.plan, order),
    sameText: all((x) => x.sameText),
    taskIndicators: { byIndicator: all((x) => x.taskIndicators.byIndicator), byClause: all((x) => x.taskIndicators.byClause) },
    indicatorGroups: xs[0].indicatorGroups,
    proseTargets: byPlan(all((x) => x.proseTargets), (t) => t.clause.plan, order),
  };
}

/** The shards' ledgers as one: entries in corpus plan order, every shard's progress issues. */
export function mergeLedger(ls: Ledger[], planOrder: string[]): Ledger {
  const order = new Map(planOrder.map((s, i) => [s, i]));
  return { ...ls[0], entries: byPlan(ls.flatMap((l) => l.entries), (e) => e.plan, order), issues: ls.flatMap((l) => l.issues) };
}

/** The shards' lineage files as one, in corpus plan order. */
export function mergeLineage(ls: Lineage[], planOrder: string[]): Lineage {
  const order = new Map(planOrder.map((s, i) => [s, i]));
  return { version: 1, plans: byPlan(ls.flatMap((l) => l.plans), (p) => p.slug, order) };
}
