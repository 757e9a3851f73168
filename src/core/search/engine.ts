// The one search pipeline used by the search page and the CLI: normalize the query, ask Pagefind
// for candidate clauses with bigram terms, re-rank the candidates ourselves.
import { queryParts, searchKey } from '../text.ts';
import { lookupTerms } from './tokens.ts';
import { scoreClause } from './rank.ts';
import { excerptAround, matchRanges, type Range } from './highlight.ts';
import type { ClauseData } from './store.ts';

/** The subset of Pagefind's JS API this module relies on (same in the browser and in Node). */
export interface PagefindLike {
  search(term: string, opts?: { filters?: Record<string, unknown> }): Promise<PfResponse | null>;
  /** Loads the index chunks of a term string without searching (Pagefind's preload). */
  preload?(term: string, opts?: { filters?: Record<string, unknown> }): Promise<unknown>;
  /** Loads every filter chunk; Pagefind only counts filter values once they are loaded. */
  filters?(): Promise<unknown>;
  /** Display fields of a clause by Pagefind page id (the clause store, store.ts); without it the
   * engine falls back to Pagefind's fragment meta (indexes built before the store existed). */
  clause?(id: string): Promise<ClauseData>;
}

const filtersLoaded = new WeakMap<object, Promise<unknown>>();

/** Loads filter chunks once per Pagefind instance, so every result carries facet counts; the page
 * calls it when Pagefind loads, so the first query does not wait for them. */
export function preloadFilters(pf: PagefindLike): Promise<unknown> {
  return ensureFilters(pf);
}

function ensureFilters(pf: PagefindLike): Promise<unknown> {
  let p = filtersLoaded.get(pf);
  if (!p) {
    p = pf.filters ? pf.filters() : Promise.resolve();
    filtersLoaded.set(pf, p);
  }
  return p;
}
export interface PfResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
export interface PfResponse {
  results: PfResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Hit {
  url: string;
  plan: string;
  planTitle: string;
  path: string;
  title: string;
  kind: string;
  score: number;
  /** Excerpt of the clause text with highlight ranges (UTF-16 offsets). */
  excerpt: { text: string; ranges: Range[] };
  titleRanges: Range[];
}

export interface SearchOutcome {
  query: string;
  parts: string[];
  hits: Hit[];
  /** Clauses Pagefind matched (before our cut to `limit`). */
  total: number;
  /** Filter value counts among matched clauses. */
  filters: Record<string, Record<string, number>>;
  /** True when no clause held every query bigram and a relaxed search was used. */
  relaxed: boolean;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  /** Hits returned. */
  limit?: number;
  /** Candidates whose clause data is loaded and re-ranked (default: limit + 2, at least 12; the
   * pre-order is good enough that 12 give the same figures as 40, and every load is a request). */
  candidates?: number;
  /** Filled with the time spent in each step (ms), for the page's timing marks and benchmarks. */
  timings?: Partial<Record<'search' | 'load' | 'rank', number>>;
}

/** Pagefind term string used for the lookup: the lookup terms of each part (lookupTerms), so a
 * query reads about half as many index chunks as with every bigram; offsets per part for the
 * phrase pre-order. */
export function lookupQuery(parts: string[]): { terms: string; offsets: number[][] } {
  const lts = parts.map(lookupTerms);
  return { terms: [...new Set(lts.flat().map((t) => t.term))].join(' '), offsets: lts.map((l) => l.map((t) => t.at)) };
}

/** Most lookup terms of one part found at their offsets from one common start: a phrase test on
 * the matched word positions that needs no download (positions are not labelled by term, so this
 * is an upper bound, as was the longest run). */
export function alignedTerms(words: number[], offsets: number[]): number {
  if (!words.length || !offsets.length) return 0;
  const set = new Set(words);
  let best = 0;
  for (const x of set) {
    for (const a of offsets) {
      const start = x - a;
      let n = 0;
      for (const b of offsets) if (set.has(start + b)) n++;
      if (n > best) best = n;
      if (best === offsets.length) return best;
    }
  }
  return best;
}

/** Sub-queries for a relaxed search: each typed part alone, long parts cut in halves (twice),
 * so a query whose words are apart in the clause, or slightly wrong, still finds candidates. */
export function relaxedQueries(parts: string[]): string[][] {
  const out: string[][] = [];
  const halves = (p: string, depth: number) => {
    const cs = [...p];
    if (cs.length < 4 || depth > 2) return;
    const mid = Math.ceil(cs.length / 2);
    const a = cs.slice(0, mid).join('');
    const b = cs.slice(mid).join('');
    out.push([a], [b]);
    halves(a, depth + 1);
    halves(b, depth + 1);
  };
  if (parts.length > 1) for (const p of parts) out.push([p]);
  for (const p of parts) halves(p, 1);
  return out.slice(0, 12);
}

/** Starts loading the index chunks a query will need (call while the user is still typing). */
export function preloadQuery(pf: PagefindLike, query: string): void {
  const parts = queryParts(query);
  if (parts.length && pf.preload) pf.preload(lookupQuery(parts).terms).catch(() => {});
}

const now = () => globalThis.performance?.now() ?? Date.now();

/** Runs a clause search: candidates from Pagefind, pre-ordered by phrase runs, then re-ranked
 * on the clause text itself. */
export async function searchClauses(pf: PagefindLike, query: string, opts: SearchOptions = {}): Promise<SearchOutcome> {
  const limit = opts.limit ?? 20;
  const nCand = opts.candidates ?? Math.max(12, limit + 2);
  const parts = queryParts(query);
  const empty: SearchOutcome = { query, parts, hits: [], total: 0, filters: {}, relaxed: false };
  if (!parts.length) return empty;
  // Values of one facet are alternatives (any); different facets narrow each other.
  const active = Object.entries(opts.filters ?? {}).filter(([, v]) => v.length);
  const filters = active.length ? { filters: Object.fromEntries(active.map(([k, v]) => [k, { any: v }])) } : {};
  const tm = opts.timings;
  const t0 = now();
  await ensureFilters(pf);
  const look = lookupQuery(parts);
  const main = await pf.search(look.terms, filters);
  if (!main) return empty;
  const pool = new Map<string, { r: PfResult; pre: number }>();
  const addAll = (resp: PfResponse | null, factor: number, offsets: number[][]) => {
    if (!resp) return;
    const max = Math.max(1e-9, ...resp.results.map((r) => r.score));
    for (const r of resp.results) {
      let run = 0;
      for (const o of offsets) run += alignedTerms(r.words, o) / o.length * Math.min(8, o.length + 1);
      const pre = factor * (run + r.score / max);
      const old = pool.get(r.id);
      if (!old || old.pre < pre) pool.set(r.id, { r, pre });
    }
  };
  addAll(main, 1, look.offsets);
  let relaxed = false;
  if (main.results.length === 0) {
    relaxed = true;
    const subs = relaxedQueries(parts).map(lookupQuery);
    const resps = await Promise.all(subs.map((q) => pf.search(q.terms, filters)));
    resps.forEach((resp, i) => addAll(resp, 0.5, subs[i].offsets));
  }
  const cands = [...pool.values()].sort((a, b) => b.pre - a.pre).slice(0, nCand);
  const t1 = now();
  const datas = await Promise.all(cands.map((c) => (pf.clause ? pf.clause(c.r.id) : c.r.data().then((d) => ({ ...d.meta, url: d.url } as ClauseData)))));
  const t2 = now();
  // Score every candidate; excerpts and highlight ranges only for the hits returned.
  const scored = datas.map((m) => ({ m, score: scoreClause({ parts, title: searchKey(m.title ?? ''), text: searchKey((m.title ?? '') + (m.text ?? '')) }) }));
  scored.sort((a, b) => b.score - a.score);
  const hits: Hit[] = scored.slice(0, limit).map(({ m, score }) => {
    const title = m.title ?? '';
    const full = title + (m.text ?? '');
    const ranges = matchRanges(full, parts);
    return {
      url: m.url, plan: m.plan ?? '', planTitle: m.planTitle ?? '', path: m.path ?? '', title, kind: m.kind ?? '',
      score, excerpt: excerptAround(full, ranges), titleRanges: ranges.filter(([a]) => a < title.length),
    };
  });
  if (tm) Object.assign(tm, { search: t1 - t0, load: t2 - t1, rank: now() - t2 });
  return { query, parts, hits, total: Math.max(main.results.length, pool.size), filters: main.filters, relaxed };
}
