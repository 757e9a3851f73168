// Finds matched words in a clause's original text (via the normalized text) for excerpts and for
// highlighting on the plan page; works with Traditional queries, full-width digits and punctuation.
// Only whole matched words are marked (never their bigrams): a landing page with every 安全 of a
// long clause marked is noise.
import { searchKeyWithMap } from '../text.ts';

export type Range = [number, number];

/** Source ranges of every occurrence of each form (a search key) in `text`, merged and sorted. */
export function formRanges(text: string, forms: string[]): Range[] {
  const { key: norm, map } = searchKeyWithMap(text);
  const found: Range[] = [];
  const mark = (needle: string) => {
    let hit = false;
    if (!needle) return hit;
    for (let i = norm.indexOf(needle); i >= 0; i = norm.indexOf(needle, i + needle.length)) {
      found.push([map[i], map[i + needle.length - 1] + 1 + extra(text, map[i + needle.length - 1])]);
      hit = true;
    }
    return hit;
  };
  for (const f of forms) mark(f);
  found.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Extra UTF-16 units of a surrogate pair at `i`, so a range never splits a character. */
function extra(text: string, i: number): number {
  const c = text.codePointAt(i) ?? 0;
  return c > 0xffff ? 1 : 0;
}

/** A window of about `max` chars around the first match (or `at`), with ranges shifted into it. */
export function excerptAround(text: string, ranges: Range[], max = 110, at?: number): { text: string; ranges: Range[] } {
  if (text.length <= max) return { text, ranges };
  const first = at ?? ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - 20, text.length - max));
  const end = Math.min(text.length, start + max);
  const pre = start > 0 ? '…' : '';
  const post = end < text.length ? '…' : '';
  const shifted = ranges
    .filter(([a, b]) => b > start && a < end)
    .map(([a, b]): Range => [Math.max(a, start) - start + pre.length, Math.min(b, end) - start + pre.length]);
  return { text: pre + text.slice(start, end) + post, ranges: shifted };
}
