// How well one query part is found in one clause (normalized text): exactly, through an everyday
// word's plan terms, with one wrong, missing or extra character, or only in part. Pure.
import { bigrams } from '../text.ts';
import type { Homophones } from './homophones.ts';
import type { Part, Term } from './query.ts';

/** How a part or term was found, best first. */
export type MatchKind = 'exact' | 'expanded' | 'homophone' | 'typo' | 'partial' | 'none';

/** A found occurrence: [start, end) in the normalized text (code units). */
export type Span = [number, number];

export interface PartMatch {
  kind: MatchKind;
  /** 0..1: how much the part counts as found (see QUALITY). */
  quality: number;
  /** Where its words are, for proximity and highlighting (empty for partial and none). */
  spans: Span[];
  /** The text's own words that matched (plan terms, corrected spellings), for highlighting. */
  forms: string[];
}

/** Credit of each way of matching. Exact is the unit. An everyday word's plan term is what the user
 * meant, but not what they typed, so it ranks below any exact match of the same length (0.8). A
 * homophone is the commonest slip of pinyin input (0.75); another wrong, missing or extra character
 * is less sure (0.65). Partial credit is 0.6·coverage² of the part's bigrams, as before. */
export const QUALITY: Record<Exclude<MatchKind, 'partial' | 'none'>, number> = { exact: 1, expanded: 0.8, homophone: 0.75, typo: 0.65 };

/** Less credit per place down an everyday word's list of plan terms (at most 4 places): the first
 * term is what the word means most closely; small, so any plan term still beats a homophone. */
export const ALT_STEP = 0.01;

/** Share of a part's bigrams that a partial match needs to count as found: two in three. */
export const PARTIAL_FOUND = 2 / 3;

/** A part counts as found in a clause from this quality on (a partial match at PARTIAL_FOUND; the
 * epsilon keeps 2/3 coverage from falling below it by rounding). */
export const FOUND = 0.6 * PARTIAL_FOUND ** 2 - 1e-9;

/** All occurrences of needle in text. */
export function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

/** Smallest window holding one span of each list: [start, end], or null when a list is empty. */
export function minWindow(lists: Span[][]): Span | null {
  if (!lists.length || lists.some((l) => !l.length)) return null;
  // At most 50 occurrences per list: enough for any clause, and the scan stays small.
  const all = lists.flatMap((l, k) => l.slice(0, 50).map((s) => ({ s, k }))).sort((x, y) => x.s[0] - y.s[0]);
  const count = new Array<number>(lists.length).fill(0);
  let have = 0;
  let best: Span | null = null;
  let lo = 0;
  for (let hi = 0; hi < all.length; hi++) {
    if (count[all[hi].k]++ === 0) have++;
    while (have === lists.length) {
      let end = 0;
      for (let i = lo; i <= hi; i++) end = Math.max(end, all[i].s[1]);
      if (!best || end - all[lo].s[0] < best[1] - best[0]) best = [all[lo].s[0], end];
      if (--count[all[lo].k] === 0) have--;
      lo++;
    }
  }
  return best;
}

/** A list of keys found together (an everyday word's plan term 'a b'): the tightest window, or null. */
function together(text: string, keys: string[]): { spans: Span[]; window: Span } | null {
  const lists = keys.map((k) => occurrences(text, k));
  const w = minWindow(lists);
  if (!w) return null;
  return { spans: lists.flatMap((l) => l.filter(([a, b]) => a >= w[0] && b <= w[1])), window: w };
}

/** Code points of a string (keys are BMP in practice, but never split a pair). */
const cps = (s: string) => [...s];

/** One wrong character (homophone or not), or one missing or extra one, for parts of 3+ characters;
 * for 2-character parts only a homophone. Best occurrence first: homophone, then typo. */
export function nearMatch(text: string, key: string, h: Homophones | null): { kind: 'homophone' | 'typo'; span: Span; form: string } | null {
  const p = cps(key);
  const n = p.length;
  if (n < 2) return null;
  const t = cps(text);
  let typo: { span: Span; form: string } | null = null;
  // One character differs (substitution): a homophone beats any other character.
  for (let j = 0; j + n <= t.length; j++) {
    let diff = -1;
    let ok = true;
    for (let i = 0; i < n; i++) {
      if (t[j + i] === p[i]) continue;
      if (diff >= 0) { ok = false; break; }
      diff = i;
    }
    if (!ok || diff < 0) continue;
    const span = unitSpan(t, j, j + n);
    const form = t.slice(j, j + n).join('');
    // A two-character homophone must be a word of the text, not the end of one word and the start of
    // the next (医美 is not 工艺|美术).
    if (h?.same(t[j + diff], p[diff]) && (n > 2 || atWordEdges(text, span))) return { kind: 'homophone', span, form };
    if (n >= 3 && !typo) typo = { span, form };
  }
  if (n >= 3) {
    // One character missing from the query: the text has one more inside it.
    for (let i = 1; i < n && !typo; i++) {
      const left = p.slice(0, i).join('');
      const right = p.slice(i).join('');
      for (const [a] of occurrences(text, left)) {
        const at = a + left.length;
        const next = text.codePointAt(at);
        if (next === undefined) continue;
        const skip = next > 0xffff ? 2 : 1;
        if (text.startsWith(right, at + skip)) { typo = { span: [a, at + skip + right.length], form: text.slice(a, at + skip + right.length) }; break; }
      }
    }
    // One character too many in the query (only for 4+, so that at least 3 remain).
    for (let i = 0; i < n && n >= 4 && !typo; i++) {
      const rest = [...p.slice(0, i), ...p.slice(i + 1)].join('');
      const o = occurrences(text, rest)[0];
      if (o) typo = { span: o, form: rest };
    }
  }
  return typo ? { kind: 'typo', ...typo } : null;
}

let segmenter: Intl.Segmenter | null | undefined;

/** True when span starts and ends at word boundaries of the text (Intl.Segmenter, as the browser and
 * Node segment Chinese); true where no segmenter exists. */
export function atWordEdges(text: string, [a, b]: Span): boolean {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return true;
  const from = Math.max(0, a - 8);
  const edges = new Set<number>();
  for (const s of segmenter.segment(text.slice(from, b + 8))) {
    edges.add(from + s.index);
    edges.add(from + s.index + s.segment.length);
  }
  return edges.has(a) && edges.has(b);
}

/** [start, end) in code units of code points j..k of t. */
function unitSpan(t: string[], j: number, k: number): Span {
  let a = 0;
  for (let i = 0; i < j; i++) a += t[i].length;
  let b = a;
  for (let i = j; i < k; i++) b += t[i].length;
  return [a, b];
}

/** Share of a key's bigrams found in the text. */
export function coverage(key: string, text: string): number {
  const bs = bigrams(key);
  if (!bs.length) return 0;
  let n = 0;
  for (const b of bs) if (text.includes(b)) n++;
  return n / bs.length;
}

const NONE: PartMatch = { kind: 'none', quality: 0, spans: [], forms: [] };

/** How one term is found: exactly, through its plan terms, or near (typo/homophone). */
export function matchTerm(text: string, term: Term, h: Homophones | null): PartMatch {
  const exact = occurrences(text, term.key);
  if (exact.length) return { kind: 'exact', quality: QUALITY.exact, spans: exact, forms: [term.key] };
  // An everyday word that was itself misspelt is searched for through its plan terms only. The plan
  // terms are listed closest first (网购 → 网络交易 before 电商), so a later one counts a little less.
  let best: { spans: Span[]; window: Span; keys: string[]; q: number } | null = null;
  term.alts.forEach((alt, k) => {
    const m = together(text, alt);
    const q = QUALITY.expanded - ALT_STEP * Math.min(k, 4);
    if (m && (!best || q > best.q || (q === best.q && m.window[1] - m.window[0] < best.window[1] - best.window[0]))) best = { ...m, keys: alt, q };
  });
  if (best) {
    const b = best as { spans: Span[]; keys: string[]; q: number };
    return { kind: 'expanded', quality: b.q, spans: b.spans, forms: b.keys };
  }
  // A plain fragment between everyday words is matched exactly only; near spellings are for the
  // whole part (matchPart) and for everyday words.
  if (!term.alts.length) return NONE;
  const near = nearMatch(text, term.key, h);
  if (near) return { kind: near.kind, quality: QUALITY[near.kind], spans: [near.span], forms: [near.form] };
  return NONE;
}

/** How one typed part is found: whole and exact, else term by term (weighted by length, never
 * above an exact match), else near as a whole, else by bigram coverage. */
export function matchPart(text: string, part: Part, h: Homophones | null): PartMatch {
  const exact = occurrences(text, part.key);
  if (exact.length) return { kind: 'exact', quality: QUALITY.exact, spans: exact, forms: [part.key] };
  let best: PartMatch = NONE;
  if (part.terms.length > 1 || part.terms[0].alts.length) {
    const ms = part.terms.map((t) => matchTerm(text, t, h));
    const w = part.terms.map((t) => t.key.length);
    const total = w.reduce((a, b) => a + b, 0);
    // A term that is not found costs its share; the part as a whole stays below an exact match.
    let q = ms.reduce((a, m, i) => a + m.quality * w[i], 0) / total;
    if (ms.every((m) => m.kind === 'exact')) q = QUALITY.expanded;
    else q = Math.min(q, QUALITY.expanded);
    const kind: MatchKind = ms.some((m) => m.kind === 'expanded') ? 'expanded' : ms.every((m) => m.quality > 0) ? 'typo' : 'partial';
    const found = ms.filter((m) => m.quality > 0);
    const window = minWindow(found.map((m) => m.spans));
    // Terms far apart count less: the part was typed as one word.
    const span = window ? window[1] - window[0] : 0;
    const len = found.reduce((a, m) => a + (m.spans[0][1] - m.spans[0][0]), 0);
    if (found.length > 1 && span > 0) q *= 0.7 + 0.3 * Math.min(1, len / span);
    best = { kind, quality: q, spans: found.flatMap((m) => (window ? m.spans.filter(([a, b]) => a >= window[0] && b <= window[1]) : m.spans)), forms: found.flatMap((m) => m.forms) };
  }
  const near = nearMatch(text, part.key, h);
  if (near && QUALITY[near.kind] > best.quality) best = { kind: near.kind, quality: QUALITY[near.kind], spans: [near.span], forms: [near.form] };
  const c = coverage(part.key, text);
  const partial = 0.6 * c * c;
  if (partial > best.quality) best = { kind: 'partial', quality: partial, spans: [], forms: [] };
  return best;
}
