// Responsible bodies (责任单位) across plans.
//
// Names come split and cleaned from the parser (src/ingest/responsibility.ts) and are kept as written:
// no stripping of 区/市 prefixes, because 区市场监管局 of 通州 and 市市场监管局 of 常州 are different
// offices. Only whitespace and bracket width are folded (displayName), so trivial variants merge. Ids are 'b-' + FNV-1a hash of the
// normalized name: stable when other bodies are added, unlike an index in sorted order.
import type { Clause } from './clauses.ts';
import { byDocOrder } from './clauses.ts';
import { hashIds } from './hash.ts';
import { displayName } from '../core/text.ts';
import type { Body, BodyTask } from '../core/schema/xref.ts';

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
        // The parser split the list and cleaned each name; spellings merge on their display form.
        const name = displayName(raw);
        if (!name || seen.has(name)) continue; // a body named twice in one clause counts once, as its first role
        seen.add(name);
        const a = acc.get(name) ?? { variants: new Set<string>(), tasks: [] };
        a.variants.add(raw.trim());
        a.tasks.push({ c, role });
        acc.set(name, a);
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
