// Clauses matching each reviewed topic.
import type { Clause } from './clauses.ts';
import { fold } from '../core/text.ts';
import type { TopicDef } from './topics.ts';
import type { Topic, TopicHit } from '../core/schema/xref.ts';

/** Synonyms in matching order (longest first, then code order) with their folded forms (core/text.ts). */
interface Prepared {
  syns: string[];
  up: string[];
  /** Indexes into syns by first UTF-16 unit, in matching order; null when a synonym is empty. */
  byFirst: Map<number, number[]> | null;
}

function prepare(synonyms: string[]): Prepared {
  const syns = [...synonyms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const up = syns.map((s) => fold(s));
  let byFirst: Map<number, number[]> | null = new Map();
  up.forEach((s, k) => {
    if (!s.length) byFirst = null;
    else if (byFirst) {
      const l = byFirst.get(s.charCodeAt(0));
      if (l) l.push(k);
      else byFirst.set(s.charCodeAt(0), [k]);
    }
  });
  return { syns, up, byFirst };
}

/** countSynonyms on a text already folded. */
function countPrepared(t: string, p: Prepared): { count: number; terms: string[] } {
  const { syns, up, byFirst } = p;
  const terms = new Set<string>();
  let count = 0;
  for (let i = 0; i < t.length; ) {
    let k = -1;
    if (byFirst) {
      // Same first match as findIndex over all synonyms: the candidates keep the matching order.
      const l = byFirst.get(t.charCodeAt(i));
      if (l) for (const c of l) if (t.startsWith(up[c], i)) { k = c; break; }
    } else k = up.findIndex((s) => t.startsWith(s, i));
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

/** Occurrences of a topic's synonyms, longest match first, non-overlapping: a fair count per clause. */
export function countSynonyms(text: string, synonyms: string[]): { count: number; terms: string[] } {
  return countPrepared(fold(text), prepare(synonyms));
}

/** Topic pages: every non-table clause whose own text mentions the topic, in plan then document order. */
export function buildTopics(clauses: Clause[], defs: TopicDef[]): Topic[] {
  // Each clause's text is folded once, not once per topic.
  const texts: { c: Clause; t: string }[] = [];
  for (const c of clauses) if (c.unit.kind !== 'table' && c.own.trim()) texts.push({ c, t: fold(c.own) });
  return defs.map((d): Topic => {
    const p = prepare(d.synonyms);
    const hits: TopicHit[] = [];
    for (const { c, t } of texts) {
      const m = countPrepared(t, p);
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
