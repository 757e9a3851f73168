// What a typed query asks for: its parts (split where the user typed spaces, as search keys), each
// cut into terms at the everyday words of the vocabulary (网购投诉 → 网购 | 投诉), each everyday word
// with the plan terms it stands for (网购 → 网络交易, 电商 …). Pure and browser-safe.
import { searchKey } from '../text.ts';
import { GENERAL, TOPICS, type Everyday } from '../vocabulary.ts';
import type { Homophones } from './homophones.ts';
import { atWordEdges } from './match.ts';

/** Longest query the engine reads (characters as typed); longer input is cut, and the page says so. */
export const MAX_QUERY_CHARS = 100;
/** Most parts (space-separated words) read; more would only slow the lookup. */
export const MAX_PARTS = 8;
/** Longest part read, as a search key: beyond it a part is a pasted passage, not a query. */
export const MAX_PART_CHARS = 40;

/** One term of a part: its key and, for an everyday word, the plan terms it stands for. */
export interface Term {
  key: string;
  /** Plan-term alternatives, each a list of search keys to be found together. */
  alts: string[][];
  /** The everyday word of the vocabulary this term was read as (differs from key for a typo). */
  via?: string;
}

/** One typed part. */
export interface Part {
  /** As typed (for messages). */
  typed: string;
  /** Search key of the whole part. */
  key: string;
  /** The part cut at everyday words; a single term when it holds none. */
  terms: Term[];
}

export interface QueryPlan {
  parts: Part[];
  /** True when the input was longer than MAX_QUERY_CHARS (or had more parts than MAX_PARTS) and was cut. */
  cut: boolean;
}

interface Entry { key: string; alts: string[][] }
let entries: Map<string, Entry> | null = null;

/** Everyday words as search keys → plan-term alternatives (each a list of keys); built once. */
export function everydayIndex(): Map<string, Entry> {
  if (entries) return entries;
  entries = new Map();
  const add = (e: Everyday) => {
    const alts = e.plan.map((p) => p.split(/\s+/).map(searchKey).filter(Boolean));
    for (const s of e.say) {
      const key = searchKey(s);
      const old = entries!.get(key);
      if (old) old.alts.push(...alts);
      else entries!.set(key, { key, alts: [...alts] });
    }
  };
  for (const t of TOPICS) t.everyday.forEach(add);
  GENERAL.forEach(add);
  return entries;
}

/** Cuts a part's key at the everyday words it holds (longest first, left to right); a one-char
 * everyday word only counts as the whole part, so 公平秤 is not read as 公平 + 秤. */
export function segment(key: string, index = everydayIndex()): Term[] {
  const cs = [...key];
  const terms: Term[] = [];
  let plain = '';
  const maxLen = Math.min(cs.length, 8);
  for (let i = 0; i < cs.length; ) {
    let hit: Entry | null = null;
    let len = 0;
    for (let n = maxLen; n >= 2 && !hit; n--) {
      if (i + n > cs.length) continue;
      const e = index.get(cs.slice(i, i + n).join(''));
      if (e && wordOf(cs, i, n)) { hit = e; len = n; }
    }
    if (!hit) { plain += cs[i]; i++; continue; }
    if (plain) terms.push({ key: plain, alts: [] });
    plain = '';
    terms.push({ key: hit.key, alts: hit.alts, via: hit.key });
    i += len;
  }
  if (plain) terms.push({ key: plain, alts: [] });
  if (!terms.length) return [{ key, alts: [] }];
  if (terms.length === 1 && !terms[0].alts.length) {
    const one = index.get(key);
    if (one) return [{ key, alts: one.alts, via: key }];
  }
  return terms;
}

/** True when chars i..i+n of a part are the whole part or a word of it (Intl.Segmenter): 行车 is not
 * read inside 自行车. */
function wordOf(cs: string[], i: number, n: number): boolean {
  if (n === cs.length) return true;
  const before = cs.slice(0, i).join('').length;
  const word = cs.slice(i, i + n).join('').length;
  return atWordEdges(cs.join(''), [before, before + word]);
}

/** Reads a query: cut to MAX_QUERY_CHARS and MAX_PARTS, split at spaces, keyed, cut into terms. */
export function planQuery(query: string): QueryPlan {
  const chars = [...query];
  let cut = chars.length > MAX_QUERY_CHARS;
  const typed = (cut ? chars.slice(0, MAX_QUERY_CHARS).join('') : query).split(/[\s\u3000]+/u).filter((p) => searchKey(p));
  if (typed.length > MAX_PARTS) cut = true;
  const parts = typed.slice(0, MAX_PARTS).map((t): Part => {
    const key = [...searchKey(t)].slice(0, MAX_PART_CHARS).join('');
    return { typed: t, key, terms: segment(key) };
  });
  return { parts, cut };
}

/** True when a and b (same length) differ in at most one character, and that one is a homophone or,
 * for words of 3+ characters, any character. */
export function nearWord(a: string[], b: string[], h: Homophones): boolean {
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff < 0 || h.same(a[diff], b[diff]) || a.length >= 3;
}

/** Parts with misspelt everyday words read as the word (保建品 → 保健品 → 保健食品): a plain term
 * holding a near spelling of one is cut there, as segment() cuts at an exact one. */
export function respell(parts: Part[], h: Homophones, index = everydayIndex()): Part[] {
  const words = [...index.values()].map((e) => ({ e, cs: [...e.key] })).filter((w) => w.cs.length >= 2).sort((x, y) => y.cs.length - x.cs.length);
  const fix = (t: Term): Term[] => {
    if (t.alts.length) return [t];
    const cs = [...t.key];
    for (const w of words) {
      for (let i = 0; i + w.cs.length <= cs.length; i++) {
        if (!nearWord(cs.slice(i, i + w.cs.length), w.cs, h) || !wordOf(cs, i, w.cs.length)) continue;
        const before = cs.slice(0, i).join('');
        const after = cs.slice(i + w.cs.length).join('');
        return [
          ...(before ? fix({ key: before, alts: [] }) : []),
          { key: cs.slice(i, i + w.cs.length).join(''), alts: w.e.alts, via: w.e.key },
          ...(after ? fix({ key: after, alts: [] }) : []),
        ];
      }
    }
    return [t];
  };
  return parts.map((p) => ({ ...p, terms: p.terms.flatMap(fix) }));
}
