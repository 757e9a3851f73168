// Links between indicators and the clauses of the same plan that work toward them.
//
// Score = share of the indicator term's distinct bigrams found in the clause's own text
// (containment, not cosine: a long clause mentioning 发明专利拥有量 once is as relevant as a short
// one). A term written out in full scores 1. Terms of fewer than 3 bigrams only match in full,
// because 2-bigram overlaps (专利, 商标) are everywhere.
import type { Plan } from '../lib/model.ts';
import { planUrl, unitUrls } from '../lib/pages.ts';
import type { Clause } from './clauses.ts';
import { byDocOrder, sortPlans } from './clauses.ts';
import { indicatorTerm } from './indicatorNames.ts';
import { bigrams, round3 } from './text.ts';
import type { ClauseIndicators, IndicatorRef, IndicatorTasks, ScoredRef } from './types.ts';

/** Share of the term's bigrams present in the text (1 when the term occurs whole). */
export function termScore(term: string, text: string): number {
  const t = text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
  if (t.includes(term)) return 1;
  const tg = new Set(bigrams(term));
  if (tg.size < 3) return 0;
  const have = new Set(bigrams(t));
  let n = 0;
  for (const g of tg) if (have.has(g)) n++;
  return n / tg.size;
}

/** Both directions of indicator ↔ clause links within each plan, scores ≥ min. */
export function buildTaskIndicators(plans: Plan[], clauses: Clause[], min: number): { byIndicator: IndicatorTasks[]; byClause: ClauseIndicators[] } {
  const byIndicator: IndicatorTasks[] = [];
  const reverse = new Map<Clause, IndicatorRef[]>();
  for (const p of sortPlans(plans)) {
    const urls = unitUrls(p);
    const own = clauses.filter((c) => c.plan === p.slug && c.unit.kind !== 'table' && c.own.trim());
    for (const ind of p.indicators) {
      const term = indicatorTerm(ind.name);
      if (!term) continue;
      const ref: IndicatorRef = { plan: p.slug, id: ind.id, url: urls.get(ind.id) ?? `${planUrl(p.slug)}#${ind.id}`, name: ind.name, term };
      const hits = own.map((c) => ({ c, score: termScore(term, c.own) })).filter((h) => h.score >= min);
      hits.sort((a, b) => b.score - a.score || byDocOrder(a.c, b.c));
      const scored: ScoredRef[] = hits.map((h) => ({ ...h.c.ref, score: round3(h.score) }));
      byIndicator.push({ indicator: ref, clauses: scored });
      for (const h of hits) reverse.set(h.c, [...(reverse.get(h.c) ?? []), ref]);
    }
  }
  const byClause = [...reverse.entries()].sort((a, b) => byDocOrder(a[0], b[0])).map(([c, indicators]) => ({ clause: c.ref, indicators }));
  return { byIndicator, byClause };
}
