// Proof that nothing is lost: every non-space character of a seed must be somewhere in its plans.
import type { Unit } from './model.ts';
import type { ParsedPlan } from './parse.ts';

/** All text a unit tree holds: labels, titles, texts, responsibility notes, tables (not filled-down copies). */
export function unitText(units: Unit[]): string {
  let s = '';
  for (const u of units) {
    s += u.label + u.title + u.text + (u.responsibility?.raw ?? '');
    if (u.table) {
      s += u.table.notes.join('') + u.table.header.join('');
      for (const r of u.table.rows) s += r.cells.filter((_, i) => !r.filled[i]).join('');
    }
    s += unitText(u.children);
  }
  return s;
}

/** Everything the model keeps of a plan: stripped lines (title, notice, furniture) and the body. */
export function planText(plan: ParsedPlan): string {
  return plan.stripped.map((s) => s.text).join('') + unitText(plan.body);
}

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s.replace(/[\s\u3000\u00a0\ufeff]/g, '')) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Characters of the input missing from (or extra in) the parsed plans; empty when none is lost. */
export function charDifference(input: string, plans: ParsedPlan[]): { missing: string; extra: string } {
  const a = counts(input);
  const b = counts(plans.map(planText).join(''));
  let missing = '';
  let extra = '';
  for (const [ch, n] of a) if ((b.get(ch) ?? 0) < n) missing += ch.repeat(n - (b.get(ch) ?? 0));
  for (const [ch, n] of b) if ((a.get(ch) ?? 0) < n) extra += ch.repeat(n - (a.get(ch) ?? 0));
  return { missing, extra };
}
