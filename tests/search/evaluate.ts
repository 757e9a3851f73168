// Search quality measurement over the real built index: realistic queries (queries.json) and random
// phrases of clause texts. Shared by the vitest suite and `node tests/search/evaluate.ts`.
import { prng } from '../../src/corpus/synth.ts';
import type { PlanDoc as Plan } from '../../src/core/schema/index.ts';
import { walkOutline } from '../../src/core/outline.ts';
import { searchKey as normalize } from '../../src/core/text.ts';
import { searchClauses, type PagefindLike } from '../../src/core/search/engine.ts';
import { planRecords, type ClauseRecord } from '../../src/indexer/records.ts';
import { readPlanDocs } from '../../src/build/data.ts';

/** Where the expected clause is: seed file prefix, line and a distinctive text of the clause; with
 * `page: 'overview'`, the overview page of the plan covering that line (a 文号 or title query). */
export interface Expect { seed: string; line: number; clause: string; page?: 'overview' }
/** Kind of user a query stands for: the public's everyday words, officials' administrative terms,
 * people after numbers, or `none` (no plan answers it: the fewer results the better). */
export type QueryKind = 'public' | 'official' | 'number' | 'none';
export interface Query extends Partial<Expect> { q: string; kind?: QueryKind; flag?: 'typo' | 'facts'; alt?: Expect[] }

/** The published plans of a data dir (content/data by default), validated. */
export function loadPlans(dataDir: string): Plan[] {
  return readPlanDocs(dataDir);
}

/** URL of the clause a query expects: the unit (or table row) of the plan covering seed:line
 * whose own text holds the clause text, nearest to that line. Null when the parse lost it. */
export function resolveExpected(plans: Plan[], e: Expect): string | null {
  const want = normalize(e.clause);
  let best: { url: string; d: number } | null = null;
  for (const p of plans) {
    const f = p.source.file.split('/').pop() ?? '';
    if (!f.startsWith(e.seed) || e.line < p.source.startLine || e.line > p.source.endLine) continue;
    if (e.page === 'overview') return p.url;
    const consider = (url: string, line: number, text: string) => {
      if (!normalize(text).includes(want)) return;
      const d = Math.abs(e.line - line) + (line > e.line ? 0.5 : 0);
      if (!best || d < best.d) best = { url, d };
    };
    for (const u of walkOutline(p.outline)) {
      consider(u.url, u.line, u.title + u.text);
      if (u.kind === 'table') for (const r of u.table.rows) consider(r.url, r.line, r.cells.join(''));
    }
  }
  return (best as { url: string } | null)?.url ?? null;
}

export interface QueryScore { q: string; kind: QueryKind | ''; flag: string; expected: string[]; rank: number | null; top: string[] }
export interface EvalReport { n: number; unresolved: string[]; hit1: number; hit3: number; hit10: number; mrr: number; misses: QueryScore[]; scores: QueryScore[] }

/** hit@1, hit@3 and MRR (rank within top 10) over the realistic query set. */
export type Runner = (q: string) => Promise<{ url: string }[]>;

/** The shipped search (top 10) as a runner. */
export function engineRunner(pf: PagefindLike): Runner {
  return async (q) => (await searchClauses(pf, q, { limit: 10 })).hits;
}

/** hit@1/3/10 and MRR of answerable queries (queries of kind `none` are left to evaluateNone). */
export async function evaluateQueries(pf: PagefindLike, plans: Plan[], queries: Query[], run: Runner = engineRunner(pf)): Promise<EvalReport> {
  const scores: QueryScore[] = [];
  const unresolved: string[] = [];
  for (const q of queries) {
    if (q.kind === 'none') continue;
    const expected = [q, ...(q.alt ?? [])].map((e) => resolveExpected(plans, e as Expect)).filter((u): u is string => !!u);
    if (!expected.length) { unresolved.push(q.q); continue; }
    const hits = (await run(q.q)).slice(0, 10);
    const i = hits.findIndex((h) => expected.includes(h.url));
    scores.push({ q: q.q, kind: q.kind ?? '', flag: q.flag ?? '', expected, rank: i < 0 ? null : i + 1, top: hits.slice(0, 3).map((h) => h.url) });
  }
  return { ...summarize(scores), unresolved };
}

/** Figures of a list of query scores. */
export function summarize(scores: QueryScore[]): Omit<EvalReport, 'unresolved'> {
  const n = scores.length;
  const share = (k: number) => scores.filter((s) => s.rank !== null && s.rank <= k).length / Math.max(1, n);
  const mrr = scores.reduce((a, s) => a + (s.rank ? 1 / s.rank : 0), 0) / Math.max(1, n);
  return { n, hit1: share(1), hit3: share(3), hit10: share(10), mrr, misses: scores.filter((s) => !s.rank || s.rank > 3), scores };
}

/** Figures per query kind, and for the typo and plan-fact queries, as printable lines. */
export function breakdown(rep: EvalReport): string[] {
  const groups = new Map<string, QueryScore[]>();
  const add = (k: string, s: QueryScore) => (groups.get(k) ?? groups.set(k, []).get(k)!).push(s);
  for (const s of rep.scores) {
    add(s.kind || 'all', s);
    if (s.flag) add(s.flag, s);
  }
  return [...groups].map(([k, ss]) => `${k.padEnd(8)} ${figures(summarize(ss))}`);
}

/** hit@1/3/10 and MRR on one line. */
export function figures(r: Pick<EvalReport, 'n' | 'hit1' | 'hit3' | 'hit10' | 'mrr'>): string {
  const pc = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `n=${r.n} hit@1=${pc(r.hit1)} hit@3=${pc(r.hit3)} hit@10=${pc(r.hit10)} MRR=${r.mrr.toFixed(3)}`;
}

/** Results returned for queries no plan answers: each is irrelevant, so at most one may come back. */
export async function evaluateNone(queries: Query[], run: Runner): Promise<{ n: number; ok: number; results: { q: string; hits: number; top: string[] }[] }> {
  const results: { q: string; hits: number; top: string[] }[] = [];
  for (const q of queries.filter((x) => x.kind === 'none')) {
    const hits = await run(q.q);
    results.push({ q: q.q, hits: hits.length, top: hits.slice(0, 2).map((h) => h.url) });
  }
  return { n: results.length, ok: results.filter((r) => r.hits <= 1).length, results };
}

/** Random 4–8 char substrings of clause texts that do not cross punctuation or spaces. */
export function samplePhrases(records: ClauseRecord[], n: number, seed = 20240601): { phrase: string; url: string }[] {
  // Seeded, so phrase samples are the same on every run.
  const rand = prng(seed);
  const out: { phrase: string; url: string }[] = [];
  let guard = 0;
  while (out.length < n && guard++ < n * 50) {
    const r = records[Math.floor(rand() * records.length)];
    const runs = (r.title + r.text).split(/[^\p{L}\p{N}]+/u).filter((s) => [...s].length >= 4);
    if (!runs.length) continue;
    const run = [...runs[Math.floor(rand() * runs.length)]];
    const len = Math.min(run.length, 4 + Math.floor(rand() * 5));
    const at = Math.floor(rand() * (run.length - len + 1));
    out.push({ phrase: run.slice(at, at + len).join(''), url: r.url });
  }
  return out;
}

/** Share of sampled phrases whose own clause is in the top 10 (phrases shared by several clauses
 * count as found when any clause holding the phrase is the sampled one or ranks above it). */
export async function phraseRecall(pf: PagefindLike, records: ClauseRecord[], n = 300, run: Runner = engineRunner(pf)): Promise<{ recall: number; misses: string[] }> {
  const sample = samplePhrases(records, n);
  let found = 0;
  const misses: string[] = [];
  for (const s of sample) {
    const hits = (await run(s.phrase)).slice(0, 10);
    if (hits.some((h) => h.url === s.url)) found++;
    else {
      const holders = records.filter((x) => normalize(x.title + x.text).includes(normalize(s.phrase))).length;
      if (holders > 10) found++;
      else misses.push(`${s.phrase} → ${s.url} (${holders} holders; top ${hits[0]?.url ?? '-'})`);
    }
  }
  return { recall: found / sample.length, misses };
}

/** All records of the data dir (same function the indexer uses). */
export function allRecords(plans: Plan[]): ClauseRecord[] {
  return plans.flatMap((p) => planRecords(p));
}
