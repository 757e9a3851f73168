// Clause ranking, shared by the browser and the CLI. Pagefind only finds candidates (it lists a
// page's matches in page order); how well a clause matches the query is decided here.
import { bigrams } from '../text.ts';

export interface RankInput {
  /** Normalized query parts (split where the user typed spaces). */
  parts: string[];
  /** Normalized clause title (lead sentence or heading). */
  title: string;
  /** Normalized clause title + body. */
  text: string;
}

/** Share of a part's bigrams found in the text: partial credit when the words are split up. */
export function coverage(part: string, text: string): number {
  const bs = bigrams(part);
  if (!bs.length) return 0;
  let n = 0;
  for (const b of bs) if (text.includes(b)) n++;
  return n / bs.length;
}

/** Score of one clause for a query; higher is better. Exact parts dominate, then coverage,
 * then title matches, adjacency of all parts, and a mild preference for short clauses. */
export function scoreClause({ parts, title, text }: RankInput): number {
  if (!parts.length || !text) return 0;
  let total = 0;
  let weight = 0;
  let inTitle = 0;
  for (const p of parts) {
    const w = Math.min(p.length, 8);
    weight += w;
    if (text.includes(p)) total += w;
    else total += w * 0.6 * coverage(p, text) ** 2;
    if (title.includes(p)) inTitle += w;
  }
  let score = total / weight;
  score += 0.25 * (inTitle / weight);
  if (parts.length > 1 && text.includes(parts.join(''))) score += 0.1;
  score -= 0.04 * Math.log2(1 + text.length / 50);
  return score;
}
