// `npm run search -- "<query>"`: the search page's ranking over the built index, from a terminal.
// --json prints one JSON object per hit; with no query, reads queries from stdin (one per line)
// and prints one JSON line per query {"query","hits":[…]}. --index DIR, --limit N, --filter k=v.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadNodePagefind } from '../src/indexer/node-pagefind.ts';
import { searchClauses, type Hit, type SearchOutcome } from '../src/core/search/engine.ts';
import { MAX_QUERY_CHARS } from '../src/core/search/query.ts';

export const USAGE = `usage: npm run search -- [options] "<query>"
       printf '商标 质押\\n9000平方米\\n' | npm run search -- [options]
options:
  --json           one JSON object per hit
  --limit N        hits to print, 1–100 (default 10)
  --filter KEY=V   keep hits whose facet KEY (plan, region, kind, period, unit, body, topic) is V; repeatable
  --index DIR      the Pagefind index (default dist/pagefind)
  --help           this text`;

const FACETS = ['plan', 'region', 'kind', 'period', 'unit', 'body', 'topic'];

interface Args { query: string | null; json: boolean; index: string; limit: number; filters: Record<string, string[]>; help: boolean }

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** Parses argv; unknown flags and bad values are usage errors, so typos are not taken for queries. */
export function parseArgs(argv: string[]): Args {
  const a: Args = { query: null, json: false, index: 'dist/pagefind', limit: 10, filters: {}, help: false };
  const words: string[] = [];
  const value = (i: number, flag: string) => {
    const v = argv[i];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '--help' || x === '-h') a.help = true;
    else if (x === '--index') a.index = value(++i, x);
    else if (x === '--limit') {
      const v = value(++i, x);
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 100) throw new UsageError(`--limit must be a whole number from 1 to 100, not "${v}"`);
      a.limit = Number(v);
    } else if (x === '--filter') {
      const v = value(++i, x);
      const eq = v.indexOf('=');
      const k = v.slice(0, eq);
      if (eq < 1 || eq === v.length - 1 || !FACETS.includes(k)) throw new UsageError(`--filter needs KEY=VALUE with KEY one of ${FACETS.join(', ')}, not "${v}"`);
      (a.filters[k] ??= []).push(v.slice(eq + 1));
    } else if (x.startsWith('-') && x.length > 1 && !/^-\d/.test(x)) throw new UsageError(`unknown option ${x}`);
    else words.push(x);
  }
  a.query = words.length ? words.join(' ') : null;
  return a;
}

/** Hit as printed in JSON output. */
function hitJson(h: Hit) {
  return { url: h.url, plan: h.plan, planTitle: h.planTitle, path: h.path, title: h.title, kind: h.kind, score: Number(h.score.toFixed(4)), excerpt: h.excerpt.text };
}

/** Excerpt with matches in 【】 for a terminal. */
function marked(h: Hit): string {
  let s = '';
  let at = 0;
  for (const [a, b] of h.excerpt.ranges) { s += h.excerpt.text.slice(at, a) + '【' + h.excerpt.text.slice(a, b) + '】'; at = b; }
  return s + h.excerpt.text.slice(at);
}

/** What the page's status line says, for a terminal. */
function summary(r: SearchOutcome): string {
  const q = (xs: string[]) => xs.map((x) => `“${x}”`).join('、');
  const notes = [
    r.cut ? `查询过长，只按前 ${MAX_QUERY_CHARS} 个字搜索。` : '',
    r.unmatched.length ? (r.hits.length ? `未找到${q(r.unmatched)}，以下结果只匹配${q(r.matched)}。` : `未找到${q(r.unmatched)}的相关条款。`) : '',
    r.hits.length && !r.unmatched.length && !r.together && r.parts.length > 1 ? `没有条款同时包含${q(r.matched)}，以下结果只匹配其中一部分。` : '',
    ...r.readAs.map((x) => `“${x.typed}”按“${x.as}”匹配。`),
  ].join('');
  return `${notes}${r.total} 条匹配`;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`search: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) { console.log(USAGE); return 0; }
  if (!existsSync(join(args.index, 'pagefind.js'))) {
    console.error(`search: no search index in ${args.index}. Build the site first: npm run build`);
    return 1;
  }
  const { pf } = await loadNodePagefind(args.index);
  const run = (q: string) => searchClauses(pf, q, { limit: args.limit, filters: args.filters });
  if (args.query === null) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      const q = line.trim();
      if (!q) continue;
      const r = await run(q);
      console.log(JSON.stringify({ query: q, hits: r.hits.map(hitJson) }));
    }
    return 0;
  }
  const r = await run(args.query);
  if (args.json) { for (const h of r.hits) console.log(JSON.stringify(hitJson(h))); return 0; }
  console.log(summary(r));
  r.hits.forEach((h, i) => console.log(`${i + 1}. ${h.planTitle} ${h.path} ${h.url}\n   ${marked(h)}`));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
