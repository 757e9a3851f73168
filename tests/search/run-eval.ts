// Prints the search figures: `node tests/search/run-eval.ts [dataDir] [indexDir]`.
import { readFileSync } from 'node:fs';
import { loadNodePagefind } from '../../src/indexer/node-pagefind.ts';
import { searchClauses } from '../../src/core/search/engine.ts';
import { allRecords, evaluateQueries, loadPlans, phraseRecall, type Query } from './evaluate.ts';

const dataDir = process.argv[2] ?? 'content/data';
const indexDir = process.argv[3] ?? 'dist/pagefind';
const plans = loadPlans(dataDir);
const queries: Query[] = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8'));
const node = await loadNodePagefind(indexDir);
node.reset();
let t = performance.now();
await searchClauses(node.pf, '知识产权质押融资');
console.log(`first query: ${(node.bytes() / 1024).toFixed(1)} kB fetched in ${node.files().length} files (incl. wasm/meta), ${(performance.now() - t).toFixed(0)} ms`);
node.reset();
t = performance.now();
await searchClauses(node.pf, '特种设备 隐患排查');
console.log(`second query: ${(node.bytes() / 1024).toFixed(1)} kB in ${node.files().length} files, ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const rep = await evaluateQueries(node.pf, plans, queries);
const dt = (performance.now() - t) / queries.length;
console.log(`queries: n=${rep.n} unresolved=${rep.unresolved.length} hit@1=${(rep.hit1 * 100).toFixed(1)}% hit@3=${(rep.hit3 * 100).toFixed(1)}% MRR=${rep.mrr.toFixed(3)} (${dt.toFixed(1)} ms/query)`);
for (const u of rep.unresolved) console.log(`  unresolved: ${u}`);
for (const m of rep.misses) console.log(`  miss: ${m.q} rank=${m.rank} want ${m.expected[0]} got ${m.top.join(' ')}`);
const pr = await phraseRecall(node.pf, allRecords(plans), 300);
console.log(`phrase recall@10: ${(pr.recall * 100).toFixed(1)}% (300 samples)`);
for (const m of pr.misses.slice(0, 15)) console.log(`  ${m}`);
