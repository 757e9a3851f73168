// One normalization for index and query, in Node and in the browser: what a reader sees as the
// same text must become the same string (width, case, Traditional/Simplified, punctuation, spaces).
import { T2S_PAIRS } from './t2s-table.ts';

let t2s: Map<string, string> | null = null;
const cache = new Map<string, string>();
const KEEP = /[\p{L}\p{N}]/u;

function t2sMap(): Map<string, string> {
  if (!t2s) {
    t2s = new Map();
    const cps = [...T2S_PAIRS];
    for (let i = 0; i + 1 < cps.length; i += 2) t2s.set(cps[i], cps[i + 1]);
  }
  return t2s;
}

/** Normalized form of one source character (may be '' or several chars): the unit of all matching. */
export function normalizeChar(c: string): string {
  let out = cache.get(c);
  if (out !== undefined) return out;
  const map = t2sMap();
  out = '';
  for (const x of c.normalize('NFKC').toLowerCase()) {
    const s = map.get(x) ?? x;
    if (KEEP.test(s)) out += s;
  }
  cache.set(c, out);
  return out;
}

/** Text reduced to letters and digits only, so punctuation, width and script variants cannot block a match. */
export function normalize(text: string): string {
  let out = '';
  for (const c of text) out += normalizeChar(c);
  return out;
}

/** Normalized text plus, for each normalized UTF-16 unit, the source offset it came from: lets a
 * match found in normalized text be highlighted in the original. */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let i = 0;
  for (const c of text) {
    const n = normalizeChar(c);
    for (let k = 0; k < n.length; k++) map.push(i);
    norm += n;
    i += c.length;
  }
  map.push(i);
  return { norm, map };
}

/** Query split where the user typed spaces (each part must match on its own), parts normalized. */
export function queryParts(query: string): string[] {
  return query
    .split(/[\s\u3000]+/u)
    .map(normalize)
    .filter((p) => p.length > 0);
}
