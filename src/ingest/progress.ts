// Progress files: yearly values an official adds for a plan's indicators (seeds/progress/<plan>.csv).
// Columns, by header name in any order: indicator, year, value, source, and optionally note. A row
// that cannot be used is reported with its file, line and text and left out; nothing is guessed.
import { parse } from 'csv-parse/sync';
import { ProgressRow, type IndicatorValue, type ProgressIssue } from '../core/schema/index.ts';
import { parseValue } from './values.ts';

/** The columns of a progress file, in the order a template lists them. */
export const PROGRESS_COLUMNS = ['indicator', 'year', 'value', 'source', 'note'] as const;
const REQUIRED = ['indicator', 'year', 'value', 'source'];

/** A usable row: as written, its 1-based line, and its value as numbers. */
export interface ProgressEntry extends ProgressRow {
  line: number;
  parsed: IndicatorValue;
}

/** Reads one progress file; `file` only names it in issues. */
export function readProgress(file: string, text: string): { rows: ProgressEntry[]; issues: ProgressIssue[] } {
  const issues: ProgressIssue[] = [];
  const rows: ProgressEntry[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    return { rows, issues: [{ file, line, message: `not a CSV file: ${(e as Error).message}`, text: text.split(/\r?\n/)[line - 1] ?? '' }] };
  }
  if (!records.length) return { rows, issues: [{ file, line: 1, message: 'empty file (a header row is needed)', text: '' }] };
  const header = records[0].record.map((h) => h.toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return { rows, issues: [{ file, line: records[0].info.lines, message: `missing column(s) ${missing.join(', ')}; the header must name ${PROGRESS_COLUMNS.join(', ')}`, text: records[0].record.join(',') }] };
  const col = (r: string[], name: string) => (header.includes(name) ? (r[header.indexOf(name)] ?? '') : '');
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const raw = record.join(',');
    // A template row not yet filled (only its indicator and note) is not an error.
    if (['year', 'value', 'source'].every((c) => col(record, c) === '')) continue;
    const yearText = col(record, 'year').replace(/年$/, '');
    const candidate = { indicator: col(record, 'indicator'), year: /^\d{4}$/.test(yearText) ? Number(yearText) : NaN, value: col(record, 'value'), source: col(record, 'source'), note: col(record, 'note') };
    const checked = ProgressRow.safeParse(candidate);
    if (!checked.success) {
      issues.push({ file, line, message: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.path[0] === 'year' ? 'a four-digit year is needed' : i.message}`).join('; '), text: raw });
      continue;
    }
    const parsed = parseValue(checked.data.value);
    if (!parsed || parsed.value === null) {
      issues.push({ file, line, message: `value: no number in “${checked.data.value}”`, text: raw });
      continue;
    }
    rows.push({ ...checked.data, line, parsed: { ...parsed, year: checked.data.year } });
  }
  return { rows, issues };
}
