// Links between indicators and the clauses of the same plan that work toward them.
//
// Score = share of the indicator term's distinct bigrams found in the clause's own text
// (containment, not cosine: a long clause mentioning 发明专利拥有量 once is as relevant as a short
// one). A term written out in full scores 1. Terms of fewer than 3 bigrams only match in full,
// because 2-bigram overlaps (专利, 商标) are everywhere.
import type { PlanDoc } from '../core/schema/plan.ts';
import type { Clause } from './clauses.ts';
import { byDocOrder, sortPlans } from './clauses.ts';
import { indicatorTerm } from './indicatorNames.ts';
import { bigrams, searchKey } from '../core/text.ts';
import { round3 } from './score.ts';
import type { ClauseIndicators, IndicatorRef, IndicatorTasks, ScoredRef } from '../core/schema/xref.ts';

/** A clause text folded for termScore, with its bigram set computed on first use. */
interface Folded {
  t: string;
  have: Set<string> | null;
}

function keyed(text: string): Folded {
  return { t: searchKey(text), have: null };
}

function scoreFolded(term: string, tg: Set<string>, f: Folded): number {
  if (f.t.includes(term)) return 1;
  if (tg.size < 3) return 0;
  const have = (f.have ??= new Set(bigrams(f.t)));
  let n = 0;
  for (const g of tg) if (have.has(g)) n++;
  return n / tg.size;
}

/** Share of the term's bigrams present in the text (1 when the term occurs whole). */
export function termScore(term: string, text: string): number {
  const key = searchKey(term);
  return scoreFolded(key, new Set(bigrams(key)), keyed(text));
}

/** Both directions of indicator ↔ clause links within each plan, scores ≥ min. */
export function buildTaskIndicators(plans: PlanDoc[], clauses: Clause[], min: number): { byIndicator: IndicatorTasks[]; byClause: ClauseIndicators[] } {
  const byIndicator: IndicatorTasks[] = [];
  const reverse = new Map<Clause, IndicatorRef[]>();
  // Clauses per plan slug, in input order (one pass instead of a scan of all clauses per plan).
  const bySlug = new Map<string, { c: Clause; f: Folded }[]>();
  for (const c of clauses) {
    if (c.unit.kind === 'table' || !c.own.trim()) continue;
    const l = bySlug.get(c.plan);
    const e = { c, f: keyed(c.own) };
    if (l) l.push(e);
    else bySlug.set(c.plan, [e]);
  }
  for (const p of sortPlans(plans)) {
    const own = bySlug.get(p.slug) ?? [];
    for (const ind of p.indicators) {
      const term = indicatorTerm(ind.name);
      if (!term) continue;
      const ref: IndicatorRef = { plan: p.slug, id: ind.id, url: ind.url, name: ind.name, term };
      const key = searchKey(term);
      const tg = new Set(bigrams(key));
      const hits = own.map(({ c, f }) => ({ c, score: scoreFolded(key, tg, f) })).filter((h) => h.score >= min);
      hits.sort((a, b) => b.score - a.score || byDocOrder(a.c, b.c));
      const scored: ScoredRef[] = hits.map((h) => ({ ...h.c.ref, score: round3(h.score) }));
      byIndicator.push({ indicator: ref, clauses: scored });
      for (const h of hits) {
        const l = reverse.get(h.c);
        if (l) l.push(ref);
        else reverse.set(h.c, [ref]);
      }
    }
  }
  const byClause = [...reverse.entries()].sort((a, b) => byDocOrder(a[0], b[0])).map(([c, indicators]) => ({ clause: c.ref, indicators }));
  return { byIndicator, byClause };
}
