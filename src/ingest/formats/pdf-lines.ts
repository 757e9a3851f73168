// Text items → visual lines: items on one baseline, left to right, split into chunks where a gap wider
// than a character and a half separates them (table cells, columns).
import type { PdfItem } from './pdf-content.ts';

/** A stretch of a line with no wide gap in it. */
export interface Chunk {
  x0: number;
  x1: number;
  text: string;
  items: PdfItem[];
}

export interface PdfLine {
  page: number;
  /** Baseline. */
  y: number;
  x0: number;
  x1: number;
  /** Font size of most of the line. */
  size: number;
  chunks: Chunk[];
  /** The line's text: chunks joined by a space. */
  text: string;
}

/** A space between two Chinese characters or full-width marks: pdf.js adds one where justification
 * or a bracket's side bearing widens the gap, and Chinese text does not type them. */
const WIDE_GAP = /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** Joins the text of two lines of one paragraph: a word of Latin letters or digits broken at the line
 * end needs a space back; Chinese needs none. */
export function joinRuns(a: string, b: string): string {
  return a + (LATIN_END.test(a) && LATIN_START.test(b) && /[A-Za-z]/.test(a.slice(-1) + b[0]) ? ' ' : '') + b;
}

/** Groups a page's items into lines, top to bottom (lines of spaces alone are dropped). */
export function toPdfLines(items: PdfItem[], page: number): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of sorted) {
    const g = groups.find((grp) => Math.abs(grp[0].y - it.y) <= Math.min(grp[0].size, it.size) * 0.4);
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => lineOf(g, page)).filter((l) => l.chunks.length > 0).sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

/** One line from the items on its baseline. */
export function lineOf(items: PdfItem[], page: number): PdfLine {
  const its = [...items].sort((a, b) => a.x - b.x);
  const sizes = new Map<number, number>();
  for (const it of its) sizes.set(Math.round(it.size * 2) / 2, (sizes.get(Math.round(it.size * 2) / 2) ?? 0) + it.text.length);
  const size = [...sizes].sort((a, b) => b[1] - a[1])[0][0];
  const chunks: Chunk[] = [];
  let spaces = '';
  for (const it of its) {
    // A run of spaces separates the runs around it; it is not a run of its own.
    if (it.text.trim() === '') {
      spaces = it.text.replace(/[^ \u3000]/g, ' ').slice(0, 4);
      continue;
    }
    const last = chunks[chunks.length - 1];
    const gap = last ? it.x - last.x1 : Infinity;
    if (spaces) it.spaceBefore = spaces;
    if (last && gap <= size * 1.5) {
      last.text += spaces + it.text;
      last.x1 = Math.max(last.x1, it.x + it.width);
      last.items.push(it);
    } else {
      chunks.push({ x0: it.x, x1: it.x + it.width, text: it.text, items: [it] });
    }
    spaces = '';
  }
  if (chunks.length === 0) return { page, y: its[0].y, x0: its[0].x, x1: its[0].x, size, chunks, text: '' };
  for (const c of chunks) c.text = c.text.replace(WIDE_GAP, '$1').trim();
  const y = its.reduce((m, it) => (it.size >= size * 0.9 ? Math.min(m, it.y) : m), Infinity);
  return { page, y: Number.isFinite(y) ? y : its[0].y, x0: chunks[0].x0, x1: Math.max(...chunks.map((c) => c.x1)), size, chunks, text: chunks.map((c) => c.text).join(' ') };
}
