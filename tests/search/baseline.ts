// The "before" figures: one Pagefind record per clause with its plain text (Pagefind's own jieba
// segmentation, Intl.Segmenter on the query, Pagefind's order). Same queries and phrase sample.
// Run: node tests/search/baseline.ts [outDir]
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { corpusRecords } from '../../src/build/publish.ts';
import { projectPaths } from '../../src/build/config.ts';
import { loadNodePagefind } from '../../src/indexer/node-pagefind.ts';
import { evaluateQueries, loadPlans, phraseRecall, type Query } from './evaluate.ts';

const out = process.argv[2] ?? '/tmp/pagefind-baseline';
const records = corpusRecords(projectPaths().contentData);
const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
for (const r of records) await index!.addCustomRecord({ url: r.url, content: r.title + r.text, language: 'zh-cn', meta: { title: r.title } });
await index!.writeFiles({ outputPath: out });
await pagefind.close();
const node = await loadNodePagefind(out);
const run = async (q: string) => {
  const r = await node.pf.search(q);
  return Promise.all((r?.results ?? []).slice(0, 10).map(async (x) => ({ url: (await x.data()).url })));
};
const queries: Query[] = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8'));
const rep = await evaluateQueries(node.pf, loadPlans('content/data'), queries, run);
console.log(`baseline queries: hit@1=${(rep.hit1 * 100).toFixed(1)}% hit@3=${(rep.hit3 * 100).toFixed(1)}% MRR=${rep.mrr.toFixed(3)}`);
const pr = await phraseRecall(node.pf, records, 300, run);
console.log(`baseline phrase recall@10: ${(pr.recall * 100).toFixed(1)}%`);
