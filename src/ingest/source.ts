// What every reader of a seed format hands the parser: the text it extracted (one paragraph per line,
// the same text the /source/ page shows), plus structure the format knew and plain text cannot carry.
// Every format goes through the same parser; no format has heading logic of its own.

import type { SourceFormat } from '../core/schema/plan.ts';

export type { SourceFormat };

/** One cell of a table whose structure the format knew (Word and HTML tables, rebuilt PDF tables). */
export interface CellHint {
  text: string;
  /** Rows the cell spans downwards (merged cells); 1 when absent. */
  rowspan?: number;
  /** Columns the cell spans; 1 when absent. */
  colspan?: number;
}

/** A table at lines startLine..endLine (1-based, inclusive) of the text, with its real structure. The
 * text holds the same table as tab-separated rows, so it reads and displays without the hint too. */
export interface TableHint {
  startLine: number;
  endLine: number;
  rows: { cells: CellHint[] }[];
}

/** Something a format reader could not read reliably (a PDF table rebuilt as text); it becomes a
 * warning of the plan that holds the line. */
export interface SourceNote {
  /** 1-based line of the text. */
  line: number;
  message: string;
  text: string;
}

/** Extracted text plus structure hints. */
export interface SourceText {
  format: SourceFormat;
  text: string;
  tables: TableHint[];
  /** What the reader could not structure (absent for plain text). */
  notes?: SourceNote[];
}

/** A plain-text seed: the text alone, no hints. */
export function plainSource(text: string): SourceText {
  return { format: 'txt', text, tables: [] };
}

/** The rows of a hinted table as the parser's raw rows: a cell spanning columns is followed by empty
 * cells, and rows under a cell spanning rows leave that column empty (merged cells are filled down
 * later, as for flattened text tables). */
export function hintRows(hint: TableHint): string[][] {
  const grid: (string | undefined)[][] = hint.rows.map(() => []);
  hint.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c] !== undefined) c++;
      const rs = Math.max(1, cell.rowspan ?? 1);
      const cs = Math.max(1, cell.colspan ?? 1);
      for (let dr = 0; dr < rs && r + dr < grid.length; dr++) {
        for (let dc = 0; dc < cs; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cell.text : '';
      }
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  return grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? ''));
}
