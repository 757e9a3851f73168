// The one search pipeline used by the search page and the CLI: read the query (query.ts), ask
// Pagefind for candidate clauses (lookups.ts), re-rank them on their own text (rank.ts), keep only
// those that answer the query, and say which typed words matched nothing.
import { searchKey } from '../text.ts';
import { planQuery, respell, type Part } from './query.ts';
import { alignedTerms, expansionLookups, homophoneLookups, lookupQuery, nearLookups, strictLookup, type Lookup } from './lookups.ts';
import { partWeight, RANK, scoreClause, type Scored } from './rank.ts';
import { FOUND } from './match.ts';
import { loadHomophones, type Homophones } from './homophones.ts';
import { excerptAround, formRanges, type Range } from './highlight.ts';
import type { ClauseData } from './store.ts';

export { lookupQuery, alignedTerms };

/** The subset of Pagefind's JS API this module relies on (same in the browser and in Node). */
export interface PagefindLike {
  search(term: string, opts?: { filters?: Record<string, unknown> }): Promise<PfResponse | null>;
  /** Loads the index chunks of a term string without searching (Pagefind's preload). */
  preload?(term: string, opts?: { filters?: Record<string, unknown> }): Promise<unknown>;
  /** The clauses of a Pagefind record (a group of clauses) by page id: the clause store, store.ts. */
  group(id: string): Promise<ClauseData[]>;
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
  /** The clause's own words that matched (search keys), for highlighting on the clause's page. */
  forms: string[];
}

export interface SearchOutcome {
  query: string;
  /** The typed parts, as search keys. */
  parts: string[];
  hits: Hit[];
  /** Clauses that answer the query (before the cut to `limit`), plus one for each record Pagefind
   * matched that was not read (a record holds a few clauses), so an estimate when `approximate`. */
  total: number;
  /** True when some records Pagefind matched were not read, so `total` is an estimate. */
  approximate: boolean;
  /** Filter value counts among the clauses that answer the query and were read (Pagefind's own
   * counts would need every filter chunk, which grows with the corpus, and would count records). */
  filters: Record<string, Record<string, number>>;
  /** True when the hits were found other than exactly (everyday words, typos). */
  relaxed: boolean;
  /** Typed parts (as typed) found in no hit. */
  unmatched: string[];
  /** Typed parts found in some hit. */
  matched: string[];
  /** Typed parts read as another word (a typo or an everyday word): typed → the word found. */
  readAs: { typed: string; as: string }[];
  /** True when some hit holds every part; false when the parts are only found apart. */
  together: boolean;
  /** True when the query was longer than the engine reads (MAX_QUERY_CHARS) and was cut. */
  cut: boolean;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  /** Hits returned. */
  limit?: number;
  /** Pagefind records (groups of clauses) whose clause data is loaded and re-ranked (default:
   * limit + 2, at least 12: every load is a request, and the pre-order is good enough). */
  candidates?: number;
  /** Filled with the time spent in each step (ms), for the page's timing marks and benchmarks. */
  timings?: Partial<Record<'search' | 'load' | 'rank', number>>;
}

/** Records re-ranked when the first ranking is weak (no clause holds every part exactly or
 * through an everyday word): near misses rank low in Pagefind's order, so more are read. */
export const WEAK_CANDIDATES = 20;

/** Starts loading the index chunks a query will need, its everyday words' plan terms included
 * (call while the user is still typing). */
export function preloadQuery(pf: PagefindLike, query: string): void {
  const { parts } = planQuery(query);
  if (!parts.length || !pf.preload) return;
  const terms = new Set([strictLookup(parts), ...expansionLookups(parts)].flatMap((l) => l.terms.split(' ')));
  pf.preload([...terms].join(' ')).catch(() => {});
}

const now = () => globalThis.performance?.now() ?? Date.now();

/** A Pagefind record (a group of clauses) with its pre-order. */
interface Candidate { id: string; r: PfResult; pre: number }
interface Ranked { data: ClauseData; s: Scored }

/** Runs a clause search: candidates from Pagefind, pre-ordered by phrase runs, then re-ranked on the
 * clause text itself; only clauses holding most of the query are returned. */
export async function searchClauses(pf: PagefindLike, query: string, opts: SearchOptions = {}): Promise<SearchOutcome> {
  const limit = opts.limit ?? 20;
  const nCand = opts.candidates ?? Math.max(12, limit + 2);
  const plan = planQuery(query);
  const parts = plan.parts;
  const empty: SearchOutcome = { query, parts: parts.map((p) => p.key), hits: [], total: 0, approximate: false, filters: {}, relaxed: false, unmatched: [], matched: [], readAs: [], together: false, cut: plan.cut };
  if (!parts.length) return empty;
  // Values of one facet are alternatives (any); different facets narrow each other.
  const active = Object.entries(opts.filters ?? {}).filter(([, v]) => v.length);
  const filters = active.length ? { filters: Object.fromEntries(active.map(([k, v]) => [k, { any: v }])) } : {};
  // A record's filter values are those of all its clauses; each clause is checked on its own values.
  const passes = (c: ClauseData) => active.every(([k, vs]) => (c.facets[k] ?? []).some((v) => vs.includes(v)));
  const tm = opts.timings;
  const t0 = now();
  const pool = new Map<string, Candidate>();
  let main: PfResponse | null = null;
  const run = async (lookups: Lookup[]) => {
    const resps = await Promise.all(lookups.map((l) => (l.terms ? pf.search(l.terms, filters) : Promise.resolve(null))));
    resps.forEach((resp, i) => addAll(pool, resp, lookups[i]));
    return resps;
  };
  const strict = strictLookup(parts);
  [main] = await run([strict, ...expansionLookups(parts)]);
  if (!main) return empty;
  let tSearch = now() - t0;
  let tLoad = 0;
  let tRank = 0;
  // Records read (page id → their clauses) and clauses ranked (by url).
  const loaded = new Map<string, ClauseData[]>();
  const ranked = new Map<string, Ranked>();
  // Loads the n best records not yet read (by pre-order) and scores each of their clauses.
  const rankMore = async (n: number, h: Homophones | null) => {
    const t1 = now();
    const next = [...pool.values()].filter((c) => !loaded.has(c.id)).sort(byPre).slice(0, n);
    await Promise.all(next.map(async (c) => loaded.set(c.id, await pf.group(c.id))));
    const t2 = now();
    for (const data of [...loaded.values()].flat()) {
      if ((ranked.has(data.url) && !h) || !passes(data)) continue;
      ranked.set(data.url, { data, s: scoreClause({ parts, title: searchKey(data.title ?? ''), text: searchKey((data.title ?? '') + (data.text ?? '')), kind: data.kind, homophones: h }) });
    }
    tLoad += t2 - t1;
    tRank += now() - t2;
  };
  await rankMore(nCand, null);
  // Weak: no candidate holds every part exactly or through its plan terms (Pagefind drops a term it
  // does not know, so the strict lookup may have ignored a misspelt part). Then read the query with
  // homophones, look up near spellings, and read further candidates, the new ones first.
  const strong = (r: Ranked) => r.s.parts.every((m) => m.kind === 'exact' || m.kind === 'expanded');
  const weak = ![...ranked.values()].some(strong);
  if (weak) {
    const t3 = now();
    const h = await loadHomophones();
    const respelt = respell(parts, h);
    const weakParts = parts.map((_, i) => ![...ranked.values()].some((r) => r.s.parts[i].kind === 'exact' || r.s.parts[i].kind === 'expanded'));
    // Other parts are looked up as they were found: their key, the plan term of the best clause, or
    // (found nowhere yet) the first plan term of each everyday word.
    const base = parts.map((p, i) => {
      const best = [...ranked.values()].map((r) => r.s.parts[i]).sort((a, b) => b.quality - a.quality)[0];
      if (best?.kind === 'exact') return [p.key];
      if (best?.kind === 'expanded') return best.forms;
      return p.terms.flatMap((t) => t.alts[0] ?? [t.key]);
    });
    const seen = new Set(pool.keys());
    const before = new Map(pool);
    pool.clear();
    const done = new Set([strict.terms, ...expansionLookups(parts).map((l) => l.terms)]);
    await run([...expansionLookups(respelt).filter((l) => !done.has(l.terms)), ...nearLookups(respelt, weakParts, base)]);
    parts.splice(0, parts.length, ...respelt);
    // Two-character parts have no near lookup of their own: try their homophones (电悌 → 电梯).
    const unfound = parts.map((p, i) => weakParts[i] && !p.terms.some((t) => t.alts.length) && [...p.key].length === 2);
    if (unfound.some(Boolean)) await run(homophoneLookups(parts, unfound, h, base));
    // Candidates of the first lookups that were read and found weak keep no priority.
    for (const [id, c] of before) if (!pool.has(id)) pool.set(id, seen.has(id) && loaded.has(id) ? c : { ...c, pre: c.pre * 0.5 });
    tSearch += now() - t3;
    await rankMore(Math.max(WEAK_CANDIDATES, nCand), h);
  }
  // Parts found in no candidate at all: when they weigh too much, no plan answers the query.
  const all = [...ranked.values()];
  const ws = parts.map(partWeight);
  const nowhere = parts.map((_, i) => !all.some((r) => r.s.parts[i].quality >= FOUND));
  const missing = ws.reduce((a, w, i) => a + (nowhere[i] ? w : 0), 0) / ws.reduce((a, b) => a + b, 0);
  const whole = all.some((r) => r.s.found === 1);
  const min = (whole ? RANK.minFoundWhole : RANK.minFound) - 1e-9;
  const answers = missing > RANK.maxMissing ? [] : all.filter((r) => r.s.found >= min && r.s.score > 0).sort(byScore);
  // No clause holds every part: lead with the best clause for each part, so every found part shows.
  if (answers.length && !answers.some((a) => a.s.parts.every((m) => m.quality >= FOUND))) {
    const lead = parts.map((_, i) => answers.find((a) => a.s.parts[i].quality >= FOUND)).filter((a): a is Ranked => !!a).sort(byScore);
    const rest = answers.filter((a) => !lead.includes(a));
    answers.splice(0, answers.length, ...new Set([...lead, ...rest]));
  }
  const hits = answers.slice(0, limit).map(({ data, s }) => toHit(data, s));
  // Records not read whose matched words hold every part as a phrase likely hold an answer (Pagefind
  // matches a record when its clauses hold the parts between them); each counts as one clause. None
  // when the lookup was weak: then Pagefind may have dropped a part.
  const phrased = (r: PfResult) => strict.offsets.every((o) => alignedTerms(r.words, o) === o.length);
  const unread = weak ? 0 : main.results.filter((r) => !loaded.has(r.id) && phrased(r)).length;
  if (tm) Object.assign(tm, { search: tSearch, load: tLoad, rank: tRank });
  const shown = answers.slice(0, limit);
  const matchedAt = (i: number) => shown.some((a) => a.s.parts[i].quality >= FOUND);
  const readAs: SearchOutcome['readAs'] = [];
  parts.forEach((p, i) => {
    const best = shown.map((a) => a.s.parts[i]).sort((a, b) => b.quality - a.quality)[0];
    if (best && (best.kind === 'homophone' || best.kind === 'typo') && best.forms[0]) readAs.push({ typed: p.typed, as: best.forms.join('') });
  });
  return {
    query,
    parts: parts.map((p) => p.key),
    hits,
    total: answers.length + unread,
    approximate: unread > 0,
    filters: facetCounts(answers.map((a) => a.data)),
    relaxed: shown.some((a) => a.s.parts.some((m) => m.kind !== 'exact')),
    unmatched: shown.length ? parts.filter((_, i) => !matchedAt(i)).map((p) => p.typed) : parts.map((p) => p.typed),
    matched: parts.filter((_, i) => matchedAt(i)).map((p) => p.typed),
    readAs,
    together: shown.some((a) => a.s.parts.every((m) => m.quality >= FOUND)),
    cut: plan.cut,
  };
}

/** Adds a lookup's results to the candidate pool with their pre-order: how many lookup terms sit at
 * their phrase offsets, times the lookup's factor. Pagefind's own score is not used: it rests on each
 * index's statistics, so the merged indexes of a sharded site would pick other candidates than one
 * index of the same corpus (and the phrase test alone ranks as well on the query sets). */
function addAll(pool: Map<string, Candidate>, resp: PfResponse | null, l: Lookup): void {
  if (!resp) return;
  for (const r of resp.results) {
    let run = 0;
    for (const o of l.offsets) run += (alignedTerms(r.words, o) / o.length) * Math.min(8, o.length + 1);
    const pre = l.factor * run;
    const old = pool.get(r.id);
    if (!old || old.pre < pre) pool.set(r.id, { id: r.id, r, pre });
  }
}

// Orders that do not depend on how the corpus is split into indexes: ties go to the record's content
// hash (a page id without its index tag: the same in one build and in a shard) or to the clause URL.
// Near-copies of a clause in hundreds of county plans tie often, and a merged search must pick the
// same ones as a single index.
const byPre = (a: Candidate, b: Candidate) => b.pre - a.pre || cmp(contentHash(a.id), contentHash(b.id));
const byScore = (a: Ranked, b: Ranked) => b.s.score - a.s.score || cmp(a.data.url, b.data.url);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A page id without its index tag (zh-cn-x-s2_1a2b3c4 → 1a2b3c4). */
function contentHash(id: string): string {
  return id.slice(id.lastIndexOf('_') + 1);
}

/** Count of clauses per filter value. */
function facetCounts(clauses: ClauseData[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const c of clauses) for (const [k, vs] of Object.entries(c.facets)) for (const v of vs) (out[k] ??= {})[v] = (out[k][v] ?? 0) + 1;
  return out;
}

/** A ranked clause as a hit: excerpt around the matched words, ranges of whole words only. */
function toHit(m: ClauseData, s: Scored): Hit {
  const title = m.title ?? '';
  const full = title + (m.text ?? '');
  const forms = [...new Set(s.parts.flatMap((p) => p.forms))].filter(Boolean);
  const ranges = formRanges(full, forms);
  // The excerpt starts at the rarest matched word (电梯 rather than the tenth 安全).
  const rarest = forms.map((f) => formRanges(full, [f])).filter((r) => r.length).sort((a, b) => a.length - b.length)[0];
  return {
    url: m.url, plan: m.plan ?? '', planTitle: m.planTitle ?? '', path: m.path ?? '', title, kind: m.kind ?? '',
    score: s.score, excerpt: excerptAround(full, ranges, 110, rarest?.[0][0]), titleRanges: ranges.filter(([a]) => a < title.length), forms,
  };
}

export type { Part };
