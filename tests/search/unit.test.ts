// Unit tests of the search building blocks: normalization, terms, ranking, highlighting, records.
import { describe, expect, it } from 'vitest';
import { searchKey as normalize, searchKeyWithMap, queryParts } from '../../src/core/text.ts';
import { indexTerms, lookupTerms } from '../../src/core/search/tokens.ts';
import { scoreClause } from '../../src/core/search/rank.ts';
import { excerptAround as excerpt, matchRanges } from '../../src/core/search/highlight.ts';
import { alignedTerms, lookupQuery, relaxedQueries } from '../../src/core/search/engine.ts';
import { lookupOffsets } from '../../src/core/search/tokens.ts';
import { recordContent } from '../../src/indexer/build-index.ts';
import { buildT2sPairs } from '../../src/indexer/gen-t2s.ts';
import { T2S_PAIRS } from '../../src/core/t2s-table.ts';
import { hitHref, urlForState, filtersFromUrl } from '../../src/components/search/filters.ts';

describe('normalize', () => {
  it('folds width, case, Traditional script and punctuation', () => {
    expect(normalize('互联网＋监管')).toBe(normalize('互联网+监管'));
    expect(normalize('互联网+监管')).toBe('互联网监管');
    expect(normalize('檢驗檢測一站式')).toBe('检验检测一站式');
    expect(normalize('９０００平方米，９５％')).toBe('9000平方米95');
    expect(normalize('HACCP')).toBe('haccp');
    expect(normalize('“双随机、一公开”')).toBe('双随机一公开');
  });
  it('maps every normalized unit back to its source offset', () => {
    const { key: norm, map } = searchKeyWithMap('甲，乙 丙');
    expect(norm).toBe('甲乙丙');
    expect(map.slice(0, 3)).toEqual([0, 2, 4]);
  });
  it('splits queries where the user typed spaces, including ideographic ones', () => {
    expect(queryParts(' 特种设备\u3000隐患排查 ')).toEqual(['特种设备', '隐患排查']);
    expect(queryParts('，。')).toEqual([]);
  });
  it('ships the char table opencc-js currently produces', () => {
    expect(T2S_PAIRS).toBe(buildT2sPairs());
  });
});

describe('terms', () => {
  it('gives every lookup term of a query as an index term of a text containing the query', () => {
    const content = recordContent({ title: '推进知识产权质押融资。', text: '引导金融机构开展业务。' }).split(' ');
    const terms = lookupTerms(normalize('產權質押'));
    expect(terms.length).toBeGreaterThan(1);
    for (const t of terms) expect(content).toContain(t.term);
  });
  it('are plain ASCII words of fixed width, so no segmenter can split them', () => {
    for (const t of indexTerms('监管abc9')) expect(t).toMatch(/^[0-9a-z]{3}([0-9a-z]{3})?$/);
  });
  it('one-char queries use the bare char code, a prefix of its bigrams', () => {
    const [{ term: one }] = lookupTerms('押');
    expect(indexTerms('质押融资').some((t) => t.startsWith(one) && t.length === 6)).toBe(true);
  });
  it('deduplicates lookup terms across parts', () => {
    // 质押 → 质押; 质押融资 → 质押, 融资 (every other bigram plus the last): two distinct terms.
    expect(lookupQuery(['质押', '质押融资']).terms.split(' ').length).toBe(2);
  });
});

describe('ranking', () => {
  const s = (q: string, title: string, body: string) => scoreClause({ parts: queryParts(q), title: normalize(title), text: normalize(title + body) });
  it('prefers an exact phrase over scattered characters', () => {
    expect(s('质押融资', '', '开展知识产权质押融资工作')).toBeGreaterThan(s('质押融资', '', '质量押金融通资本'));
  });
  it('prefers a title match over a body match of similar length', () => {
    expect(s('商标品牌', '实施商标品牌培育工程。', '深入推进工作。')).toBeGreaterThan(s('商标品牌', '实施培育工程。', '深入推进商标品牌。'));
  });
  it('gives partial credit when words are apart', () => {
    expect(s('特种设备隐患排查', '', '特种设备安全隐患排查治理')).toBeGreaterThan(s('特种设备隐患排查', '', '特种设备安全管理'));
  });
  it('slightly favors shorter clauses', () => {
    expect(s('计量', '', '加强计量。')).toBeGreaterThan(s('计量', '', '加强计量。' + '其他内容'.repeat(80)));
  });
});

describe('highlight', () => {
  it('finds Traditional and full-width queries in the original text', () => {
    const t = '推进“互联网+监管”，抽查比例达９５％。';
    const r = matchRanges(t, queryParts('互聯網監管 95%'));
    expect(r.map(([a, b]) => t.slice(a, b))).toEqual(['互联网+监管', '９５']);
  });
  it('cuts an excerpt around the first match and shifts ranges', () => {
    const t = '甲'.repeat(200) + '目标' + '乙'.repeat(200);
    const e = excerpt(t, matchRanges(t, ['目标']), 60);
    const [a, b] = e.ranges[0];
    expect(e.text.slice(a, b)).toBe('目标');
    expect(e.text.startsWith('…')).toBe(true);
  });
});

describe('engine helpers', () => {
  it('counts lookup terms found at their offsets from one start (a phrase test without downloads)', () => {
    expect(alignedTerms([10, 12, 14], [0, 2, 4])).toBe(3);
    expect(alignedTerms([10, 13, 14], [0, 2, 4])).toBe(2);
    expect(alignedTerms([], [0, 2])).toBe(0);
  });
  it('relaxes long queries into parts and halves', () => {
    expect(relaxedQueries(['特种设备隐患排查'])).toContainEqual(['特种设备']);
    expect(relaxedQueries(['商标', '质押'])).toEqual([['商标'], ['质押']]);
  });
});

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const u = urlForState('商标 质押', { plan: ['甲', '乙'], unit: ['条目'] });
    const p = new URLSearchParams(u);
    expect(p.get('q')).toBe('商标 质押');
    expect(filtersFromUrl(p)).toEqual({ plan: ['甲', '乙'], unit: ['条目'] });
  });
  it('puts hl before the hash', () => {
    expect(hitHref('/plans/a/s3/#s3-1', ['商标', '质押'])).toBe('/plans/a/s3/?hl=%E5%95%86%E6%A0%87%20%E8%B4%A8%E6%8A%BC#s3-1');
  });

  it('looks up every other bigram plus the last, and aligns them on word positions', () => {
    expect(lookupOffsets(8)).toEqual([0, 2, 4, 6]);
    expect(lookupOffsets(7)).toEqual([0, 2, 4, 5]);
    expect(lookupOffsets(2)).toEqual([0]);
    expect(lookupOffsets(1)).toEqual([0]);
    expect(lookupQuery(['质押融资']).terms.split(' ').length).toBe(2);
    expect(alignedTerms([10, 12, 14, 30], [0, 2, 4, 6])).toBe(3);
    expect(alignedTerms([], [0])).toBe(0);
  });
});

describe('clause store reading', () => {
  it('reads a clause file whether or not the host already inflated it', async () => {
    const { gzipSync } = await import('node:zlib');
    const { gunzipIfNeeded } = await import('../../src/core/search/store.ts');
    const json = JSON.stringify({ title: '特种设备安全', text: '隐患排查' });
    expect(await gunzipIfNeeded(new Uint8Array(gzipSync(json)))).toBe(json);
    expect(await gunzipIfNeeded(new TextEncoder().encode(json))).toBe(json);
  });
});
