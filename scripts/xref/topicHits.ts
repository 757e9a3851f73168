// Clauses matching each reviewed topic.
import type { Clause } from './clauses.ts';
import type { TopicDef } from './topics.ts';
import type { Topic, TopicHit } from './types.ts';

/** Occurrences of a topic's synonyms, longest match first, non-overlapping: a fair count per clause. */
export function countSynonyms(text: string, synonyms: string[]): { count: number; terms: string[] } {
  const syns = [...synonyms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const t = text.normalize('NFKC').toUpperCase();
  const up = syns.map((s) => s.normalize('NFKC').toUpperCase());
  const terms = new Set<string>();
  let count = 0;
  for (let i = 0; i < t.length; ) {
    const k = up.findIndex((s) => t.startsWith(s, i));
    if (k < 0) {
      i++;
      continue;
    }
    count++;
    terms.add(syns[k]);
    i += up[k].length;
  }
  return { count, terms: [...terms].sort() };
}

/** Topic pages: every non-table clause whose own text mentions the topic, in plan then document order. */
export function buildTopics(clauses: Clause[], defs: TopicDef[]): Topic[] {
  return defs.map((d): Topic => {
    const hits: TopicHit[] = [];
    for (const c of clauses) {
      if (c.unit.kind === 'table' || !c.own.trim()) continue;
      const m = countSynonyms(c.own, d.synonyms);
      if (m.count > 0) hits.push({ ...c.ref, count: m.count, terms: m.terms });
    }
    return {
      id: d.id,
      name: d.name,
      synonyms: d.synonyms,
      count: hits.reduce((n, h) => n + h.count, 0),
      plans: [...new Set(hits.map((h) => h.plan))].sort(),
      clauses: hits,
    };
  });
}
