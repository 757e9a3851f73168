// Prints the figures of a query set file: `node tests/search/run-sets.ts <set.json> [dataDir] [indexDir]`
// (tests/search/sets/tune.json while tuning; holdout.json only once, at the end: see sets/README.md).
import { readFileSync } from 'node:fs';
import { loadNodePagefind } from '../../src/indexer/node-pagefind.ts';
import { breakdown, engineRunner, evaluateNone, evaluateQueries, figures, loadPlans, type Query } from './evaluate.ts';

const [file, dataDir = 'content/data', indexDir = 'dist/pagefind'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tests/search/run-sets.ts <set.json> [dataDir] [indexDir]');
  process.exit(2);
}
const queries: Query[] = JSON.parse(readFileSync(file, 'utf8'));
const plans = loadPlans(dataDir);
const { pf } = await loadNodePagefind(indexDir);
const run = engineRunner(pf);
const rep = await evaluateQueries(pf, plans, queries, run);
console.log(`${file}: ${figures(rep)}`);
for (const l of breakdown(rep)) console.log(`  ${l}`);
for (const u of rep.unresolved) console.log(`  unresolved: ${u}`);
for (const m of rep.misses) console.log(`  miss [${m.kind}${m.flag ? '/' + m.flag : ''}] ${m.q} rank=${m.rank} want ${m.expected[0]} got ${m.top.join(' ')}`);
const none = await evaluateNone(queries, run);
if (none.n) {
  console.log(`  none: ${none.ok}/${none.n} queries with at most one result`);
  for (const r of none.results) if (r.hits > 1) console.log(`    ${r.q}: ${r.hits} results, top ${r.top.join(' ')}`);
}
