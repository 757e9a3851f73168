// Documents cited with 《…》, and which of them are plans of the corpus.
//
// Matching key (docKey = nameKey of the text toolkit): folded title with whitespace, 《》 and all quote
// marks removed and dashes unified, so 《溧阳市"十四五"知识产权发展规划》 and 《溧阳市“十四五”知识产权发展规划 》
// are one document. A cited title is a corpus plan when its key equals the key of the plan's title,
// with or without a trailing period such as （2021-2025年）.
import type { PlanDoc } from '../core/schema/plan.ts';
import type { Clause } from './clauses.ts';
import { byDocOrder, sortPlans } from './clauses.ts';
import { hashIds } from './hash.ts';
import { displayName, nameKey, preview } from '../core/text.ts';
import type { CitedDocument, ClauseRef } from '../core/schema/xref.ts';

/** Key under which spellings of one title merge. */
export const docKey = nameKey;

/** Display form of a cited title: no 《》, no inner whitespace, full-width brackets. */
export function docTitle(title: string): string {
  return displayName(title.replace(/[《》]/g, ''));
}

/** Titles in 《…》 in a line of text (used for the notice, which is not a unit). */
export function citationsIn(s: string): string[] {
  return [...s.matchAll(/《([^《》\n]{1,120})》/g)].map((m) => m[1]);
}

/** Key of a plan title, and of the same title without its trailing period in brackets. */
export function planTitleKeys(title: string): string[] {
  const k = docKey(title);
  const bare = k.replace(/\(?\d{4}-\d{4}年?\)?$/, '');
  return bare && bare !== k ? [k, bare] : [k];
}

interface Site {
  planIndex: number;
  order: number;
  ref: ClauseRef;
}

/** One entry per cited document with where it is cited, linking titles that are corpus plans. */
export function buildDocuments(plans: PlanDoc[], clauses: Clause[]): CitedDocument[] {
  const planByKey = new Map<string, string>();
  for (const p of sortPlans(plans)) for (const k of planTitleKeys(p.title)) if (!planByKey.has(k)) planByKey.set(k, p.slug);
  const acc = new Map<string, { spellings: Map<string, number>; sites: Site[] }>();
  const add = (raw: string, site: Site) => {
    const key = docKey(raw);
    if (!key) return;
    const a = acc.get(key) ?? { spellings: new Map<string, number>(), sites: [] as Site[] };
    const t = docTitle(raw);
    a.spellings.set(t, (a.spellings.get(t) ?? 0) + 1);
    const last = a.sites[a.sites.length - 1];
    if (!last || last.ref.plan !== site.ref.plan || last.ref.id !== site.ref.id) a.sites.push(site);
    acc.set(key, a);
  };
  sortPlans(plans).forEach((p, planIndex) => {
    const lines = p.notice?.lines ?? [];
    const ref: ClauseRef = { plan: p.slug, id: 'notice', url: p.url, path: '印发通知', title: '', excerpt: preview(lines.join('')) };
    for (const l of lines) for (const t of citationsIn(l)) add(t, { planIndex, order: -1, ref });
  });
  for (const c of clauses) for (const t of c.unit.citations) add(t, { planIndex: c.planIndex, order: c.order, ref: c.ref });
  const ids = hashIds([...acc.keys()], 'd-');
  return [...acc.entries()]
    .map(([key, a]): CitedDocument => {
      // Display title: the most frequent spelling, ties broken by code order.
      const title = [...a.spellings.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0][0];
      return {
        id: ids.get(key)!,
        title,
        variants: [...a.spellings.keys()].sort(),
        planSlug: planByKey.get(key) ?? planByKey.get(planTitleKeys(key)[1] ?? '') ?? null,
        citedBy: [...a.sites].sort(byDocOrder).map((s) => s.ref),
      };
    })
    .sort((x, y) => y.citedBy.length - x.citedBy.length || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
}
