// How far a plan read from another format matches the same plan read from its .txt seed: units are
// compared whole (id, kind, label, title, text, responsibility; spaces aside), tables cell by cell, exactly.
import type { Plan, Unit } from '../../src/ingest/model.ts';

/** Text without its spaces: a PDF's text layer does not say reliably how many spaces (or which kind)
 * stood between words, and the repository's own fidelity check counts non-space characters too. */
const squash = (s: string) => s.replace(/[\s\u00a0\u2000-\u200b\u3000]+/g, '');

/** One line per unit, everything a reader sees of it, spaces aside. */
export function unitKeys(units: Unit[], out: string[] = []): string[] {
  for (const u of units) {
    out.push([u.id, u.kind, u.label, u.title, u.text, u.responsibility?.raw ?? ''].map(squash).join('|'));
    unitKeys(u.children, out);
  }
  return out;
}

/** Tables of a plan, each as one string of caption, header and rows with filled cells marked. */
export function tableKeys(units: Unit[], out: string[] = []): string[] {
  for (const u of units) {
    if (u.table) out.push(JSON.stringify([u.id, u.table.caption, u.table.header, u.table.rows.map((r) => [r.cells, r.filled, r.group])]));
    tableKeys(u.children, out);
  }
  return out;
}

/** Share of equal entries of two lists (as multisets), over the longer list. */
function shareEqual(a: string[], b: string[]): { equal: number; total: number } {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let equal = 0;
  for (const k of b) {
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      equal++;
      counts.set(k, n - 1);
    }
  }
  return { equal, total: Math.max(a.length, b.length) };
}

export interface Agreement {
  units: { equal: number; total: number };
  tables: { equal: number; total: number };
  /** Units of the .txt plan that the other format does not have (for failure messages). */
  missing: string[];
}

/** Agreement between the plans of a .txt seed and of the same seed in another format. */
export function agreement(txt: Plan[], other: Plan[]): Agreement {
  const a = txt.flatMap((p) => unitKeys(p.body));
  const b = other.flatMap((p) => unitKeys(p.body));
  const bSet = new Set(b);
  return {
    units: shareEqual(a, b),
    tables: shareEqual(txt.flatMap((p) => tableKeys(p.body)), other.flatMap((p) => tableKeys(p.body))),
    missing: a.filter((k) => !bSet.has(k)),
  };
}

/** A percentage with one decimal. */
export const percent = (x: { equal: number; total: number }) => (x.total ? (100 * x.equal) / x.total : 100).toFixed(1);
