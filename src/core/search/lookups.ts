// The Pagefind lookups a query needs: the strict one (every part), one per everyday word's plan
// term, and, when those are weak, lookups that tolerate one wrong character. Each lookup is a list
// of keys that must all be present (Pagefind ANDs its terms). Pure.
import { lookupTerms } from './tokens.ts';
import type { Homophones } from './homophones.ts';
import type { Part } from './query.ts';

/** A Pagefind lookup: its term string, the phrase offsets of each key, and how much its hits count
 * in the candidate pre-order. */
export interface Lookup {
  terms: string;
  offsets: number[][];
  factor: number;
}

/** Pre-order factor of candidates found through an everyday word's plan terms: below the strict
 * lookup's, as their score is (QUALITY.expanded). */
export const EXPANDED_FACTOR = 0.8;
/** Pre-order factor of candidates of the tolerant lookups (as the relaxed search had). */
export const NEAR_FACTOR = 0.5;
/** Most lookups of each stage: each is a Pagefind call and may fetch an index chunk. */
export const MAX_EXPANSIONS = 8;
export const MAX_NEAR = 12;

/** Pagefind term string and phrase offsets for keys that must all be found. */
export function lookupQuery(keys: string[], factor = 1): Lookup {
  const lts = keys.filter(Boolean).map(lookupTerms);
  return { terms: [...new Set(lts.flat().map((t) => t.term))].join(' '), offsets: lts.map((l) => l.map((t) => t.at)), factor };
}

/** Most lookup terms of one key found at their offsets from one common start: a phrase test on
 * the matched word positions that needs no download (positions are not labelled by term, so this
 * is an upper bound). */
export function alignedTerms(words: number[], offsets: number[]): number {
  if (!words.length || !offsets.length) return 0;
  const set = new Set(words);
  let best = 0;
  for (const x of set) {
    for (const a of offsets) {
      const start = x - a;
      let n = 0;
      for (const b of offsets) if (set.has(start + b)) n++;
      if (n > best) best = n;
      if (best === offsets.length) return best;
    }
  }
  return best;
}

/** The strict lookup: every part's whole key. */
export function strictLookup(parts: Part[]): Lookup {
  return lookupQuery(parts.map((p) => p.key));
}

/** Keys of all parts with part i replaced by the given keys (the others by `base`, else their key). */
function replacing(parts: Part[], i: number, keys: string[], base?: string[][]): string[] {
  return parts.flatMap((p, k) => (k === i ? keys : base?.[k] ?? [p.key]));
}

/** One lookup per plan term of each everyday word (the word replaced, the rest of its part kept),
 * first alternatives of every word first, at most MAX_EXPANSIONS. */
export function expansionLookups(parts: Part[]): Lookup[] {
  const out: Lookup[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < 4; round++) {
    parts.forEach((p, i) => p.terms.forEach((t, j) => {
      const alt = t.alts[round];
      if (!alt) return;
      const keys = [...p.terms.slice(0, j).map((x) => x.key), ...alt, ...p.terms.slice(j + 1).map((x) => x.key)];
      const l = lookupQuery(replacing(parts, i, keys), EXPANDED_FACTOR);
      if (!seen.has(l.terms)) { seen.add(l.terms); out.push(l); }
    }));
  }
  return out.slice(0, MAX_EXPANSIONS);
}

/** Lookups for parts not found well, cheapest first: with several parts, each part alone; then for a
 * key of 3+ characters, the key without each character in turn (so one wrong, missing or extra
 * character still leaves both sides to find). The other parts as `base` gives them (their key or
 * the plan term they were found as). At most MAX_NEAR. */
export function nearLookups(parts: Part[], weak: boolean[], base?: string[][]): Lookup[] {
  const out: Lookup[] = [];
  const seen = new Set<string>();
  const add = (keys: string[]) => {
    const l = lookupQuery(keys, NEAR_FACTOR);
    if (l.terms && !seen.has(l.terms)) { seen.add(l.terms); out.push(l); }
  };
  if (parts.length > 1) parts.forEach((p, k) => add(base?.[k] ?? [p.key]));
  parts.forEach((p, i) => {
    if (!weak[i]) return;
    const cs = [...p.key];
    if (cs.length < 3) return;
    // Long keys: drop one character near each quarter instead of each one.
    const at = cs.length <= 8 ? cs.map((_, k) => k) : [...new Set([0, 1, 2, 3, 4].map((q) => Math.min(cs.length - 1, Math.round((q * (cs.length - 1)) / 4))))];
    for (const k of at) add(replacing(parts, i, [cs.slice(0, k).join(''), cs.slice(k + 1).join('')].filter((s) => s.length >= 1), base));
  });
  return out.slice(0, MAX_NEAR);
}

/** Homophones tried per character of a two-character key (the most common ones: GB2312 puts its
 * common level first); each is a Pagefind call. */
export const HOMOPHONES_PER_CHAR = 6;

/** Lookups of a weak two-character key through the homophones of each of its characters (电悌 →
 * 电梯), the other parts as `base` gives them; run only when the cheaper lookups found nothing. */
export function homophoneLookups(parts: Part[], weak: boolean[], h: Homophones, base?: string[][]): Lookup[] {
  const out: Lookup[] = [];
  parts.forEach((p, i) => {
    const cs = [...p.key];
    if (!weak[i] || cs.length !== 2) return;
    for (let k = 0; k < 2; k++) {
      for (const c of h.like(cs[k]).slice(0, HOMOPHONES_PER_CHAR)) out.push(lookupQuery(replacing(parts, i, [k ? cs[0] + c : c + cs[1]], base), NEAR_FACTOR));
    }
  });
  return out;
}
