// Ruled tables rebuilt from a page's drawing: the rules that meet form a grid, a missing rule between
// two grid cells merges them (rowspan/colspan), and each text item goes to the cell it stands in. A
// grid whose merged cells are not rectangles, or with text straddling its cells, is not reliable.
import type { CellHint } from '../source.ts';
import type { PdfItem, PdfRule } from './pdf-content.ts';
import type { PdfLine } from './pdf-lines.ts';

interface Segment {
  /** Position across the segment (y of a horizontal rule, x of a vertical one). */
  at: number;
  /** Extent along it. */
  a: number;
  b: number;
}

export interface PdfTable {
  page: number;
  /** Top and bottom of the grid (y). */
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Grid column edges, left to right (to join a table continued on the next page). */
  columns: number[];
  rows: CellHint[][];
  /** Lines whose text is in the table. */
  lines: Set<PdfLine>;
  /** False when the grid could not be read as rows and cells; its lines are then published as text. */
  reliable: boolean;
}

const TOL = 1.5;

/** Joins segments on one line that touch or overlap. */
function mergeSegments(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.at - s.at) <= TOL && s.a <= last.b + TOL) last.b = Math.max(last.b, s.b);
    else out.push({ ...s });
  }
  return out;
}

/** Distinct positions, each cluster of nearby ones as their mean. */
function cluster(values: number[]): number[] {
  const out: number[][] = [];
  for (const v of [...values].sort((p, q) => p - q)) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** True when a segment of the list covers most of [a, b] at position at. */
function covered(segs: Segment[], at: number, a: number, b: number): boolean {
  return segs.some((s) => Math.abs(s.at - at) <= TOL && Math.min(s.b, b) - Math.max(s.a, a) >= 0.8 * (b - a));
}

/** Groups of rules that meet: one group per drawn grid. */
function grids(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const all = [...h.map((s) => ({ s, horizontal: true })), ...v.map((s) => ({ s, horizontal: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const H = h[i];
      const V = v[j];
      if (V.at >= H.a - 2 && V.at <= H.b + 2 && H.at >= V.a - 2 && H.at <= V.b + 2) parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((x, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (x.horizontal ? g.h : g.v).push(x.s);
    groups.set(find(i), g);
  });
  return [...groups.values()];
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** A run that crosses column edges, cut into the pieces that fall into each column: pdf.js merges the
 * texts of neighbouring cells into one run when little space separates them. Character positions are
 * estimated from the run's width, Chinese characters counting twice as wide as Latin ones. */
export function splitAtEdges(it: PdfItem, xs: number[]): PdfItem[] {
  const inner = xs.slice(1, -1).filter((x) => x > it.x + 1 && x < it.x + it.width - 1);
  if (inner.length === 0) return [it];
  const chars = [...it.text];
  const weights = chars.map((c) => (WIDE.test(c) ? 1 : 0.5));
  const unit = it.width / weights.reduce((a, b) => a + b, 0);
  const pieces: PdfItem[] = [];
  let x = it.x;
  let cur: PdfItem | null = null;
  chars.forEach((c, i) => {
    const w = weights[i] * unit;
    const col = inner.filter((e) => x + w / 2 > e).length;
    if (c.trim() === '') {
      x += w;
      return;
    }
    if (!cur || (cur as PdfItem & { col: number }).col !== col) {
      cur = { text: '', x, y: it.y, width: 0, size: it.size, col } as PdfItem & { col: number };
      pieces.push(cur);
    }
    cur.text += c;
    cur.width += w;
    x += w;
  });
  // The estimate is rough: a piece keeps within its column.
  return pieces.map((p) => {
    const col = (p as PdfItem & { col: number }).col;
    const x0 = Math.max(p.x, col > 0 ? inner[col - 1] : -Infinity);
    const x1 = Math.min(p.x + p.width, col < inner.length ? inner[col] : Infinity);
    return { text: p.text, x: x0, y: p.y, width: Math.max(0, x1 - x0), size: p.size };
  });
}

/** The ruled tables of a page (lines top to bottom). */
export function findTables(rules: PdfRule[], lines: PdfLine[], page: number): PdfTable[] {
  const h = mergeSegments(rules.filter((r) => r.y1 - r.y0 <= r.x1 - r.x0).map((r) => ({ at: (r.y0 + r.y1) / 2, a: r.x0, b: r.x1 })));
  const v = mergeSegments(rules.filter((r) => r.y1 - r.y0 > r.x1 - r.x0).map((r) => ({ at: (r.x0 + r.x1) / 2, a: r.y0, b: r.y1 })));
  const out: PdfTable[] = [];
  for (const g of grids(h, v)) {
    const xs = cluster(g.v.map((s) => s.at));
    const ys = cluster(g.h.map((s) => s.at)).reverse();
    // Two columns and two rows at least; a single frame is a box around text, not a table.
    if (xs.length < 3 || ys.length < 3) continue;
    out.push(readGrid(xs, ys, g.h, g.v, lines, page));
  }
  return out;
}

/** Reads the cells of one grid. */
function readGrid(xs: number[], ys: number[], h: Segment[], v: Segment[], lines: PdfLine[], page: number): PdfTable {
  const R = ys.length - 1;
  const C = xs.length - 1;
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !covered(v, xs[c + 1], ys[r + 1], ys[r])) parent[find(r * C + c + 1)] = find(r * C + c);
      if (r + 1 < R && !covered(h, ys[r + 1], xs[c], xs[c + 1])) parent[find((r + 1) * C + c)] = find(r * C + c);
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number; n: number }>();
  for (let i = 0; i < R * C; i++) {
    const r = Math.floor(i / C);
    const c = i % C;
    const s = spans.get(find(i)) ?? { r0: r, r1: r, c0: c, c1: c, n: 0 };
    s.r0 = Math.min(s.r0, r); s.r1 = Math.max(s.r1, r); s.c0 = Math.min(s.c0, c); s.c1 = Math.max(s.c1, c); s.n++;
    spans.set(find(i), s);
  }
  let reliable = [...spans.values()].every((s) => s.n === (s.r1 - s.r0 + 1) * (s.c1 - s.c0 + 1));
  // Text items into cells, line by line.
  const cellLines = new Map<number, { line: PdfLine; text: string; x0: number; x1: number; firstChar: number }[]>();
  const used = new Set<PdfLine>();
  const top = ys[0];
  const bottom = ys[R];
  for (const l of lines) {
    if (l.y > top + TOL || l.y < bottom - TOL || l.x1 < xs[0] || l.x0 > xs[C]) continue;
    used.add(l);
    for (const ch of l.chunks) {
      for (const it of ch.items.flatMap((x) => splitAtEdges(x, xs))) {
        const cx = it.x + it.width / 2;
        const cy = it.y + it.size * 0.3;
        const c = xs.findIndex((x, k) => k < C && cx >= x && cx < xs[k + 1]);
        const r = ys.findIndex((y, k) => k < R && cy <= y && cy > ys[k + 1]);
        if (c < 0 || r < 0) {
          reliable = false;
          continue;
        }
        const id = find(r * C + c);
        // A run over the edge of its (merged) cell belongs to no single cell.
        const span = spans.get(id)!;
        if (it.x < xs[span.c0] - TOL || it.x + it.width > xs[span.c1 + 1] + TOL) reliable = false;
        const list = cellLines.get(id) ?? [];
        const cur = list[list.length - 1];
        if (cur && cur.line === l) {
          cur.text += (it.spaceBefore ?? '') + it.text;
          cur.x1 = it.x + it.width;
        } else list.push({ line: l, text: it.text, x0: it.x, x1: it.x + it.width, firstChar: it.width / Math.max(1, [...it.text].length) });
        cellLines.set(id, list);
      }
    }
  }
  // The cell padding: the least space between a cell's left rule and its text (left-aligned cells).
  let pad = Infinity;
  for (const [id, parts] of cellLines) for (const p of parts) pad = Math.min(pad, p.x0 - xs[spans.get(id)!.c0]);
  pad = Number.isFinite(pad) ? Math.max(0, pad) : 0;
  const rows: CellHint[][] = [];
  for (let r = 0; r < R; r++) {
    const row: CellHint[] = [];
    for (let c = 0; c < C; c++) {
      const id = find(r * C + c);
      const s = spans.get(id)!;
      if (s.r0 !== r || s.c0 !== c) continue;
      const limit = xs[s.c1 + 1] - pad;
      const parts = cellLines.get(id) ?? [];
      // A line was wrapped when the next line's first character would not have fitted after it;
      // otherwise the cell has a line break of its own there.
      let text = '';
      parts.forEach((p, k) => {
        const t = p.text.trim();
        if (k === 0) text = t;
        else text += (parts[k - 1].x1 + p.firstChar > limit - 1.5 ? '' : '\n') + t;
      });
      const cell: CellHint = { text };
      if (s.r1 > s.r0) cell.rowspan = s.r1 - s.r0 + 1;
      if (s.c1 > s.c0) cell.colspan = s.c1 - s.c0 + 1;
      row.push(cell);
    }
    rows.push(row);
  }
  return { page, top, bottom, x0: xs[0], x1: xs[C], columns: xs, rows, lines: used, reliable };
}
