// Stable ids and citation paths, derived from each unit's place in the plan's numbering.
//
// Scheme (documented in README): numbered divisions join their numbers from the top: 第三章 → s3,
// its 二、 → s3-2, its （一） → s3-2-1. Boxes use their own number: 专栏5 → box5. Unnumbered units
// count among siblings of their kind: paragraphs p1, p2 … (s3-2-p4), —— items d1, d2 … (s3-2-d1),
// tables t1 … (s3-2-t1) and their rows r1 … (s3-2-t1-r3). Top-level paragraphs are p1, p2 ….
// A number repeated among siblings gets a letter: s3-1b.
import type { Unit } from './model.ts';

/** A unit whose number repeats one of its siblings': the id it got, and where it stands. */
export interface RepeatedId {
  id: string;
  line: number;
  text: string;
}

/** Gives every unit in a tree its id and path; returns the units whose ids had to be disambiguated. */
export function assignIds(units: Unit[], parentId = '', parentPath = '', seen = new Set<string>()): RepeatedId[] {
  const dup: RepeatedId[] = [];
  const counters = { p: 0, d: 0, t: 0 };
  for (const u of units) {
    let base: string;
    let path: string;
    const num = numberOf(u);
    if (u.marker === 'box') {
      base = `box${num}`;
      path = u.label.replace(/[：:．.、]$/, '');
    } else if (u.kind === 'table') {
      base = `${parentId ? parentId + '-' : ''}t${++counters.t}`;
      path = `${parentPath}表${counters.t}`;
    } else if (u.marker === 'dash') {
      base = `${parentId ? parentId + '-' : ''}d${++counters.d}`;
      path = `${parentPath}第${counters.d}项`;
    } else if (u.marker) {
      base = parentId ? `${parentId}-${num}` : `s${num}`;
      path = parentPath + u.label;
    } else {
      base = `${parentId ? parentId + '-' : ''}p${++counters.p}`;
      path = `${parentPath}第${counters.p}段`;
    }
    let id = base;
    for (let k = 1; seen.has(id); k++) id = base + String.fromCharCode(97 + k);
    if (id !== base) dup.push({ id, line: u.line, text: `${u.label}${u.title}`.slice(0, 60) });
    seen.add(id);
    u.id = id;
    u.path = path;
    dup.push(...assignIds(u.children, id, u.marker === 'box' ? path : u.marker || u.kind === 'table' ? path : parentPath, seen));
  }
  return dup;
}

function numberOf(u: Unit): number {
  return u.number;
}
