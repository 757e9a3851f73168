// Tables that assign tasks (任务分解表, 责任分工表) name the bodies in columns of their own: 牵头单位,
// 配合单位 / 参与单位, 责任单位. Each row then carries a responsibility read from those cells, as an
// annotation would: the 牵头 column leads, 配合/参与/协办 support, and a 责任单位 column leads when the
// table has no 牵头 column and supports when it has one.
import type { Responsibility } from './model.ts';
import { foldLine } from './fold.ts';
import { names } from './bodyNames.ts';
import { asWritten } from './responsibility.ts';

type BodyColumn = 'lead' | 'other' | 'all';

const LEAD_COLUMN = /^(牵头(单位|部门|领导单位)|主办单位|承办单位|主责单位)$/;
const OTHER_COLUMN = /^(配合(单位|部门)|参与(单位|部门)|协办单位|协作单位|协同单位)$/;
const ALL_COLUMN = /^(责任(单位|部门|主体|处室)|实施(单位|主体)|完成单位)$/;

/** The role of each header cell that names bodies; null for the other columns. */
export function bodyColumns(header: string[]): (BodyColumn | null)[] {
  return header.map((h) => {
    const t = foldLine(h).replace(/\s+/g, '');
    return LEAD_COLUMN.test(t) ? 'lead' : OTHER_COLUMN.test(t) ? 'other' : ALL_COLUMN.test(t) ? 'all' : null;
  });
}

/** The responsibility of one row from its body cells; null when the table has no body column or the row names none. */
export function rowResponsibility(columns: (BodyColumn | null)[], cells: string[]): Responsibility | null {
  const hasLead = columns.includes('lead');
  const lead: string[] = [];
  const others: string[] = [];
  const raw: string[] = [];
  columns.forEach((c, i) => {
    const cell = (cells[i] ?? '').trim();
    if (!c || !cell) return;
    raw.push(cell);
    const found = names(foldLine(cell).replace(/\n/g, '、')).map(asWritten(cell));
    (c === 'lead' || (c === 'all' && !hasLead) ? lead : others).push(...found);
  });
  if (!raw.length) return null;
  const leads = [...new Set(lead)];
  return { lead: leads, others: [...new Set(others)].filter((o) => !leads.includes(o)), raw: raw.join(' ') };
}
