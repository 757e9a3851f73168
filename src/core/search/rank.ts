// Clause ranking, shared by the browser and the CLI. Pagefind only finds candidates; how well a
// clause answers the query is decided here, from how each typed part is found (match.ts), where
// the parts sit relative to each other, whether the title carries them, and the clause's length.
import type { Homophones } from './homophones.ts';
import { FOUND, matchPart, minWindow, QUALITY, type PartMatch } from './match.ts';
import type { Part } from './query.ts';

/** What the scorer reads of a clause. */
export interface RankInput {
  parts: Part[];
  /** Normalized clause title (lead sentence, heading, indicator name, plan title). */
  title: string;
  /** Normalized clause title + body. */
  text: string;
  /** Record kind ('plan' for a plan's facts). */
  kind?: string;
  homophones?: Homophones | null;
}

export interface Scored {
  score: number;
  /** How each part was found, in query order. */
  parts: PartMatch[];
  /** Share of the query (by part weight) found in the clause: 0..1. */
  found: number;
}

/** Ranking constants, each with its reason (figures: tests/search/sets, docs/search.md). */
export const RANK = {
  /** A part weighs its length up to 8 characters: longer parts say more, but a pasted phrase
   * should not drown the other parts. */
  maxPartWeight: 8,
  /** Title (lead sentence or heading) holding a part: the clause is about it, not just mentioning it.
   * Unchanged from the first round (measured there on queries.json). */
  title: 0.25,
  /** All found parts within a tight window: up to this much (1 when adjacent, falling with the
   * window's length). Larger than the 0.1 adjacency bonus it replaces, so that a short clause about
   * exactly the query beats a long one holding the words far apart. */
  proximity: 0.15,
  /** Per doubling of length beyond 50 characters: a mild preference for short clauses. Unchanged. */
  length: 0.04,
  /** A plan's facts record (title, 文号, issuer, region) ranks below a clause of the same match:
   * plan titles hold the topic words that clauses use too; a 文号 or issuer matches only the facts. */
  planFacts: 0.85,
  /** Share of the query (by weight) a clause must hold to be a result at all: half, so a two-part
   * query whose parts are never together still shows each (with a message saying so). */
  minFound: 0.5,
  /** The same share once some clause holds the whole query: then a clause missing a quarter of it
   * (电悌 安全 → only 安全) is noise next to the clauses that answer it. */
  minFoundWhole: 0.75,
  /** Share of the query (by weight) that may be found in no clause at all before the whole query
   * counts as unanswered: a query whose main words no plan holds (房价 调控, 医美 整形 广告) gets
   * no results rather than clauses matching its one common word. */
  maxMissing: 0.4,
};

/** Weight of a part. */
export function partWeight(p: Part): number {
  return Math.min(p.key.length, RANK.maxPartWeight);
}

/** Score of one clause for a query; higher is better. */
export function scoreClause({ parts, title, text, kind, homophones = null }: RankInput): Scored {
  if (!parts.length || !text) return { score: 0, parts: [], found: 0 };
  const ms = parts.map((p) => matchPart(text, p, homophones));
  const ws = parts.map(partWeight);
  const total = ws.reduce((a, b) => a + b, 0);
  let score = ms.reduce((a, m, i) => a + m.quality * ws[i], 0) / total;
  const found = ms.reduce((a, m, i) => a + (m.quality >= FOUND ? ws[i] : 0), 0) / total;
  if (kind !== 'plan') {
    let inTitle = 0;
    parts.forEach((_, i) => {
      if (ms[i].quality >= QUALITY.typo && ms[i].forms.some((f) => f && title.includes(f))) inTitle += ws[i] * ms[i].quality;
    });
    score += RANK.title * (inTitle / total);
  }
  const located = ms.filter((m) => m.quality >= FOUND && m.spans.length);
  if (located.length > 1) {
    const w = minWindow(located.map((m) => m.spans));
    if (w) {
      const len = located.reduce((a, m) => a + Math.min(...m.spans.map(([x, y]) => y - x)), 0);
      score += RANK.proximity * Math.min(1, len / Math.max(1, w[1] - w[0]));
    }
  }
  score -= RANK.length * Math.log2(1 + text.length / 50);
  if (kind === 'plan') score *= RANK.planFacts;
  return { score, parts: ms, found };
}
