// Writes the Pagefind clause index from plan JSON: one custom record per clause, content as ASCII
// bigram terms of the normalized text, facets as Pagefind filters; display fields in the clause
// store (store.ts) next to it.
import * as pagefind from 'pagefind';
import type { ClauseRecord } from './records.ts';
import { searchKey } from '../core/text.ts';
import { indexTerms } from '../core/search/tokens.ts';
import { writeClauseStore } from './store-build.ts';

/** Language tag of every record; the site pages are zh-CN, so Pagefind picks this index. */
export const RECORD_LANGUAGE = 'zh-cn';

/** Pagefind content for a clause (kept separate so tests can check index/query agreement). */
export function recordContent(r: Pick<ClauseRecord, 'title' | 'text'>): string {
  return indexTerms(searchKey(r.title + r.text)).join(' ');
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
      // No meta: Pagefind would index its values as words (see store.ts); display fields go to the store.
      meta: {},
      filters: Object.fromEntries(Object.entries(r.filters).filter(([, v]) => v.length)),
    });
    errs.push(...res.errors);
  }
  const w = await index.writeFiles({ outputPath });
  errs.push(...w.errors);
  await pagefind.close();
  if (!w.errors.length) {
    const n = writeClauseStore(outputPath, records.map(({ url, title, text, plan, planTitle, path, kind }) => ({ url, title, text, plan, planTitle, path, kind })));
    if (n !== records.filter((r) => recordContent(r)).length) errs.push(`clause store: ${n} files for ${records.length} records`);
  }
  return { records: records.length, errors: errs };
}
