// Unit tests of the search building blocks: normalization, terms, ranking, highlighting, records.
import { describe, expect, it } from 'vitest';
import { searchKey as normalize, searchKeyWithMap, queryParts } from '../../src/core/text.ts';
import { indexTerms, lookupTerms } from '../../src/core/search/tokens.ts';
import { RANK, scoreClause } from '../../src/core/search/rank.ts';
import { excerptAround as excerpt, formRanges } from '../../src/core/search/highlight.ts';
import { alignedTerms, homophoneLookups, lookupQuery, nearLookups } from '../../src/core/search/lookups.ts';
import { planQuery, respell, segment, MAX_QUERY_CHARS } from '../../src/core/search/query.ts';
import { matchPart, nearMatch, minWindow } from '../../src/core/search/match.ts';
import { homophonesFrom } from '../../src/core/search/homophones.ts';
import { PINYIN_GROUPS } from '../../src/core/pinyin-table.ts';
import { buildPinyinGroups } from '../../src/indexer/gen-pinyin.ts';
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
  it('ships the homophone table pinyin-pro currently produces', () => {
    expect(PINYIN_GROUPS).toBe(buildPinyinGroups());
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

const H = homophonesFrom(PINYIN_GROUPS);

describe('query reading', () => {
  it('cuts a part at everyday words and gives their plan terms', () => {
    const terms = segment(normalize('网购投诉'));
    expect(terms.map((t) => t.key)).toEqual(['网购', '投诉']);
    expect(terms[0].alts).toContainEqual(['网络交易']);
    expect(terms[1].alts.length).toBeGreaterThan(0);
  });
  it('does not read an everyday word inside another word (行车 in 自行车) nor a one-char one', () => {
    expect(segment('电动自行车').map((t) => t.key)).toEqual(['电动自行车']);
    expect(segment('公平秤').map((t) => t.key)).toEqual(['公平秤']);
  });
  it('reads a misspelt everyday word through a homophone (保建品 → 保健品 → 保健食品)', () => {
    const [p] = respell(planQuery('保建品').parts, H);
    expect(p.terms[0].alts).toContainEqual(['保健食品']);
  });
  it('caps the query length and the number of parts', () => {
    const long = planQuery('监'.repeat(10_000));
    expect(long.cut).toBe(true);
    expect(long.parts[0].key.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(planQuery(Array.from({ length: 20 }, (_, i) => `词${i}`).join(' ')).parts.length).toBeLessThanOrEqual(8);
  });
});

describe('matching', () => {
  const part = (q: string) => planQuery(q).parts[0];
  it('finds one wrong, missing or extra character in words of 3+ characters', () => {
    expect(nearMatch('为集贸市场配备公平称', '公平秤', null)?.form).toBe('公平称');
    expect(nearMatch('组织实施专利开放许可', '专利开许可', null)?.form).toBe('专利开放许可');
    expect(nearMatch('推进知识产权质押融资', '知识产权质押融融资', null)?.form).toBe('知识产权质押融资');
  });
  it('prefers a homophone, and accepts one for two characters only as a whole word', () => {
    expect(nearMatch('推进电梯创新监管', '电悌', H)).toMatchObject({ kind: 'homophone', form: '电梯' });
    expect(nearMatch('工艺美术等创意作品', '医美', H)).toBeNull();
    expect(nearMatch('知识产权质押融资', '知识产权质压融资', H)?.kind).toBe('homophone');
  });
  it('ranks an everyday word’s plan term below an exact match', () => {
    expect(matchPart('加强网络交易监管', part('网购'), null)).toMatchObject({ kind: 'expanded', forms: ['网络交易'] });
    expect(matchPart('网购平台', part('网购'), null).quality).toBeGreaterThan(matchPart('网络交易平台', part('网购'), null).quality);
  });
  it('finds the smallest window holding one span of each list', () => {
    expect(minWindow([[[0, 2], [20, 22]], [[5, 7], [23, 25]]])).toEqual([20, 25]);
    expect(minWindow([[[0, 2]], []])).toBeNull();
  });
});

describe('ranking', () => {
  const s = (q: string, title: string, body: string, kind?: string) => scoreClause({ parts: planQuery(q).parts, title: normalize(title), text: normalize(title + body), kind }).score;
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
  it('counts proximity: a short clause about both words beats a long one holding them far apart', () => {
    const long = '推进电梯安全监管。' + '开展其他各项工作。'.repeat(100) + '加强隐患排查。';
    expect(s('电梯 隐患排查', '', '开展电梯隐患排查。')).toBeGreaterThan(s('电梯 隐患排查', '', long));
  });
  it('reports the share of the query a clause holds, by part weight', () => {
    expect(scoreClause({ parts: planQuery('房价 调控').parts, title: '', text: normalize('加强宏观调控') }).found).toBe(0.5);
    expect(scoreClause({ parts: planQuery('市场监管 房价').parts, title: '', text: normalize('加强市场监管') }).found).toBeGreaterThan(RANK.minFound);
  });
  it('ranks a plan’s facts below a clause that matches as well', () => {
    expect(s('知识产权', '知识产权规划', '', 'plan')).toBeLessThan(s('知识产权', '知识产权规划', ''));
  });
});

describe('highlight', () => {
  it('finds Traditional and full-width forms in the original text', () => {
    const t = '推进“互联网+监管”，抽查比例达９５％。';
    const r = formRanges(t, queryParts('互聯網監管 95%'));
    expect(r.map(([a, b]) => t.slice(a, b))).toEqual(['互联网+监管', '９５']);
  });
  it('marks whole matched words only, never their bigrams', () => {
    expect(formRanges('食品安全和生产安全', ['安全生产'])).toEqual([]);
  });
  it('cuts an excerpt around the first match and shifts ranges', () => {
    const t = '甲'.repeat(200) + '目标' + '乙'.repeat(200);
    const e = excerpt(t, formRanges(t, ['目标']), 60);
    const [a, b] = e.ranges[0];
    expect(e.text.slice(a, b)).toBe('目标');
    expect(e.text.startsWith('…')).toBe(true);
  });
});

describe('lookups', () => {
  it('counts lookup terms found at their offsets from one start (a phrase test without downloads)', () => {
    expect(alignedTerms([10, 12, 14], [0, 2, 4])).toBe(3);
    expect(alignedTerms([10, 13, 14], [0, 2, 4])).toBe(2);
    expect(alignedTerms([], [0, 2])).toBe(0);
  });
  it('looks a weak part up without each of its characters, and each part alone', () => {
    const parts = planQuery('商标 质压融资').parts;
    const ls = nearLookups(parts, [false, true]).map((l) => l.terms);
    expect(ls).toContain(lookupQuery(['商标']).terms);
    expect(ls).toContain(lookupQuery(['商标', '质', '融资']).terms);
  });
  it('looks a weak two-character part up through the homophones of each character', () => {
    const ls = homophoneLookups(planQuery('电悌').parts, [true], H).map((l) => l.terms);
    expect(ls).toContain(lookupQuery(['电梯']).terms);
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
