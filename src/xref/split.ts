// Cross-links as published: an index of what spans plans and one part per plan, each clause written
// once (see XrefPlanPart in src/core/schema/xref.ts). joinXref(splitXref(x)) gives x back exactly:
// every list of Xref is in plan then document order, so concatenating the parts in `plans` order
// restores it. Pure: no file system.
import type { Body, ClauseRef, CitedDocument, IndicatorRef, Topic, Xref, XrefIndex, XrefPlanPart } from '../core/schema/xref.ts';

const keyOf = (r: { plan: string; id: string }) => `${r.plan}#${r.id}`;

/** Splits cross-links into the index and one part per plan (`plans`: every slug, in join order). */
export function splitXref(x: Xref, plans: string[]): { index: XrefIndex; parts: Map<string, XrefPlanPart> } {
  const parts = new Map<string, XrefPlanPart>();
  const part = (plan: string): XrefPlanPart => {
    let p = parts.get(plan);
    if (!p) parts.set(plan, (p = { version: 1, plan, clauses: {}, related: [], bodyTasks: [], documentCites: [], topicHits: [], indicatorTasks: [], clauseIndicators: [], proseTargets: [] }));
    return p;
  };
  for (const s of plans) part(s);
  const show = (r: ClauseRef): string => {
    part(r.plan).clauses[r.id] ??= { url: r.url, path: r.path, title: r.title, excerpt: r.excerpt };
    return keyOf(r);
  };
  for (const r of x.related) {
    show(r.from);
    part(r.from.plan).related.push({ id: r.from.id, similar: r.similar.map((s) => ({ ref: show(s), score: s.score })) });
  }
  // Per-plan slices of cross-plan lists, kept in their order (plan then document).
  const slices = <T extends { plan: string }, U>(items: T[], make: (t: T) => U, add: (p: XrefPlanPart, list: U[]) => void) => {
    const by = new Map<string, U[]>();
    for (const t of items) {
      const l = by.get(t.plan);
      if (l) l.push(make(t));
      else by.set(t.plan, [make(t)]);
    }
    for (const [plan, list] of by) add(part(plan), list);
  };
  for (const b of x.bodies) slices(b.tasks, (t) => (show(t), { id: t.id, role: t.role }), (p, tasks) => p.bodyTasks.push({ body: b.id, tasks }));
  for (const d of x.documents) slices(d.citedBy, (c) => (show(c), c.id), (p, clauses) => p.documentCites.push({ document: d.id, clauses }));
  for (const t of x.topics) slices(t.clauses, (c) => (show(c), { id: c.id, count: c.count, terms: c.terms }), (p, clauses) => p.topicHits.push({ topic: t.id, clauses }));
  for (const t of x.taskIndicators.byIndicator) {
    const { plan, ...indicator } = t.indicator;
    part(plan).indicatorTasks.push({ indicator, clauses: t.clauses.map((c) => (show(c), { id: c.id, score: c.score })) });
  }
  for (const c of x.taskIndicators.byClause) part(c.clause.plan).clauseIndicators.push({ id: (show(c.clause), c.clause.id), indicators: c.indicators.map((i) => i.id) });
  for (const t of x.proseTargets) {
    const { clause, ...rest } = t;
    part(clause.plan).proseTargets.push({ id: (show(clause), clause.id), ...rest });
  }
  const sameText = x.sameText.map(({ members, ...g }) => ({ ...g, members: members.map(show) }));
  const index: XrefIndex = {
    version: 1,
    thresholds: x.thresholds,
    plans: [...parts.keys()],
    bodies: x.bodies.map(({ tasks: _, ...b }) => b),
    documents: x.documents.map(({ citedBy: _, ...d }) => d),
    topics: x.topics.map(({ clauses: _, ...t }) => t),
    sameText,
    indicatorGroups: x.indicatorGroups,
  };
  return { index, parts };
}

/** Joins the index and the plan parts back into the cross-links (one ClauseRef object per clause, shared). */
export function joinXref(index: XrefIndex, parts: Map<string, XrefPlanPart>): Xref {
  const refs = new Map<string, ClauseRef>();
  for (const plan of index.plans) {
    const p = parts.get(plan);
    if (!p) throw new Error(`cross-links: no part for plan ${plan}`);
    for (const [id, d] of Object.entries(p.clauses)) refs.set(`${plan}#${id}`, { plan, id, ...d });
  }
  const ref = (k: string): ClauseRef => {
    const r = refs.get(k);
    if (!r) throw new Error(`cross-links: ${k} is named but not in its plan's clauses`);
    return r;
  };
  const ordered = index.plans.map((s) => parts.get(s)!);
  const bodies = new Map<string, Body>(index.bodies.map((b) => [b.id, { ...b, tasks: [] }]));
  const documents = new Map<string, CitedDocument>(index.documents.map((d) => [d.id, { ...d, citedBy: [] }]));
  const topics = new Map<string, Topic>(index.topics.map((t) => [t.id, { ...t, clauses: [] }]));
  const x: Xref = {
    version: 1,
    thresholds: index.thresholds,
    bodies: [...bodies.values()],
    documents: [...documents.values()],
    topics: [...topics.values()],
    related: [],
    sameText: index.sameText.map(({ members, ...g }) => ({ ...g, members: members.map(ref) })),
    taskIndicators: { byIndicator: [], byClause: [] },
    indicatorGroups: index.indicatorGroups,
    proseTargets: [],
  };
  for (const p of ordered) {
    const own = (id: string) => ref(`${p.plan}#${id}`);
    for (const r of p.related) x.related.push({ from: own(r.id), similar: r.similar.map((s) => ({ ...ref(s.ref), score: s.score })) });
    for (const b of p.bodyTasks) bodies.get(b.body)!.tasks.push(...b.tasks.map((t) => ({ ...own(t.id), role: t.role })));
    for (const d of p.documentCites) documents.get(d.document)!.citedBy.push(...d.clauses.map(own));
    for (const t of p.topicHits) topics.get(t.topic)!.clauses.push(...t.clauses.map((c) => ({ ...own(c.id), count: c.count, terms: c.terms })));
    const indicators = new Map<string, IndicatorRef>();
    for (const t of p.indicatorTasks) {
      const indicator = { plan: p.plan, ...t.indicator };
      indicators.set(indicator.id, indicator);
      x.taskIndicators.byIndicator.push({ indicator, clauses: t.clauses.map((c) => ({ ...own(c.id), score: c.score })) });
    }
    for (const c of p.clauseIndicators) x.taskIndicators.byClause.push({ clause: own(c.id), indicators: c.indicators.map((i) => indicators.get(i)!) });
    for (const t of p.proseTargets) {
      const { id, ...rest } = t;
      x.proseTargets.push({ clause: own(id), ...rest });
    }
  }
  return x;
}
