// How a plan table is shown: which column names the row, which cells merge (rowspan), which are
// numbers and which hold an attribute badge. Decided once here; the MDX writer and the Astro table
// component both render this view. Browser-safe.
import type { Table } from './schema/plan.ts';

export interface CellView {
  /** The cell's lines (a cell's own line breaks are kept). */
  lines: string[];
  /** True in the column that names the row: a row header (th scope=row). */
  rowHeader: boolean;
  /** Rows the cell spans (a category merged over the rows below it). */
  rowspan: number;
  /** True when the cell holds a number (right-aligned, tabular figures). */
  numeric: boolean;
  /** 约束性 / 预期性 shown as a badge. */
  attribute: 'binding' | 'expected' | null;
}

export interface RowView {
  id: string;
  /** A group row such as △食品安全抽检: one cell over all columns. */
  group: boolean;
  /** Cells that start in this row (cells merged from above are left out). */
  cells: CellView[];
}

export interface TableView {
  columns: number;
  header: string[];
  rows: RowView[];
}

const NUMERIC = /^[≥≤><]?[\d.\-/%]+/;

/** Index of the column that names each row: 指标 first, else 名称/项目, else the first that is not 序号. */
export function nameColumn(header: string[]): number {
  const j = header.findIndex((h) => /指标/.test(h));
  if (j >= 0) return j;
  const i = header.findIndex((h) => /指标|名称|项目/.test(h) && !/序号/.test(h));
  if (i >= 0) return i;
  const k = header.findIndex((h) => !/序号/.test(h));
  return k >= 0 ? k : 0;
}

/** The view of a table. */
export function tableView(table: Table): TableView {
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length), 1);
  const attrCol = table.header.findIndex((h) => /属性/.test(h));
  const nameCol = nameColumn(table.header);
  const rows = table.rows.map((r, ri): RowView => {
    if (r.group) return { id: r.id, group: true, cells: [{ lines: [r.cells.filter(Boolean).join(' ')], rowHeader: true, rowspan: 1, numeric: false, attribute: null }] };
    const cells: CellView[] = [];
    for (let c = 0; c < columns; c++) {
      if (r.filled[c]) continue;
      // A cell absorbs the filled-down cells below it in the same column.
      let span = 1;
      while (ri + span < table.rows.length && !table.rows[ri + span].group && table.rows[ri + span].filled[c]) span++;
      const v = r.cells[c] ?? '';
      const attribute = c === attrCol ? (/约束/.test(v) ? 'binding' : /预期/.test(v) ? 'expected' : null) : null;
      cells.push({ lines: v.split('\n'), rowHeader: c === nameCol, rowspan: span, numeric: c !== nameCol && NUMERIC.test(v), attribute });
    }
    return { id: r.id, group: false, cells };
  });
  return { columns, header: Array.from({ length: columns }, (_, c) => table.header[c] ?? ''), rows };
}
