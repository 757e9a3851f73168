// Entry point: cross-link data for all plans (published split per plan by split.ts: content/data/xref/). Pure: no file system, no clock.
import type { PlanDoc } from '../core/schema/plan.ts';
import { buildBodies } from './bodies.ts';
import { type Clause, collectClauses, sortPlans } from './clauses.ts';
import { buildDocuments } from './documents.ts';
import { buildIndicatorGroups } from './indicatorGroups.ts';
import { extractProseTargets } from './proseTargets.ts';
import { buildRelated, taskClauses } from './related.ts';
import { buildSameText } from './sameText.ts';
import { buildTaskIndicators } from './taskIndicators.ts';
import { THRESHOLDS } from './thresholds.ts';
import { buildTopics } from './topicHits.ts';
import { TOPICS } from './topics.ts';
import type { Xref, XrefThresholds } from '../core/schema/xref.ts';

export type * from '../core/schema/xref.ts';

/** Builds every cross-link of the corpus at once, so that the site and the open data agree. In a
 * shard, `others` are the other shards' plans without their text: only the same indicator across
 * plans reaches them (clause-level links need the text, so they stay within the shard). */
export function buildXref(plans: PlanDoc[], thresholds: XrefThresholds = THRESHOLDS, others: PlanDoc[] = []): Xref {
  const t = thresholds;
  const sorted = sortPlans(plans);
  const clauses = collectClauses(sorted);
  return {
    version: 1,
    thresholds: t,
    bodies: buildBodies(clauses),
    documents: buildDocuments(sorted, clauses),
    topics: buildTopics(clauses, TOPICS),
    related: buildRelated(taskClauses(clauses, t.relatedMinChars), t.relatedMin, t.relatedTop),
    sameText: buildSameText(clauses, t.sameTextMin, t.sameTextMinChars),
    taskIndicators: buildTaskIndicators(sorted, clauses, t.indicatorTermMin),
    indicatorGroups: buildIndicatorGroups(others.length ? sortPlans([...plans, ...others]) : sorted, t.indicatorGroupMin),
    proseTargets: proseTargetsOf(sorted, clauses),
  };
}

/** Prose targets of every plan; each plan is given only its own clauses (extractProseTargets keeps those anyway). */
function proseTargetsOf(sorted: PlanDoc[], clauses: Clause[]) {
  const bySlug = new Map<string, Clause[]>();
  for (const c of clauses) {
    const l = bySlug.get(c.plan);
    if (l) l.push(c);
    else bySlug.set(c.plan, [c]);
  }
  return sorted.flatMap((p) => extractProseTargets(p, bySlug.get(p.slug) ?? []));
}
