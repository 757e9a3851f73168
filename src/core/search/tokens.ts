// Index terms: every normalized character pair, written as ASCII so that neither Pagefind's jieba
// (indexing) nor Intl.Segmenter (browser query) can re-split them; both sides produce the same terms.

/** Fixed-width 3-char base36 code of one normalized char (36^3 > CJK range; larger code points fold). */
export function charCode(c: string): string {
  const cp = c.codePointAt(0)! % 46656;
  return cp.toString(36).padStart(3, '0');
}

/** Units of a normalized string as code-point chars. */
function chars(norm: string): string[] {
  return [...norm];
}

/** Index terms of a normalized clause text, in text order: the bigram at each position, and the
 * last char alone so that one-char queries reach the end of the text too. */
export function indexTerms(norm: string): string[] {
  const cs = chars(norm).map(charCode);
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
  if (cs.length) out.push(cs[cs.length - 1]);
  return out;
}

/** Query terms for one normalized query part: its bigrams (deduplicated), or the single char code
 * which Pagefind prefix-matches against all bigrams starting with that char. */
export function partTerms(part: string): string[] {
  const cs = chars(part).map(charCode);
  if (cs.length === 1) return cs;
  const out = new Set<string>();
  for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i] + cs[i + 1]);
  return [...out];
}

/** Offsets (in chars) of the bigrams a query part looks up in Pagefind: every other bigram plus
 * the last, so each char of the part is covered by one lookup term. Fewer distinct terms mean fewer
 * index chunks to fetch; the skipped bigrams are checked on the clause text when re-ranking. */
export function lookupOffsets(n: number): number[] {
  if (n < 2) return n ? [0] : [];
  const out: number[] = [];
  for (let i = 0; i + 1 < n; i += 2) out.push(i);
  if (out[out.length - 1] !== n - 2) out.push(n - 2);
  return out;
}

/** Lookup terms of one normalized query part with their char offsets (see lookupOffsets). */
export function lookupTerms(part: string): { term: string; at: number }[] {
  const cs = chars(part).map(charCode);
  if (cs.length === 1) return [{ term: cs[0], at: 0 }];
  return lookupOffsets(cs.length).map((i) => ({ term: cs[i] + cs[i + 1], at: i }));
}
