// What every format reader produces before the parser sees it: a list of paragraphs and tables,
// written out as the one text (a paragraph per line, a table as tab-separated rows) plus table hints.
import type { CellHint, SourceFormat, SourceNote, SourceText, TableHint } from '../source.ts';

/** A paragraph or a table, in reading order. */
export type FormatBlock =
  | { kind: 'line'; text: string; note?: string }
  | { kind: 'blank' }
  | { kind: 'table'; rows: CellHint[][] };

/** Characters that would break the one-paragraph-per-line text (or turn a paragraph into a table row). */
const LINE_BREAKING = /[\t\r\n\u000b\u000c\u0085\u2028\u2029]+/g;

/** A paragraph's text as one line: breaks and tabs become a space, spaces at the ends go. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ').replace(/^[ \u00a0]+|[ \u00a0]+$/g, '');
}

/** True when a table is really a frame (one column, or one cell): its text is read as paragraphs. */
export function isFrameTable(rows: CellHint[][]): boolean {
  const wide = rows.filter((r) => r.reduce((n, c) => n + Math.max(1, c.colspan ?? 1), 0) >= 2);
  return rows.length === 0 || wide.length === 0;
}

/** Writes blocks out as SourceText: tables as tab-separated rows with a hint carrying their real cells. */
export function assemble(format: SourceFormat, blocks: FormatBlock[]): SourceText {
  const lines: string[] = [];
  const tables: TableHint[] = [];
  const notes: SourceNote[] = [];
  for (const b of blocks) {
    // An empty paragraph is a blank line, as in plain text (authors use them to set blocks apart).
    if (b.kind === 'blank' || (b.kind === 'line' && oneLine(b.text) === '')) {
      if (lines.length) lines.push('');
      continue;
    }
    if (b.kind === 'line') {
      const text = oneLine(b.text);
      lines.push(text);
      if (b.note) notes.push({ line: lines.length, message: b.note, text: text.slice(0, 80) });
      continue;
    }
    const rows = b.rows
      .map((r) => r.map((c) => ({ ...c, text: c.text.replace(/\r\n?/g, '\n').split('\n').map((t) => t.trim()).filter(Boolean).join('\n') })))
      .filter((r, i, all) => r.some((c) => c.text !== '') || spansInto(all, i));
    if (rows.length === 0) continue;
    if (isFrameTable(rows)) {
      for (const r of rows) for (const c of r) for (const t of c.text.split('\n')) if (oneLine(t)) lines.push(oneLine(t));
      continue;
    }
    const startLine = lines.length + 1;
    for (const r of rows) lines.push(r.map((c) => oneLine(c.text)).join('\t'));
    tables.push({ startLine, endLine: lines.length, rows: rows.map((cells) => ({ cells: cells.map(cleanCell) })) });
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { format, text: lines.join('\n'), tables, ...(notes.length ? { notes } : {}) };
}

/** True when a cell of an earlier row spans down into row i (so an empty row i is kept). */
function spansInto(rows: CellHint[][], i: number): boolean {
  return rows.some((r, k) => k < i && r.some((c) => (c.rowspan ?? 1) > i - k));
}

/** A hint cell with spans only where they are more than one. */
function cleanCell(c: CellHint): CellHint {
  const out: CellHint = { text: c.text };
  if ((c.rowspan ?? 1) > 1) out.rowspan = c.rowspan;
  if ((c.colspan ?? 1) > 1) out.colspan = c.colspan;
  return out;
}
