// `npm run search -- "<query>"`: the search page's ranking over the built index, from a terminal.
// --json prints one JSON object per hit; with no query, reads queries from stdin (one per line)
// and prints one JSON line per query {"query","hits":[…]}. --index DIR, --limit N, --filter k=v.
import { createInterface } from 'node:readline';
import { loadNodePagefind } from '../src/indexer/node-pagefind.ts';
import { searchClauses, type Hit } from '../src/core/search/engine.ts';

interface Args { query: string | null; json: boolean; index: string; limit: number; filters: Record<string, string[]> }

/** Parses argv; unknown flags are an error so typos are not taken for queries. */
export function parseArgs(argv: string[]): Args {
  const a: Args = { query: null, json: false, index: 'dist/pagefind', limit: 10, filters: {} };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '--index') a.index = argv[++i];
    else if (x === '--limit') a.limit = Number(argv[++i]);
    else if (x === '--filter') {
      const [k, v] = argv[++i].split('=');
      (a.filters[k] ??= []).push(v);
    } else if (x.startsWith('--')) throw new Error(`unknown option ${x}`);
    else words.push(x);
  }
  a.query = words.length ? words.join(' ') : null;
  return a;
}

/** Hit as printed in JSON output (highlight ranges kept for tools that want them). */
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

async function main() {
  const args = parseArgs(process.argv.slice(2));
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
    return;
  }
  const r = await run(args.query);
  if (args.json) { for (const h of r.hits) console.log(JSON.stringify(hitJson(h))); return; }
  console.log(`${r.total} 条匹配${r.relaxed ? '（放宽匹配）' : ''}`);
  r.hits.forEach((h, i) => console.log(`${i + 1}. ${h.planTitle} ${h.path} ${h.url}\n   ${marked(h)}`));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
