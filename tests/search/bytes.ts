// Bytes fetched by queries over a built index (Node, files as stored, i.e. compressed):
// `node tests/search/bytes.ts [indexDir]`. Prints the first query's breakdown, the cold-start
// bytes of every query of the set (fresh Pagefind instance each), and a ten-query session.
import { readFileSync } from 'node:fs';
import { loadNodePagefind } from '../../src/indexer/node-pagefind.ts';
import { searchClauses } from '../../src/core/search/engine.ts';
import { groupLoader } from '../../src/core/search/store.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Query } from './evaluate.ts';

/** Ten realistic queries typed one after another in the browser test and here. */
export const SESSION = ['特种设备 隐患排查', '知识产权质押融资', '检验检测 一站式', '食品安全责任保险', '商标 质押',
  '標準創新策源地', '计量器具强制检定', '小作坊 100%建档', '互联网监管 信用分类', '驰名商标 海外注册商标'];

/** Kind of a served file, for the breakdown. */
function kind(f: string): string {
  if (f.startsWith('index/')) return 'index';
  if (f.startsWith('fragment/')) return 'fragment';
  if (f.startsWith('clause/')) return 'clause';
  if (f.startsWith('filter/')) return 'filter';
  if (f.startsWith('wasm')) return 'wasm';
  return 'entry/meta';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist/pagefind';
  const node = await loadNodePagefind(dir);
  const pf = node.pf as typeof node.pf & { destroy(): Promise<void>; options(o: object): Promise<void>; init(): Promise<void> };
  const sizes = (files: string[]) => {
    const by: Record<string, number> = {};
    for (const f of files) by[kind(f)] = (by[kind(f)] ?? 0) + readFileSync(`${dir}/${f}`).length;
    return by;
  };
  const fmt = (by: Record<string, number>) => Object.entries(by).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(' + ');
  // A fresh Pagefind instance and clause cache: nothing loaded yet, as on a new page.
  const cold = async () => {
    await pf.destroy(); await pf.options({ baseUrl: '/' }); await pf.init();
    pf.group = groupLoader(pathToFileURL(resolve(dir) + '/').href);
    node.reset();
  };

  await cold();
  await searchClauses(pf, '知识产权质押融资');
  const first = sizes(node.files());
  console.log(`first query 知识产权质押融资: ${(node.bytes() / 1024).toFixed(1)} kB = ${fmt(first)} (${node.files().filter((f) => f.startsWith('index/')).length} index chunks)`);

  const queries: Query[] = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8'));
  const tot: number[] = [];
  const idx: number[] = [];
  for (const q of queries) {
    await cold();
    await searchClauses(pf, q.q);
    tot.push(node.bytes());
    idx.push(sizes(node.files()).index ?? 0);
  }
  const avg = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length / 1024;
  console.log(`cold start, ${queries.length} queries: mean ${avg(tot).toFixed(1)} kB (index chunks ${avg(idx).toFixed(1)} kB), max ${(Math.max(...tot) / 1024).toFixed(1)} kB`);

  await cold();
  const per: string[] = [];
  for (const q of SESSION) {
    node.reset();
    await searchClauses(pf, q);
    per.push((node.bytes() / 1024).toFixed(1));
    if (process.env.DEBUG) console.log(q, node.files().join(' '));
  }
  console.log(`session of ${SESSION.length} (kB each): ${per.join(' ')}; tenth ${per[per.length - 1]} kB`);
  process.exit(0);
}
