// Responsible bodies (责任单位) across plans.
//
// Names are kept as written: no stripping of 区/市 prefixes, because 区市场监管局 of 通州 and
// 市市场监管局 of 常州 are different offices. Only whitespace and bracket width are folded
// (displayName), so exact duplicates and trivial variants merge. Ids are 'b-' + FNV-1a hash of the
// normalized name: stable when other bodies are added, unlike an index in sorted order.
import type { Clause } from './clauses.ts';
import { byDocOrder } from './clauses.ts';
import { hashIds } from './hash.ts';
import { displayName } from '../core/text.ts';
import type { Body, BodyTask } from '../core/schema/xref.ts';

/** Splits a list such as 区科技局、南通高新区 on separators outside brackets (defensive: the parser may leave lists joined). */
export function splitBodyNames(s: string): string[] {
  return splitBodyList(s).map((x) => x.name);
}

/** Like splitBodyNames, keeping each piece as written (for the variants list). */
export function splitBodyList(s: string): { raw: string; name: string }[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((raw) => ({ raw: raw.trim(), name: cleanBodyName(raw) })).filter((x) => x.name.length > 0);
}

/** Removes role words the parser may leave on a name (牵头, 按职责分工负责, 配合). */
export function cleanBodyName(s: string): string {
  return displayName(s)
    .replace(/^(责任单位|牵头单位|配合单位)[:：]/, '')
    .replace(/(牵头|按职责分工负责|分工负责|负责|配合)+$/, '')
    .replace(/^[〔［\[]|[〕］\]]$/g, '');
}

interface Acc {
  variants: Set<string>;
  tasks: { c: Clause; role: 'lead' | 'other' }[];
}

/** One entry per responsible body with its lead and supporting tasks, for "who does what" pages. */
export function buildBodies(clauses: Clause[]): Body[] {
  const acc = new Map<string, Acc>();
  for (const c of clauses) {
    const r = c.unit.responsibility;
    if (!r) continue;
    const seen = new Set<string>();
    for (const [role, names] of [['lead', r.lead], ['other', r.others]] as const) {
      for (const raw of names) {
        for (const { raw: piece, name } of splitBodyList(raw)) {
          if (seen.has(name)) continue; // a body named twice in one clause counts once, as its first role
          seen.add(name);
          const a = acc.get(name) ?? { variants: new Set<string>(), tasks: [] };
          a.variants.add(piece);
          a.tasks.push({ c, role });
          acc.set(name, a);
        }
      }
    }
  }
  const ids = hashIds([...acc.keys()], 'b-');
  return [...acc.entries()]
    .map(([name, a]): Body => {
      const tasks: BodyTask[] = [...a.tasks].sort((x, y) => byDocOrder(x.c, y.c)).map((t) => ({ ...t.c.ref, role: t.role }));
      return {
        id: ids.get(name)!,
        name,
        variants: [...a.variants].sort(),
        plans: [...new Set(tasks.map((t) => t.plan))].sort(),
        leadCount: tasks.filter((t) => t.role === 'lead').length,
        otherCount: tasks.filter((t) => t.role === 'other').length,
        tasks,
      };
    })
    .sort((x, y) => y.tasks.length - x.tasks.length || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}
