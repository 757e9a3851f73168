// Writes the Pagefind clause index from plan JSON: one custom record per group of consecutive clauses
// (groups.ts), content = ASCII bigram terms of each clause's normalized text, facets as Pagefind
// filters; display fields and each clause's facets in the clause store (store-build.ts) next to it.
import * as pagefind from 'pagefind';
import type { ClauseRecord } from './records.ts';
import { searchKey } from '../core/text.ts';
import { indexTerms } from '../core/search/tokens.ts';
import type { ClauseData } from '../core/search/store.ts';
import { CLAUSE_GAP, GROUP_LIMITS, groupRecords } from './groups.ts';
import { writeClauseStore } from './store-build.ts';

/** Language tag of every record; the site pages are zh-CN, so Pagefind picks this index. */
export const RECORD_LANGUAGE = 'zh-cn';

/** Language tag of a shard's records (BCP 47 private use: `zh-cn-x-<shard>`). Pagefind prefixes page
 * ids with the language, so the ids of different shards never collide and their clause stores can
 * share one folder in the assembled site; segmentation is the same (the terms are ASCII words). */
export function shardLanguage(shard: string | null): string {
  return shard ? `${RECORD_LANGUAGE}-x-${shard}` : RECORD_LANGUAGE;
}

/** Pagefind content for a clause (kept separate so tests can check index/query agreement). */
export function recordContent(r: Pick<ClauseRecord, 'title' | 'text'>): string {
  return indexTerms(searchKey(r.title + r.text)).join(' ');
}

/** Every index term of a set of records, sorted (a shard manifest carries the corpus's). */
export function indexVocabulary(records: Pick<ClauseRecord, 'title' | 'text'>[]): string[] {
  const terms = new Set<string>();
  for (const r of records) for (const t of recordContent(r).split(' ')) if (t) terms.add(t);
  return [...terms].sort();
}

/** URL of a shard's vocabulary record (never shown: its store file holds no clause). */
export const VOCABULARY_URL = 'vocabulary:';

/** What the store keeps of a record. */
function clauseData(r: ClauseRecord): ClauseData {
  const { url, title, text, plan, planTitle, path, kind, filters } = r;
  return { url, title, text, plan, planTitle, path, kind, facets: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length)) };
}

/** Builds and writes the index; returns counts for the build log. */
export async function writeClauseIndex(records: ClauseRecord[], outputPath: string, opts: { shard?: string | null; groupLimits?: typeof GROUP_LIMITS; vocabulary?: string[] } = {}): Promise<{ records: number; groups: number; errors: string[] }> {
  const language = shardLanguage(opts.shard ?? null);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) return { records: 0, groups: 0, errors };
  const errs = [...errors];
  const contents = new Map(records.map((r) => [r, recordContent(r)]));
  const groups = groupRecords(records, (r) => (contents.get(r) ? contents.get(r)!.split(' ').length : 0), opts.groupLimits);
  for (const g of groups) {
    const res = await index.addCustomRecord({
      url: g.url,
      content: g.records.map((r) => contents.get(r)).join(CLAUSE_GAP),
      language,
      // No meta: Pagefind would index its values as words (see store.ts); display fields go to the store.
      meta: {},
      filters: Object.fromEntries(Object.entries(g.filters).filter(([, v]) => v.length)),
    });
    errs.push(...res.errors);
  }
  // A shard's index also learns the corpus's terms it lacks, in one record of no clause: Pagefind then
  // requires every typed term in every shard, as one index of the whole corpus does.
  const own = new Set([...contents.values()].flatMap((c) => c.split(' ')));
  const missing = (opts.vocabulary ?? []).filter((t) => !own.has(t));
  if (missing.length) errs.push(...(await index.addCustomRecord({ url: VOCABULARY_URL, content: missing.join(' '), language, meta: {}, filters: {} })).errors);
  const w = await index.writeFiles({ outputPath });
  errs.push(...w.errors);
  await pagefind.close();
  if (!w.errors.length) {
    const n = writeClauseStore(outputPath, new Map([...groups.map((g): [string, ClauseData[]] => [g.url, g.records.map(clauseData)]), [VOCABULARY_URL, []]]));
    if (n !== groups.length + (missing.length ? 1 : 0)) errs.push(`clause store: ${n} files for ${groups.length} groups`);
  }
  return { records: groups.reduce((a, g) => a + g.records.length, 0), groups: groups.length, errors: errs };
}
