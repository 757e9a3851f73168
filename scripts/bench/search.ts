// Search cost of a built index: size on disk and bytes fetched by a first and a tenth query (Node engine,
// ten hits per query as on the search page), the first query's bytes by kind of file.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodePagefind } from '../../src/indexer/node-pagefind.ts';
import { searchClauses } from '../../src/core/search/engine.ts';

export interface SearchStats {
  indexBytes: number;
  files: number;
  /** Bytes of the first query, with their share per kind of file (entry/meta, wasm, index, filter, clause). */
  firstQuery: { query: string; bytes: number; parts: Record<string, number> };
  tenthQuery: { query: string; bytes: number };
}

const QUERIES = ['知识产权质押融资', '特种设备 隐患排查', '食品安全', '商标 质押', '双随机一公开', '市场主体', '专利', '检验检测', '消费者权益', '标准化'];

/** Total bytes and file count of a directory tree. */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0, files = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, f));
    if (st.isFile()) (bytes += st.size), files++;
  }
  return { bytes, files };
}

/** Measures index size and bytes fetched (including wasm/entry loading for the first query). */
export async function searchStats(pagefindDir: string): Promise<SearchStats> {
  const { bytes: indexBytes, files } = dirSize(pagefindDir);
  const npf = await loadNodePagefind(pagefindDir);
  const fetched: number[] = [];
  let before = 0; // bytes fetched during loading count towards the first query
  let parts: Record<string, number> = {};
  for (const q of QUERIES) {
    // As the search page asks: ten hits.
    await searchClauses(npf.pf, q, { limit: 10 });
    if (!fetched.length) parts = byKind(pagefindDir, npf.files());
    fetched.push(npf.bytes() - before);
    before = npf.bytes();
  }
  return { indexBytes, files, firstQuery: { query: QUERIES[0], bytes: fetched[0], parts }, tenthQuery: { query: QUERIES[9], bytes: fetched[9] } };
}

/** Bytes of served files by kind: Pagefind's entry and metadata, wasm, index and filter chunks, clause store. */
export function byKind(pagefindDir: string, files: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files) {
    const kind = /^(?:shards\/[^/]+\/)?(index|filter|clause)\//.exec(f)?.[1] ?? (f.startsWith('wasm') ? 'wasm' : 'entry/meta');
    out[kind] = (out[kind] ?? 0) + statSync(join(pagefindDir, f)).size;
  }
  return out;
}
