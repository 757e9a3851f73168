// Indicator tables: header roles, merged category cells filled down, group rows, and one Indicator per row.
import type { Indicator, Table, TableRow, Warning } from './model.ts';
import type { RawTable } from './table.ts';
import { parseValue } from './values.ts';
import { bodyColumns, rowResponsibility } from './tableBodies.ts';

/** What a column of an indicator table holds. */
export type Role = 'seq' | 'category' | 'name' | 'unit' | 'baseline' | 'target' | 'actual' | 'completion' | 'attribute' | 'other';

const flat = (s: string) => s.replace(/[\s\n]+/g, '');

const FIVE_YEAR_END: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030 };

/** Assigns each header cell a role; years decide baseline (earlier) and target (later). */
export function columnRoles(header: string[]): Role[] {
  const roles: Role[] = header.map((h) => {
    const t = flat(h);
    if (/序号|编号/.test(t)) return 'seq';
    if (/^(项目|分类|类别|领域|类型|类别名称|一级指标)$/.test(t)) return 'category';
    if (/属性/.test(t)) return 'attribute';
    if (/^(计量)?单位$/.test(t)) return 'unit';
    if (/完成率|完成比例|达成率/.test(t)) return 'completion';
    if (/完成情况|完成值|实际|实现值|实绩|现值$/.test(t)) return 'actual';
    if (/目标|指标情况|规划值|预期值|目标值/.test(t)) return 'target';
    if (/基期|基数|现状|基准/.test(t)) return 'baseline';
    if (/指标|名称/.test(t)) return 'name';
    if (/^\d{4}年?(底|末)?$/.test(t)) return 'baseline';
    return 'other';
  });
  const years = header.map((h, i) => ({ i, y: /^(\d{4})年?/.exec(flat(h))?.[1] })).filter((x) => x.y && roles[x.i] === 'baseline');
  if (years.length === 1 && !roles.includes('target')) roles[years[0].i] = 'target';
  if (years.length >= 2) {
    const sorted = [...years].sort((a, b) => Number(a.y) - Number(b.y));
    for (const x of sorted) roles[x.i] = 'other';
    roles[sorted[0].i] = 'baseline';
    roles[sorted[sorted.length - 1].i] = 'target';
  }
  return roles;
}

/** The year a column's values refer to: its own year (2020年), the end of the five-year period it
 * names (“十二五”指标情况 → 2015), else `fallback`. */
export function columnYear(header: string, fallback: number | null): number | null {
  const t = flat(header);
  const y = /(\d{4})年?/.exec(t);
  if (y) return Number(y[1]);
  for (const [name, end] of Object.entries(FIVE_YEAR_END)) if (t.includes(name)) return end;
  return fallback;
}

/** True when a row looks like a header: no cell is a number and some cell names a column. */
function isHeaderRow(cells: string[]): boolean {
  return cells.some((c) => /指\s*标|项目|分类|序号|属性|目标|年|牵头单位|责任单位|配合单位/.test(c)) && !cells.some((c) => /^[≥≤<>]?\d+(\.\d+)?[%个件家人]?$/.test(flat(c)));
}

/** Splits 发明专利拥有量（件） into its name and unit. */
export function nameAndUnit(cell: string): { name: string; unit: string } {
  const t = flat(cell);
  const m = /^(.*?)[（(]([^（）()]{1,10})[）)]$/.exec(t);
  if (m && m[1]) return { name: m[1], unit: m[2] };
  return { name: t, unit: '' };
}

export interface TableContext {
  id: string;
  caption: string;
  notes: string[];
  file: string;
  /** The plan's period, for the years of target columns that name none. */
  period?: { from: number | null; to: number | null };
}

/** Builds the Table model and its indicators from a raw flattened table. */
export function buildTable(raw: RawTable, ctx: TableContext, warnings: Warning[]): { table: Table; indicators: Indicator[] } {
  const hasHeader = isHeaderRow(raw.rows[0].cells);
  const header = hasHeader ? raw.rows[0].cells : [];
  const body = hasHeader ? raw.rows.slice(1) : raw.rows;
  const width = Math.max(header.length, ...body.map((r) => r.cells.length));
  const roles = hasHeader ? columnRoles(header) : [];
  const bodies = bodyColumns(header);
  const catCol = roles.indexOf('category');
  const nameCol = roles.indexOf('name');
  // A table that reports what was achieved (完成情况, 完成率) reviews a previous period: its targets are
  // that period's, not this plan's.
  const review = roles.includes('actual') || roles.includes('completion');
  const years = header.map((h, i) => (['baseline', 'target', 'actual', 'completion'].includes(roles[i]) ? columnYear(h, roles[i] === 'target' && !review ? ctx.period?.to ?? null : null) : null));
  const rows: TableRow[] = [];
  const indicators: Indicator[] = [];
  let group = '';
  let lastCat = '';
  let lastCatRaw = '';
  body.forEach((r, k) => {
    const cells = [...r.cells];
    if (hasHeader && cells.length !== header.length) {
      warnings.push({ file: ctx.file, line: r.n, message: `table row has ${cells.length} cells, header has ${header.length}`, text: cells.join(' | ') });
    }
    while (cells.length < width) cells.push('');
    const filled = cells.map(() => false);
    const nonEmpty = cells.filter((c) => c.trim() !== '');
    const isGroup = /^△/.test(nonEmpty[0] ?? '') || (nonEmpty.length === 1 && width > 2 && cells[0].trim() !== '' && catCol < 0);
    const row: TableRow = { id: `${ctx.id}-r${k + 1}`, line: r.n, cells, group: isGroup, filled };
    if (bodies.some(Boolean) && !isGroup) row.responsibility = rowResponsibility(bodies, cells);
    rows.push(row);
    if (isGroup) {
      group = flat(nonEmpty[0] ?? '').replace(/^△/, '');
      return;
    }
    if (catCol >= 0) {
      if (cells[catCol].trim() === '' && lastCat) {
        cells[catCol] = lastCatRaw;
        filled[catCol] = true;
      } else {
        lastCat = flat(cells[catCol]);
        lastCatRaw = cells[catCol];
      }
    }
    if (nameCol < 0) return;
    const { name, unit } = nameAndUnit(cells[nameCol]);
    if (!name) return;
    const value = (role: Role) => {
      const i = roles.indexOf(role);
      if (i < 0) return null;
      const v = parseValue(cells[i]);
      return v && { ...v, year: years[i] };
    };
    const target = value('target');
    const baseline = value('baseline');
    const actual = value('actual');
    const completion = value('completion');
    const attrCell = roles.indexOf('attribute') >= 0 ? flat(cells[roles.indexOf('attribute')]) : '';
    const unitCell = roles.indexOf('unit') >= 0 ? flat(cells[roles.indexOf('unit')]) : '';
    const other: Record<string, string> = {};
    roles.forEach((role, i) => {
      if (role === 'other' || role === 'seq') other[flat(header[i])] = cells[i];
    });
    indicators.push({
      id: row.id,
      tableId: ctx.id,
      category: catCol >= 0 ? lastCat : group,
      group,
      name,
      unit: unit || unitCell || target?.unit || baseline?.unit || actual?.unit || '',
      baseline,
      target,
      actual,
      completion,
      review,
      attribute: attrCell === '预期性' || attrCell === '约束性' ? attrCell : null,
      other,
    });
  });
  return { table: { id: ctx.id, caption: ctx.caption, notes: ctx.notes, header, rows }, indicators };
}
