// Clause records packed into Pagefind records ("groups"): a few consecutive clauses of one plan per
// Pagefind page. Pagefind's metadata file, loaded whole before the first search, holds one entry per
// page (about 6 bytes gzipped), and every filter chunk lists every page; with one page per clause both
// grow with the corpus and dominated the first query (225 kB of metadata and 490 kB of filter chunks
// at ×50). Grouping divides both by the group size; the engine reads a group's clauses from the clause
// store and ranks each clause on its own text, so what is found and shown stays the clause. Pure.
import type { ClauseRecord } from './records.ts';

/** Limits of one group: consecutive clauses of one plan, at most `records` of them and at most `terms`
 * index terms (a clause longer than that is a group of its own). Measured in docs/scale-search.md:
 * larger groups shrink the metadata but every group the engine reads costs its whole clause data. */
export const GROUP_LIMITS = { records: 12, terms: 2400 };

/** Tokens between two clauses of a group: positions advance over them but Pagefind indexes no word
 * (punctuation is dropped from words), so no phrase test aligns terms across a clause boundary. */
export const CLAUSE_GAP = ' . . . ';

/** A Pagefind record made of consecutive clause records of one plan. */
export interface RecordGroup {
  /** The first clause's URL: unique, as a Pagefind record needs; never shown. */
  url: string;
  records: ClauseRecord[];
  /** Each filter's values over the group's clauses (plan-level filters have one value). */
  filters: Record<string, string[]>;
}

/** Packs records (in index order) into groups; records with no terms (`terms` gives 0) are left out. */
export function groupRecords(records: ClauseRecord[], terms: (r: ClauseRecord) => number, limits = GROUP_LIMITS): RecordGroup[] {
  const groups: RecordGroup[] = [];
  let cur: ClauseRecord[] = [];
  let size = 0;
  const close = () => {
    if (cur.length) groups.push({ url: cur[0].url, records: cur, filters: unionFilters(cur) });
    cur = [];
    size = 0;
  };
  for (const r of records) {
    const n = terms(r);
    if (!n) continue;
    if (cur.length && (cur[0].plan !== r.plan || cur.length >= limits.records || size + n > limits.terms)) close();
    cur.push(r);
    size += n;
  }
  close();
  return groups;
}

/** Union of the records' filter values, in first-seen order. */
function unionFilters(records: ClauseRecord[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const r of records) for (const [k, vs] of Object.entries(r.filters)) for (const v of vs) (out[k] ??= new Set()).add(v);
  return Object.fromEntries(Object.entries(out).map(([k, s]) => [k, [...s]]));
}
