// A Word table (w:tbl) as rows of cells with their real spans: w:gridSpan gives colspan, a w:vMerge
// run gives rowspan, w:gridBefore/w:gridAfter leave grid columns empty.
import type { CellHint } from '../source.ts';
import { child, childVal, elements, type XmlElement } from './xml.ts';

/** Elements that only wrap rows or cells (content controls, custom XML). */
function unwrap(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') out.push(...unwrap(child(c, 'w:sdtContent') ?? c, name));
    else if (c.name === 'w:customXml') out.push(...unwrap(c, name));
  }
  return out;
}

/** Reads a table; cellText turns a cell's content into its text (paragraphs joined by '\n'). */
export function readWordTable(tbl: XmlElement, cellText: (tc: XmlElement) => string): CellHint[][] {
  const rows: CellHint[][] = [];
  // Per grid column, the cell that opened a vertical merge still running there.
  const open = new Map<number, CellHint>();
  for (const tr of unwrap(tbl, 'w:tr')) {
    const row: CellHint[] = [];
    const trPr = child(tr, 'w:trPr');
    let col = 0;
    const touched = new Set<number>();
    const before = Number(childVal(trPr, 'w:gridBefore') ?? 0);
    if (before > 0) {
      row.push({ text: '', colspan: before });
      col += before;
    }
    for (const tc of unwrap(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(childVal(tcPr, 'w:gridSpan') ?? 1));
      const vMerge = child(tcPr, 'w:vMerge');
      const hMerge = child(tcPr, 'w:hMerge');
      if (hMerge && hMerge.attrs['w:val'] !== 'restart' && row.length) {
        const prev = row[row.length - 1];
        prev.colspan = (prev.colspan ?? 1) + span;
        col += span;
        continue;
      }
      if (vMerge && vMerge.attrs['w:val'] !== 'restart') {
        const above = open.get(col);
        if (above) {
          above.rowspan = (above.rowspan ?? 1) + 1;
          touched.add(col);
          col += span;
          continue;
        }
      }
      const cell: CellHint = { text: cellText(tc) };
      if (span > 1) cell.colspan = span;
      for (let c = col; c < col + span; c++) open.delete(c);
      if (vMerge) {
        open.set(col, cell);
        touched.add(col);
      }
      row.push(cell);
      col += span;
    }
    // A merge ends in the first row that does not continue it.
    for (const c of [...open.keys()]) if (!touched.has(c)) open.delete(c);
    rows.push(row);
  }
  return rows;
}
