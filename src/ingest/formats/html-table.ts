// HTML tables: a data table becomes rows of cells with their rowspan/colspan; a table used for page
// layout (nested tables, one column, or cells holding whole articles) is read as the text it frames.
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { CellHint } from '../source.ts';

const isElement = (n: ElementContent, ...names: string[]): n is Element => n.type === 'element' && (names.length === 0 || names.includes(n.tagName));

/** Rows of a table, through thead/tbody/tfoot, not into nested tables. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (/^(thead|tbody|tfoot)$/.test(c.tagName)) rows.push(...c.children.filter((r): r is Element => isElement(r, 'tr')));
  }
  return rows;
}

/** Cells of a row. */
export function rowCells(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => isElement(c, 'td', 'th'));
}

function hasDescendant(el: Element, test: (e: Element) => boolean): boolean {
  return el.children.some((c) => c.type === 'element' && (test(c) || hasDescendant(c, test)));
}

/** A table that lays out the page rather than holding data. */
export function isLayoutTable(table: Element): boolean {
  const rows = tableRows(table);
  if (rows.length === 0) return true;
  if (hasDescendant(table, (e) => e.tagName === 'table')) return true;
  const widths = rows.map((r) => rowCells(r).reduce((n, c) => n + Math.max(1, Number(c.properties.colSpan ?? 1)), 0));
  if (Math.max(...widths) <= 1) return true;
  // A cell holding an article: several paragraphs and a lot of text.
  return rows.some((r) => rowCells(r).some((c) => c.children.filter((x) => isElement(x, 'p', 'div')).length >= 3 && toText(c).length > 300));
}

/** A cell's text: its lines (paragraphs, line breaks) trimmed, blank ones dropped, joined by '\n'. */
export function cellText(cell: Element): string {
  return toText(cell).replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '')).filter(Boolean).join('\n');
}

/** A data table's rows of cells with their spans. */
export function readHtmlTable(table: Element): CellHint[][] {
  return tableRows(table).map((tr) => rowCells(tr).map((c) => {
    const cell: CellHint = { text: cellText(c) };
    const rowspan = Number(c.properties.rowSpan ?? 1);
    const colspan = Number(c.properties.colSpan ?? 1);
    if (rowspan > 1) cell.rowspan = rowspan;
    if (colspan > 1) cell.colspan = colspan;
    return cell;
  }));
}
