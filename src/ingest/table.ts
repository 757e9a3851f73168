// Tables flattened by copy-paste: one tab-led cell per line (rows split by blank lines, cells that keep
// their own line breaks), or one tab-separated row per line.
import type { SourceLine } from './lines.ts';

export interface RawTable {
  /** Index of the first and last source line of the table in the line array. */
  start: number;
  end: number;
  /** Rows of cells as written; a cell broken over lines keeps '\n' between its parts. */
  rows: { n: number; cells: string[] }[];
}

const SENTENCE_END = /[。；！？]/;

/** A line that can continue the cell above it: short, no sentence end. */
function isCellContinuation(l: SourceLine): boolean {
  // A cell's own line break leaves a short piece (the seeds' are 2–12 characters); 24 excludes prose lines.
  return !l.tabLed && !l.tabbed && l.text !== '' && l.text.length <= 24 && !SENTENCE_END.test(l.text);
}

function nextNonBlank(lines: SourceLine[], i: number): number {
  while (i < lines.length && lines[i].text === '' && !lines[i].tabLed) i++;
  return i;
}

/** Reads a cell-per-line table starting at index i; null when the lines do not form one. */
function readCellTable(lines: SourceLine[], i: number): RawTable | null {
  const groups: { n: number; parts: { text: string; tab: boolean }[] }[] = [];
  let cur: { n: number; parts: { text: string; tab: boolean }[] } | null = null;
  let j = i;
  let last = i;
  while (j < lines.length) {
    const l = lines[j];
    if (l.tabLed && !l.tabbed) {
      if (!cur) cur = { n: l.n, parts: [] };
      cur.parts.push({ text: l.text, tab: true });
      last = j;
      j++;
      continue;
    }
    if (l.text === '') {
      if (cur) groups.push(cur);
      cur = null;
      j++;
      continue;
    }
    // A short line glued to a cell: continues it when the table goes on right after.
    const prevIsCell = j > 0 && lines[j - 1].tabLed;
    const k = nextNonBlank(lines, j + 1);
    const nextIsCell = k < lines.length && lines[k].tabLed && !lines[k].tabbed;
    if (isCellContinuation(l) && (prevIsCell || nextIsCell) && (groups.length > 0 || cur)) {
      if (!cur) cur = { n: l.n, parts: [] };
      cur.parts.push({ text: l.text, tab: false });
      last = j;
      j++;
      continue;
    }
    break;
  }
  if (cur) groups.push(cur);
  // Merge groups: a group opening with continuation lines carries on the row before it.
  const rows: { n: number; cells: string[] }[] = [];
  for (const g of groups) {
    let row = rows[rows.length - 1];
    let startNew = g.parts[0].tab;
    if (!row) startNew = true;
    if (startNew) {
      row = { n: g.n, cells: [] };
      rows.push(row);
    }
    for (const p of g.parts) {
      if (p.tab || row.cells.length === 0) row.cells.push(p.text);
      else row.cells[row.cells.length - 1] += '\n' + p.text;
    }
  }
  if (rows.length < 2 || rows.filter((r) => r.cells.length >= 2).length < 2) return null;
  return { start: i, end: last, rows };
}

/** Reads consecutive tab-separated rows starting at index i; null when fewer than two. */
function readTabRows(lines: SourceLine[], i: number): RawTable | null {
  const rows: { n: number; cells: string[] }[] = [];
  let j = i;
  while (j < lines.length && lines[j].tabbed) {
    const cells = lines[j].raw.replace(/^[ \u3000]+|[\s\u3000]+$/g, '').split('\t').map((c) => c.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
    rows.push({ n: lines[j].n, cells });
    j++;
  }
  if (rows.length < 2) return null;
  return { start: i, end: j - 1, rows };
}

/** A header cell of a table copied one cell a line: a column name, short and without a sentence end. */
const HEADER_CELL = /^[^。；;!?！？]{1,20}$/;
/** The first header cell of such a table: the row number column. */
const SEQ_HEADER = /^(序号|编号|序)$/;
/** More columns than this is not a table copied one cell a line (the widest seen has 7). */
const MAX_COLUMNS = 10;

/** Reads a table copied from a web page one cell a line, without tabs (序号 ↵ 工作任务 ↵ 责任单位 ↵ 1 ↵
 * … ↵ 2 ↵ …): the header runs from 序号 to the line 1, and each row is its number and as many cells as
 * the header has columns, numbered 1, 2, 3 … in order. The numbers are what make it a table: the
 * table ends at the first row that does not follow them; fewer than two full rows is no table. */
function readNumberedCells(lines: SourceLine[], i: number): RawTable | null {
  const at: number[] = [];
  for (let j = i; j < lines.length; j++) if (lines[j].text !== '') at.push(j);
  let k = 1;
  while (k < at.length && lines[at[k]].text !== '1') {
    if (!HEADER_CELL.test(lines[at[k]].text) || k > MAX_COLUMNS) return null;
    k++;
  }
  const width = k;
  if (width < 2 || k >= at.length) return null;
  const rows: { n: number; cells: string[] }[] = [{ n: lines[i].n, cells: at.slice(0, width).map((j) => lines[j].text) }];
  let end = at[width - 1];
  for (let p = width, num = 1; p + width <= at.length && lines[at[p]].text === String(num); p += width, num++) {
    const cells = at.slice(p, p + width).map((j) => lines[j].text);
    // A cell that is the next row's number means this row is short: the numbering no longer holds.
    if (cells.slice(1).includes(String(num + 1))) break;
    rows.push({ n: lines[at[p]].n, cells });
    end = at[p + width - 1];
  }
  return rows.length >= 3 ? { start: i, end, rows } : null;
}

/** Finds a table beginning at index i, in any flattened form. */
export function readTable(lines: SourceLine[], i: number): RawTable | null {
  const l = lines[i];
  if (l.tabbed) return readTabRows(lines, i);
  if (l.tabLed) return readCellTable(lines, i);
  if (SEQ_HEADER.test(l.text)) return readNumberedCells(lines, i);
  return null;
}
