// The one text toolkit. Every comparison in the project folds text with `foldChar` (NFKC width
// folding, lower case, Traditional → Simplified), then keeps what its purpose needs:
//   searchKey   letters and digits only: search index and queries, clause similarity, term matching;
//   nameKey     titles and names: whitespace, 《》 and quote marks dropped, dashes unified;
//   displayName a name as shown: whitespace dropped, brackets full-width (no folding).
// Browser-safe: no node: imports.
import { T2S_PAIRS } from './t2s-table.ts';

let t2s: Map<string, string> | null = null;
const folded = new Map<string, string>();
const keyed = new Map<string, string>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function t2sMap(): Map<string, string> {
  if (!t2s) {
    t2s = new Map();
    const cps = [...T2S_PAIRS];
    for (let i = 0; i + 1 < cps.length; i += 2) t2s.set(cps[i], cps[i + 1]);
  }
  return t2s;
}

/** One source character folded: width (NFKC), case and script (Traditional → Simplified). */
export function foldChar(c: string): string {
  let out = folded.get(c);
  if (out !== undefined) return out;
  const map = t2sMap();
  out = '';
  for (const x of c.normalize('NFKC').toLowerCase()) out += map.get(x) ?? x;
  folded.set(c, out);
  return out;
}

/** Text folded character by character (same length in code points, except where NFKC expands). */
export function fold(text: string): string {
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

/** Search key of one source character (may be '' or several chars): the unit of all matching. */
export function searchKeyChar(c: string): string {
  let out = keyed.get(c);
  if (out !== undefined) return out;
  out = '';
  for (const x of foldChar(c)) if (LETTER_OR_DIGIT.test(x)) out += x;
  keyed.set(c, out);
  return out;
}

/** Text reduced to folded letters and digits, so punctuation, width and script cannot block a match. */
export function searchKey(text: string): string {
  let out = '';
  for (const c of text) out += searchKeyChar(c);
  return out;
}

/** Search key plus, for each of its UTF-16 units, the source offset it came from, so that a match
 * found in the key can be highlighted in the original text. */
export function searchKeyWithMap(text: string): { key: string; map: number[] } {
  let key = '';
  const map: number[] = [];
  let i = 0;
  for (const c of text) {
    const n = searchKeyChar(c);
    for (let k = 0; k < n.length; k++) map.push(i);
    key += n;
    i += c.length;
  }
  map.push(i);
  return { key, map };
}

/** A query split where the user typed spaces (each part must match on its own), as search keys. */
export function queryParts(query: string): string[] {
  return query
    .split(/[\s\u3000]+/u)
    .map(searchKey)
    .filter((p) => p.length > 0);
}

/** Key under which spellings of one title or name merge: folded, no whitespace, 《》〈〉<> or quote
 * marks, every dash written '-' (《溧阳市"十四五"…规划 》 and 《溧阳市“十四五”…规划》 are one). */
export function nameKey(s: string): string {
  return fold(s)
    .replace(/[\s《》〈〉<>"'“”‘’「」『』]/g, '')
    .replace(/[‐‑‒–—―－~～]/g, '-');
}

/** A name as displayed and merged for bodies: no whitespace, half-width brackets made full-width. */
export function displayName(s: string): string {
  return s.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** Trims every kind of space a Chinese document carries (ASCII, U+3000, NBSP, stray BOM). */
export function trimSpace(s: string): string {
  return s.replace(EDGE_SPACE, '');
}

/** Text with all whitespace removed (table cells whose words were broken over lines). */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Character bigrams of a key in order, with repeats; a one-character key yields itself. */
export function bigrams(key: string): string[] {
  const cs = Array.from(key);
  if (cs.length < 2) return cs;
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
  return out;
}

/** Dice coefficient of two keys' bigram sets: robust for short names such as indicators. */
export function diceBigrams(a: string, b: string): number {
  const A = new Set(bigrams(a));
  const B = new Set(bigrams(b));
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const g of A) if (B.has(g)) n++;
  return (2 * n) / (A.size + B.size);
}

/** A preview of text: whitespace collapsed, at most `max` characters, '…' when cut. */
export function preview(s: string, max = 80): string {
  const cs = Array.from(s.replace(/\s+/g, ' ').trim());
  return cs.length <= max ? cs.join('') : cs.slice(0, max - 1).join('') + '…';
}

/** The space shown between a division label and its title, as print sets it: none after 、, a
 * closing bracket, a colon or a dash (一、总体要求, （一）指导思想, ——加强…); one after 第X章/节/条,
 * 专栏N and arabic numbers (第一章 总则, 专栏3 重点工程, 1. 坚持…). */
export function labelGap(label: string): string {
  return label && !/[、）)】〕：:—]$/.test(label) ? ' ' : '';
}
