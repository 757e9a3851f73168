// Writes the Pagefind clause index from plan JSON: one custom record per clause, content as ASCII
// bigram terms of the normalized text, display fields in meta, facets as Pagefind filters.
import * as pagefind from 'pagefind';
import type { ClauseRecord } from './records.ts';
import { normalize } from './normalize.ts';
import { indexTerms } from './tokens.ts';

/** Language tag of every record; the site pages are zh-CN, so Pagefind picks this index. */
export const RECORD_LANGUAGE = 'zh-cn';

/** Pagefind content for a clause (kept separate so tests can check index/query agreement). */
export function recordContent(r: Pick<ClauseRecord, 'title' | 'text'>): string {
  return indexTerms(normalize(r.title + r.text)).join(' ');
}

/** Builds and writes the index; returns counts for the build log. */
export async function writeClauseIndex(records: ClauseRecord[], outputPath: string): Promise<{ records: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: RECORD_LANGUAGE });
  if (!index) return { records: 0, errors };
  const errs = [...errors];
  for (const r of records) {
    const content = recordContent(r);
    if (!content) continue;
    const res = await index.addCustomRecord({
      url: r.url,
      content,
      language: RECORD_LANGUAGE,
      meta: { title: r.title, text: r.text, plan: r.plan, planTitle: r.planTitle, path: r.path, kind: r.kind },
      filters: Object.fromEntries(Object.entries(r.filters).filter(([, v]) => v.length)),
    });
    errs.push(...res.errors);
  }
  const w = await index.writeFiles({ outputPath });
  errs.push(...w.errors);
  await pagefind.close();
  return { records: records.length, errors: errs };
}
