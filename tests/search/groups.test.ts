// Clause records packed into Pagefind records (groups), the clause store that holds their clauses,
// and a small index written and searched end to end: no fragments left, one store file per group,
// a clause found inside a group, filters checked per clause, shard ids tagged with the shard.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../../src/indexer/records.ts';
import { groupRecords } from '../../src/indexer/groups.ts';
import { indexVocabulary, writeClauseIndex } from '../../src/indexer/build-index.ts';
import { lookupQuery } from '../../src/core/search/lookups.ts';
import { loadNodePagefind } from '../../src/indexer/node-pagefind.ts';
import { searchClauses } from '../../src/core/search/engine.ts';
import { packGroup, unpackGroup, type ClauseData } from '../../src/core/search/store.ts';

const rec = (plan: string, n: number, text: string, unit = '段落', body: string[] = []): ClauseRecord => ({
  url: `/plans/${plan}/text/#p${n}`, plan, planTitle: `${plan}规划`, path: `第${n}段`, title: '', text, kind: 'paragraph',
  filters: { plan: [`${plan}规划`], region: ['某市'], kind: ['专项规划'], period: ['2021—2025'], unit: [unit], body, topic: [] },
});

describe('groups of clause records', () => {
  const terms = (r: ClauseRecord) => [...r.text].length;
  it('keep consecutive clauses of one plan, within the record and term limits', () => {
    const recs = [rec('a', 1, '一二三'), rec('a', 2, '四五六'), rec('a', 3, '七八九'), rec('b', 1, '十'), rec('b', 2, '')];
    const gs = groupRecords(recs, terms, { records: 2, terms: 100 });
    expect(gs.map((g) => g.records.map((r) => r.url))).toEqual([
      ['/plans/a/text/#p1', '/plans/a/text/#p2'], ['/plans/a/text/#p3'], ['/plans/b/text/#p1'],
    ]);
    expect(gs[0].url).toBe('/plans/a/text/#p1');
  });
  it('put a clause longer than the term limit in a group of its own', () => {
    const gs = groupRecords([rec('a', 1, '一二'), rec('a', 2, '长'.repeat(50)), rec('a', 3, '三四')], terms, { records: 8, terms: 10 });
    expect(gs.map((g) => g.records.length)).toEqual([1, 1, 1]);
  });
  it('carry the union of their clauses’ filter values', () => {
    const [g] = groupRecords([rec('a', 1, '一', '段落', ['市场监管局']), rec('a', 2, '二', '条目', ['商务局'])], terms);
    expect(g.filters.unit).toEqual(['段落', '条目']);
    expect(g.filters.body).toEqual(['市场监管局', '商务局']);
    expect(g.filters.plan).toEqual(['a规划']);
  });
});

describe('clause store file', () => {
  const c = (url: string, unit: string): ClauseData => ({ url, title: 't', text: 'x', plan: 'a', planTitle: 'A', path: 'p', kind: 'paragraph', facets: { plan: ['A'], unit: [unit] } });
  it('writes facets shared by every clause once and restores each clause’s own', () => {
    const clauses = [c('/1', '段落'), c('/2', '条目')];
    const packed = packGroup(clauses);
    expect(packed.facets).toEqual({ plan: ['A'] });
    expect(packed.clauses[0].facets).toEqual({ unit: ['段落'] });
    expect(unpackGroup(packed)).toEqual(clauses);
  });
});

describe('a grouped index, written and searched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planatlas-groups-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const recs = [
    rec('a', 1, '加强特种设备安全监管', '段落', ['市场监管局']),
    rec('a', 2, '推进电梯应急处置平台建设', '条目', ['应急管理局']),
    rec('a', 3, '开展食品安全抽检', '段落'),
    rec('b', 1, '推进电梯维保质量提升', '段落'),
  ];
  it('writes one store file per group, no Pagefind fragments and no UI bundles', async () => {
    const out = join(dir, 'single');
    const res = await writeClauseIndex(recs, out, { groupLimits: { records: 8, terms: 1000 } });
    expect(res).toEqual({ records: 4, groups: 2, errors: [] });
    const files = readdirSync(out);
    expect(files).not.toContain('fragment');
    expect(files.filter((f) => f.startsWith('pagefind-') && f.endsWith('.js'))).toEqual(['pagefind-worker.js']);
    expect(readdirSync(join(out, 'clause'))).toHaveLength(2);
  });
  it('finds a clause inside a group and ranks it on its own text; a clause-level filter is checked per clause', async () => {
    const { pf } = await loadNodePagefind(join(dir, 'single'));
    const r = await searchClauses(pf, '电梯应急', { limit: 10 });
    expect(r.hits[0].url).toBe('/plans/a/text/#p2');
    expect(r.hits.map((h) => h.url)).not.toContain('/plans/a/text/#p1');
    const f = await searchClauses(pf, '推进', { limit: 10, filters: { unit: ['段落'] } });
    expect(f.hits.map((h) => h.url)).toEqual(['/plans/b/text/#p1']);
    expect(f.filters.unit).toEqual({ 段落: 1 });
  });
  it('lets a shard’s index know the corpus’s terms, so a term of another shard is required, not dropped', async () => {
    const { terms } = lookupQuery(['随州推进']);
    const without = await loadNodePagefind(join(dir, 'single'));
    // Pagefind drops a term its index does not know: 随州 is ignored and 推进 clauses come back.
    expect((await without.pf.search(terms))!.results.length).toBeGreaterThan(0);
    const out = join(dir, 'vocabulary');
    await writeClauseIndex(recs, out, { shard: 'east', vocabulary: indexVocabulary([...recs, rec('c', 1, '随州市推进')]) });
    const withVocabulary = await loadNodePagefind(out);
    expect((await withVocabulary.pf.search(terms))!.results).toEqual([]);
    expect((await searchClauses(withVocabulary.pf, '推进', { limit: 10 })).hits).toHaveLength(2);
  });
  it('tags a shard’s page ids with its language, so shards never share an id', async () => {
    const out = join(dir, 'shard');
    await writeClauseIndex(recs, out, { shard: 'east' });
    expect(readdirSync(join(out, 'clause')).every((f) => f.startsWith('zh-cn-x-east_'))).toBe(true);
  });
});
