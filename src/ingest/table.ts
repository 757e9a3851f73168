// Tables flattened by copy-paste: one tab-led cell per line (rows split by blank lines, cells that keep
// their own line breaks), or one tab-separated row per line.
import type { SourceLine } from './lines.ts';
import { bodyColumns } from './tableBodies.ts';
import { ORG_END, pieces } from './bodyNames.ts';
import { foldLine } from './fold.ts';

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

/** A column name in a header copied as one line with spaces: a few characters, no punctuation. */
const SPACED_HEADER_CELL = /^[\u3400-\u9fff（）()]{2,8}$/;

/** Reads a table copied one row a line with spaces between cells (序号 类别 主要任务 … 牵头单位 责任单位 ↵
 * 1 … 市水利局 …): rows are numbered 1, 2, 3 … in order. Cells may hold spaces of their own, so only
 * the row number and the body columns at the end (one word each) are sure; when the words between do not
 * match the columns between one for one, those columns are kept as one, header included, rather than
 * guessed. Fewer than two rows is no table. */
function readSpacedRows(lines: SourceLine[], i: number): RawTable | null {
  const header = lines[i].text.split(/[\s\u3000]+/);
  if (header.length < 3 || !header.every((h) => SPACED_HEADER_CELL.test(h))) return null;
  const roles = bodyColumns(header);
  let tail = 0;
  while (tail < header.length - 2 && roles[header.length - 1 - tail]) tail++;
  const middle = header.length - 1 - tail;
  const rows: { n: number; cells: string[] }[] = [];
  let merged = false;
  let end = i;
  for (let j = i + 1, num = 1; j < lines.length; j++) {
    if (lines[j].text === '') continue;
    const words = lines[j].text.split(/[\s\u3000]+/);
    if (words[0] !== String(num) || words.length < 2 + tail) break;
    const bodies = words.slice(words.length - tail);
    if (!bodies.every((b) => pieces(foldLine(b)).some((n) => ORG_END.test(n.replace(/等$/, ''))))) break;
    const between = words.slice(1, words.length - tail);
    if (between.length !== middle) merged = true;
    rows.push({ n: lines[j].n, cells: [words[0], ...between, ...bodies] });
    end = j;
    num++;
  }
  if (rows.length < 2 || (merged && tail === 0)) return null;
  const shape = (cells: string[]) => (merged ? [cells[0], cells.slice(1, cells.length - tail).join(' '), ...cells.slice(cells.length - tail)] : cells);
  return { start: i, end, rows: [{ n: lines[i].n, cells: shape(header) }, ...rows.map((r) => ({ n: r.n, cells: shape(r.cells) }))] };
}

/** Finds a table beginning at index i, in any flattened form. */
export function readTable(lines: SourceLine[], i: number): RawTable | null {
  const l = lines[i];
  if (l.tabbed) return readTabRows(lines, i);
  if (l.tabLed) return readCellTable(lines, i);
  if (SEQ_HEADER.test(l.text)) return readNumberedCells(lines, i);
  if (/^(序号|编号)[\s\u3000]/.test(l.text)) return readSpacedRows(lines, i);
  return null;
}
