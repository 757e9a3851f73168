// PDF reader: the text layer by position. Running headers, footers and page numbers go; each page is
// read in column order; ruled tables are rebuilt as tables (a table continued on the next page joins
// its first part); lines broken for layout are joined into paragraphs. What cannot be rebuilt
// reliably is published as text with a note. Pure: bytes in, SourceText out.
import { SeedError } from '../decode.ts';
import type { SourceText } from '../source.ts';
import { assemble, type FormatBlock } from './assemble.ts';
import { readPdfPages } from './pdf-content.ts';
import { findGutter, readingOrder } from './pdf-columns.ts';
import { furnitureLines } from './pdf-furniture.ts';
import { lineOf, toPdfLines, type PdfLine } from './pdf-lines.ts';
import { blanksBetween, columnBox, continues, joinLines, type FlowLine } from './pdf-paragraphs.ts';
import { findTables, type PdfTable } from './pdf-tables.ts';

type Flow = { kind: 'line'; fl: FlowLine } | { kind: 'table'; table: PdfTable };

const UNRULED = 'text set in columns without table rules: published as text, not as a table';
const UNRELIABLE = 'a ruled table whose cells could not be rebuilt: published as text, not as a table';

/** Two parts of one table split by a page break: same columns, the second opening its page. */
function sameTable(a: PdfTable, b: PdfTable): boolean {
  return b.page === a.page + 1 && a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - b.columns[i]) <= 2);
}

/** A line's parts on either side of a gutter (the line itself when a run crosses it). */
function splitAtGutter(l: PdfLine, gutter: number, page: number): PdfLine[] {
  if (l.chunks.some((c) => c.x0 < gutter - 2 && c.x1 > gutter + 2)) return [l];
  const left = l.chunks.filter((c) => c.x1 <= gutter + 2);
  const right = l.chunks.filter((c) => c.x0 >= gutter - 2);
  if (left.length === 0 || right.length === 0) return [l];
  return [lineOf(left.flatMap((c) => c.items), page), lineOf(right.flatMap((c) => c.items), page)];
}

/** One page's elements in reading order, with the column each text line stands in. */
function pageFlow(lines: PdfLine[], tables: PdfTable[], page: number): Flow[] {
  const inTable = new Set<PdfLine>();
  for (const t of tables) if (t.reliable) for (const l of t.lines) inTable.add(l);
  let text = lines.filter((l) => !inTable.has(l));
  const gutter = findGutter(text.flatMap((l) => l.chunks.map((c) => ({ x0: c.x0, x1: c.x1, top: l.y + l.size }))));
  // A baseline shared by both columns holds two lines, one in each.
  if (gutter !== null) text = text.flatMap((l) => splitAtGutter(l, gutter, page));
  const side = (l: PdfLine) => (gutter === null || (l.x0 < gutter - 2 && l.x1 > gutter + 2) ? 'all' : (l.x0 + l.x1) / 2 < gutter ? 'left' : 'right');
  const boxes = new Map<string, ReturnType<typeof columnBox>>();
  for (const s of ['all', 'left', 'right']) {
    const ls = text.filter((l) => side(l) === s);
    if (ls.length) boxes.set(s, columnBox(ls));
  }
  // A line across both columns is measured against the whole page.
  const whole = text.length ? columnBox(text) : null;
  type El = { x0: number; x1: number; top: number; flow: Flow };
  const els: El[] = [
    ...text.map((l): El => ({ x0: l.x0, x1: l.x1, top: l.y + l.size, flow: { kind: 'line', fl: { line: l, box: boxes.get(side(l)) ?? whole!, where: `${page}:${side(l)}` } } })),
    ...tables.filter((t) => t.reliable).map((t): El => ({ x0: t.x0, x1: t.x1, top: t.top, flow: { kind: 'table', table: t } })),
  ];
  return readingOrder(els, gutter).map((e) => e.flow);
}

/** Reads a PDF's text layer into SourceText; encrypted and image-only PDFs fail (SeedError). */
export async function readPdf(bytes: Uint8Array, file: string): Promise<SourceText> {
  const pages = await readPdfPages(bytes, file);
  const pageLines = pages.map((p) => toPdfLines(p.items, p.number));
  const furniture = furnitureLines(pageLines);
  const flow: Flow[] = [];
  const unreliable = new Set<PdfLine>();
  pages.forEach((p, i) => {
    const lines = pageLines[i].filter((l) => !furniture.has(l));
    const tables = findTables(p.rules, lines, p.number);
    for (const t of tables) if (!t.reliable) for (const l of t.lines) unreliable.add(l);
    flow.push(...pageFlow(lines, tables, p.number));
  });
  if (!flow.some((f) => f.kind === 'table' || f.fl.line.text.trim() !== '')) throw new SeedError(file, 'no text layer; needs OCR first');
  const blocks: FormatBlock[] = [];
  let para: { text: string; last: FlowLine; note?: string } | null = null;
  let lastLine: FlowLine | null = null;
  let lastTable: { table: PdfTable; block: Extract<FormatBlock, { kind: 'table' }> } | null = null;
  const flush = () => {
    if (para) blocks.push({ kind: 'line', text: para.text, ...(para.note ? { note: para.note } : {}) });
    para = null;
  };
  flow.forEach((f, k) => {
    if (f.kind === 'table') {
      flush();
      if (lastTable && blocks[blocks.length - 1] === lastTable.block && sameTable(lastTable.table, f.table)) {
        // The header row repeated on the new page is not a row of the table.
        const rows = JSON.stringify(f.table.rows[0]) === JSON.stringify(lastTable.block.rows[0]) ? f.table.rows.slice(1) : f.table.rows;
        lastTable.block.rows.push(...rows);
        lastTable.table = f.table;
      } else {
        const block = { kind: 'table' as const, rows: f.table.rows.map((r) => r.map((c) => ({ ...c }))) };
        blocks.push(block);
        lastTable = { table: f.table, block };
      }
      lastLine = null;
      return;
    }
    const fl = f.fl;
    const next = flow[k + 1];
    const columned = fl.line.chunks.length >= 2 && (unreliable.has(fl.line) || (next?.kind === 'line' && next.fl.line.chunks.length >= 2) || (lastLine?.line.chunks.length ?? 0) >= 2);
    const note = unreliable.has(fl.line) ? UNRELIABLE : columned ? UNRULED : undefined;
    if (para && lastLine && continues(lastLine, fl)) {
      para.text = joinLines(para.text, fl.line);
    } else {
      flush();
      if (lastLine) for (let b = blanksBetween(lastLine, fl); b > 0; b--) blocks.push({ kind: 'blank' });
      // Only the first line of a run of such lines carries the note.
      const first = note && !(lastLine && (unreliable.has(lastLine.line) || lastLine.line.chunks.length >= 2));
      para = { text: fl.line.text, last: fl, ...(first ? { note } : {}) };
    }
    lastLine = fl;
  });
  flush();
  return assemble('pdf', blocks);
}
