// The one search pipeline used by the search page and the CLI: normalize the query, ask Pagefind
// for candidate clauses with bigram terms, re-rank the candidates ourselves.
import { normalize, queryParts } from './normalize.ts';
import { partTerms } from './tokens.ts';
import { scoreClause } from './rank.ts';
import { excerpt, matchRanges, type Range } from './highlight.ts';

/** The subset of Pagefind's JS API this module relies on (same in the browser and in Node). */
export interface PagefindLike {
  search(term: string, opts?: { filters?: Record<string, unknown> }): Promise<PfResponse | null>;
  /** Loads every filter chunk; Pagefind only counts filter values once they are loaded. */
  filters?(): Promise<unknown>;
}

const filtersLoaded = new WeakMap<object, Promise<unknown>>();

/** Loads filter chunks once per Pagefind instance, so every result carries facet counts. */
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
  /** Candidates whose fragments are loaded and re-ranked. */
  candidates?: number;
}

/** Pagefind term string of normalized parts; bigrams are ASCII so no segmenter touches them. */
export function termString(parts: string[]): string {
  return [...new Set(parts.flatMap(partTerms))].join(' ');
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

/** Longest run of consecutive matched word positions: a cheap stand-in for "phrase present"
 * that needs no fragment download. */
export function longestRun(words: number[]): number {
  const s = [...new Set(words)].sort((a, b) => a - b);
  let best = s.length ? 1 : 0;
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s[i] === s[i - 1] + 1 ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** Runs a clause search: candidates from Pagefind, pre-ordered by phrase runs, then re-ranked
 * on the clause text itself. */
export async function searchClauses(pf: PagefindLike, query: string, opts: SearchOptions = {}): Promise<SearchOutcome> {
  const limit = opts.limit ?? 20;
  const nCand = opts.candidates ?? 40;
  const parts = queryParts(query);
  const empty: SearchOutcome = { query, parts, hits: [], total: 0, filters: {}, relaxed: false };
  if (!parts.length) return empty;
  // Values of one facet are alternatives (any); different facets narrow each other.
  const active = Object.entries(opts.filters ?? {}).filter(([, v]) => v.length);
  const filters = active.length ? { filters: Object.fromEntries(active.map(([k, v]) => [k, { any: v }])) } : {};
  await ensureFilters(pf);
  const main = await pf.search(termString(parts), filters);
  if (!main) return empty;
  const pool = new Map<string, { r: PfResult; pre: number }>();
  const addAll = (resp: PfResponse | null, factor: number) => {
    if (!resp) return;
    const max = Math.max(1e-9, ...resp.results.map((r) => r.score));
    for (const r of resp.results) {
      const pre = factor * (longestRun(r.words) + r.score / max);
      const old = pool.get(r.id);
      if (!old || old.pre < pre) pool.set(r.id, { r, pre });
    }
  };
  addAll(main, 1);
  let relaxed = false;
  if (main.results.length === 0) {
    relaxed = true;
    for (const sub of relaxedQueries(parts)) addAll(await pf.search(termString(sub), filters), 0.5);
  }
  const cands = [...pool.values()].sort((a, b) => b.pre - a.pre).slice(0, nCand);
  const datas = await Promise.all(cands.map((c) => c.r.data()));
  const hits: Hit[] = datas.map((d) => {
    const m = d.meta;
    const title = m.title ?? '';
    const text = m.text ?? '';
    const full = title + text;
    const score = scoreClause({ parts, title: normalize(title), text: normalize(full) });
    const ranges = matchRanges(full, parts);
    return {
      url: d.url, plan: m.plan ?? '', planTitle: m.planTitle ?? '', path: m.path ?? '', title, kind: m.kind ?? '',
      score, excerpt: excerpt(full, ranges), titleRanges: ranges.filter(([a]) => a < title.length),
    };
  });
  hits.sort((a, b) => b.score - a.score);
  return { query, parts, hits: hits.slice(0, limit), total: Math.max(main.results.length, pool.size), filters: main.filters, relaxed };
}
