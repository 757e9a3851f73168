// The text toolkit (src/core/text.ts) and the URL builder (src/core/urls.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diceBigrams, displayName, fold, labelGap, nameKey, preview, queryParts, searchKey, searchKeyWithMap, squeeze, trimSpace } from '../../src/core/text.ts';
import { absoluteUrl, normalizeBase, siteUrls } from '../../src/core/urls.ts';

describe('text toolkit', () => {
  it('searchKey folds width, case and script, and keeps letters and digits only', () => {
    expect(searchKey('ＰＣＴ 专利（件）。')).toBe('pct专利件');
    expect(searchKey('檢驗檢測一站式')).toBe('检验检测一站式');
    expect(searchKey('９０００平方米，９５％')).toBe('9000平方米95');
  });

  it('searchKeyWithMap points every key character back at its source', () => {
    const src = '質押，融資 ＡＢ';
    const { key, map } = searchKeyWithMap(src);
    expect(key).toBe('质押融资ab');
    expect([...key].map((_, i) => src[map[i]])).toEqual(['質', '押', '融', '資', 'Ａ', 'Ｂ']);
  });

  it('queryParts splits on typed spaces, full-width ones too', () => {
    expect(queryParts('商标　質押  ')).toEqual(['商标', '质押']);
  });

  it('nameKey merges spellings of a title and keeps what tells titles apart', () => {
    expect(nameKey('《溧阳市"十四五"知识产权发展规划 》')).toBe(nameKey('溧阳市“十四五”知识产权发展规划'));
    expect(nameKey('规划（2021—2025年）')).toBe(nameKey('规划(2021-2025年)'));
    expect(nameKey('甲规划')).not.toBe(nameKey('乙规划'));
  });

  it('displayName drops whitespace and makes brackets full-width, nothing else', () => {
    expect(displayName('区市场监管局 (知识产权局)')).toBe('区市场监管局（知识产权局）');
    expect(displayName('ＡＢ')).toBe('ＡＢ');
  });

  it('fold changes no length for CJK text and is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('檢', '測', '质', '量', 'Ａ', 'a', '１') }), (s) => fold(fold(s)) === fold(s) && [...fold(s)].length === [...s].length));
  });

  it('preview is at most 80 characters', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => Array.from(preview(s)).length <= 80));
    expect(preview('短')).toBe('短');
    expect(preview('字'.repeat(100))).toBe('字'.repeat(79) + '…');
  });

  it('diceBigrams is 1 for equal keys and 0 for disjoint ones', () => {
    fc.assert(fc.property(fc.string({ minLength: 2, maxLength: 20, unit: fc.constantFrom('知', '识', '产', '权', '专', '利') }), (s) => diceBigrams(s, s) === 1));
    expect(diceBigrams('专利', '商标')).toBe(0);
  });

  it('labelGap follows print: none after 、 or a bracket, one after 第X章 and numbers', () => {
    expect(['一、', '（一）', '(1)', '——', '专栏1：'].map(labelGap)).toEqual(['', '', '', '', '']);
    expect(['第一章', '第二节', '1.', '1．', '专栏3'].map(labelGap)).toEqual([' ', ' ', ' ', ' ', ' ']);
    expect(labelGap('')).toBe('');
  });

  it('trimSpace and squeeze handle full-width spaces, NBSP and BOM', () => {
    expect(trimSpace('\ufeff\u3000 文本\u00a0\t')).toBe('文本');
    expect(squeeze('指\n标 名称')).toBe('指标名称');
  });
});

describe('site URLs', () => {
  it('build every path under the base, at the root or under a sub-path', () => {
    for (const [base, prefix] of [['/', '/'], ['', '/'], ['/planatlas', '/planatlas/'], ['planatlas/', '/planatlas/'], ['/a/b/', '/a/b/']]) {
      const u = siteUrls(base);
      expect(u.base).toBe(prefix);
      expect(u.plan('x')).toBe(`${prefix}plans/x/`);
      expect(u.unit('x', 'text', 's1-2')).toBe(`${prefix}plans/x/text/#s1-2`);
      expect(u.data('plans.json')).toBe(`${prefix}data/plans.json`);
      expect(u.search('商标 质押')).toBe(`${prefix}search/?q=${encodeURIComponent('商标 质押')}`);
    }
    expect(normalizeBase(undefined)).toBe('/');
  });

  it('are absolute only when the origin is known', () => {
    expect(absoluteUrl('/plans/x/', 'https://example.gov.cn')).toBe('https://example.gov.cn/plans/x/');
    expect(absoluteUrl('/plans/x/', null)).toBe('/plans/x/');
  });
});
