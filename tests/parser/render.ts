// Compact text rendering of a parsed plan, for golden files that read well in a diff.
import type { Unit } from '../../src/ingest/model.ts';
import type { ParsedPlan } from '../../src/ingest/parse.ts';

/** One line per unit: id, kind, label, title | text (shortened), responsibility and table shape. */
export function renderUnits(units: Unit[], depth = 0, width = 24): string {
  let s = '';
  for (const u of units) {
    const text = u.text.length > width ? u.text.slice(0, width) + '…' : u.text;
    s += `${'  '.repeat(depth)}${u.id} ${u.kind}${u.label ? ` ${u.label}` : ''} [${u.title}] ${text}`;
    if (u.responsibility) s += ` {lead: ${u.responsibility.lead.join('、')}; others: ${u.responsibility.others.join('、')}}`;
    if (u.responsibility?.parts) s += ` parts: ${u.responsibility.parts.map((p) => `{${p.lead.join('、')}; ${p.others.join('、')}}`).join(' ')}`;
    if (u.citations.length) s += ` 《${u.citations.join('》《')}》`;
    s += '\n';
    if (u.table) {
      if (u.table.notes.length) s += `${'  '.repeat(depth + 1)}notes: ${u.table.notes.join(' / ')}\n`;
      s += `${'  '.repeat(depth + 1)}header: ${u.table.header.map((c) => c.replace(/\n/g, '⏎')).join(' | ')}\n`;
      for (const r of u.table.rows) {
        s += `${'  '.repeat(depth + 1)}${r.id}${r.group ? ' group' : ''}: ${r.cells.map((c, i) => (r.filled[i] ? `(${c.replace(/\n/g, '⏎')})` : c.replace(/\n/g, '⏎'))).join(' | ')}`;
        if (r.responsibility) s += ` {lead: ${r.responsibility.lead.join('、')}; others: ${r.responsibility.others.join('、')}}`;
        s += '\n';
      }
    }
    s += renderUnits(u.children, depth + 1, width);
  }
  return s;
}

/** A whole plan: metadata, stripped lines, outline, indicators, warnings. */
export function renderPlan(p: ParsedPlan): string {
  let s = `# ${p.slug}\n`;
  for (const [k, v] of Object.entries(p.meta)) if (v && (typeof v !== 'object' || Object.values(v).some((x) => x !== null))) s += `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}\n`;
  s += `source: ${p.source.file} ${p.source.startLine}-${p.source.endLine}\n`;
  s += `stripped: ${p.stripped.map((x) => `${x.line}:${x.role}`).join(' ')}\n\n`;
  s += renderUnits(p.body);
  s += '\nindicators:\n';
  for (const i of p.indicators) {
    const v = (x: typeof i.baseline) => (x ? `${x.raw}${x.year ? `@${x.year}` : ''}` : '∅');
    const review = i.review ? ` | review: actual ${v(i.actual)}, completion ${v(i.completion)}` : '';
    s += `${i.id} ${i.category}${i.group && i.group !== i.category ? `/${i.group}` : ''} | ${i.name} (${i.unit}) | ${v(i.baseline)} → ${v(i.target)}${i.target?.op ? ` [${i.target.op}${i.target.value}]` : ''} | ${i.attribute ?? ''}${review}${Object.keys(i.other).length ? ' ' + JSON.stringify(i.other) : ''}\n`;
  }
  s += '\nwarnings:\n' + p.warnings.map((w) => `${w.line}: ${w.message}`).join('\n') + '\n';
  return s;
}
