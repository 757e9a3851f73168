// The open-data files derived from published plans: indicators.csv (plans.json and plans/<slug>.json
// are the PlanDoc schema itself, see layout.ts).
import type { IndicatorValue, PlanDoc } from '../core/schema/plan.ts';

const CSV_COLUMNS = ['plan', 'plan_title', 'id', 'url', 'table', 'category', 'group', 'name', 'unit', 'baseline', 'baseline_value', 'baseline_year', 'target', 'target_op', 'target_value', 'target_max', 'target_year', 'actual', 'actual_value', 'actual_year', 'completion', 'completion_value', 'review', 'attribute', 'other'];

/** One CSV cell, quoted when it holds a comma, quote or line break. */
export function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const num = (v: IndicatorValue | null, k: 'value' | 'max') => (v && v[k] !== null ? String(v[k]) : '');

/** indicators.csv: every indicator of every plan, UTF-8 with BOM so that Excel reads it right. */
export function indicatorsCsv(docs: PlanDoc[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const p of docs) {
    for (const i of p.indicators) {
      rows.push(
        [p.slug, p.title, i.id, i.url, i.tableId, i.category, i.group, i.name, i.unit,
          i.baseline?.raw ?? '', num(i.baseline, 'value'), i.baseline?.year ?? '',
          i.target?.raw ?? '', i.target?.op ?? '', num(i.target, 'value'), num(i.target, 'max'), i.target?.year ?? '',
          i.actual?.raw ?? '', num(i.actual, 'value'), i.actual?.year ?? '', i.completion?.raw ?? '', num(i.completion, 'value'),
          i.review ? 'review' : '', i.attribute ?? '', Object.entries(i.other).map(([k, v]) => `${k}=${v}`).join('; ')]
          .map((c) => csvCell(String(c)))
          .join(','),
      );
    }
  }
  return csvText(rows);
}

/** CSV lines as a file: UTF-8 with BOM (Excel reads it right) and CRLF line ends (RFC 4180). */
export function csvText(lines: string[]): string {
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** One CSV line of cells. */
export function csvLine(cells: (string | number | null)[]): string {
  return cells.map((c) => csvCell(c === null ? '' : String(c))).join(',');
}
