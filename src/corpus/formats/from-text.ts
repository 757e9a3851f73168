// A plain-text seed laid out as an author would in Word: numbered headings made by list numbering,
// flattened tables rebuilt as real tables, a category cell merged down over the rows it covers and a
// group row (△…) spanning the table.
import { toLines } from '../../ingest/lines.ts';
import { readMarker } from '../../ingest/markers.ts';
import { readTable } from '../../ingest/table.ts';
import { numberText, type AutoNumber, type DocBlock, type DocCell, type PlanDocument } from './document.ts';

const NUMBERED = new Set(['chapter', 'cn', 'cn-paren', 'num', 'num-paren', 'num-half']);

/** The list numbering that shows a marker exactly as written, or null (then it stays typed text). */
export function autoNumber(label: string, value: number): AutoNumber | null {
  const m = /[一二三四五六七八九十百零〇两]+|\d+/.exec(label);
  if (!m) return null;
  const format = /\d/.test(m[0]) ? 'decimal' : 'chinese';
  if (numberText(value, format) !== m[0]) return null;
  return { template: label.slice(0, m.index) + '%1' + label.slice(m.index + m[0].length), format, value };
}

/** Rows of a flattened table as laid out: group rows span the table, and an empty cell under a filled
 * one in the first two columns (the category columns) is merged into it. */
export function layoutRows(rows: string[][]): DocCell[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const out: DocCell[][] = [];
  // Per column, the cell above that an empty cell would merge into.
  const above: (DocCell | null)[] = Array(width).fill(null);
  rows.forEach((cells, r) => {
    const padded = Array.from({ length: width }, (_, i) => cells[i] ?? '');
    const row: DocCell[] = [];
    if (r > 0 && width >= 3 && padded[0] !== '' && padded.slice(1).every((c) => c === '')) {
      out.push([{ text: padded[0], colspan: width }]);
      above.fill(null);
      return;
    }
    padded.forEach((text, c) => {
      const cellAbove = above[c];
      if (r > 0 && c < 2 && c < width - 1 && text === '' && cellAbove) {
        cellAbove.rowspan = (cellAbove.rowspan ?? 1) + 1;
        return;
      }
      const cell: DocCell = { text };
      row.push(cell);
      above[c] = r > 0 && text !== '' ? cell : null;
    });
    out.push(row);
  });
  return out;
}

/** Lays out a seed's text; blank lines are kept as empty paragraphs. */
export function documentFromText(text: string, title: string): PlanDocument {
  const lines = toLines(text);
  const blocks: DocBlock[] = [];
  let titleSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const table = readTable(lines, i);
    if (table) {
      blocks.push({ kind: 'table', rows: layoutRows(table.rows.map((r) => r.cells)) });
      i = table.end;
      continue;
    }
    if (l.text === '') {
      blocks.push({ kind: 'blank' });
      continue;
    }
    const isTitle = !titleSeen && l.text === title;
    if (isTitle) titleSeen = true;
    const marker = readMarker(l.text);
    const number = marker && NUMBERED.has(marker.kind) ? autoNumber(marker.label, marker.value) : null;
    blocks.push(number ? { kind: 'para', text: marker!.rest, number } : { kind: 'para', text: l.text, ...(isTitle ? { title: true } : {}) });
  }
  return { title, blocks };
}
