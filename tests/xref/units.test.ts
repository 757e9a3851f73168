// Unit tests of the cross-link building blocks on hand-made inputs.
import { describe, expect, it } from 'vitest';
import { docKey, planTitleKeys } from '../../src/xref/documents.ts';
import { hashIds, shortHash } from '../../src/xref/hash.ts';
import { indicatorFlags, indicatorTerm } from '../../src/xref/indicatorNames.ts';
import { cleanSubject, qualifierOp, sentences, targetYears } from '../../src/xref/proseTargets.ts';
import { termScore } from '../../src/xref/taskIndicators.ts';
import { countSynonyms } from '../../src/xref/topicHits.ts';
import { cosine, crossPairs, tfidfVecs, unit as unitVec, countVec } from '../../src/xref/vectors.ts';

describe('hash', () => {
  it('is stable and 8 hex digits', () => {
    expect(shortHash('区市场监管局')).toBe(shortHash('区市场监管局'));
    expect(shortHash('区市场监管局')).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash('区市场监管局')).not.toBe(shortHash('市市场监管局'));
  });
  it('ids do not depend on other keys', () => {
    const a = hashIds(['甲', '乙'], 'b-');
    const b = hashIds(['乙', '丙', '甲', '甲'], 'b-');
    expect(a.get('甲')).toBe(b.get('甲'));
    expect(b.size).toBe(3);
  });
});

describe('vectors', () => {
  it('cosine of a text with itself is 1 and pairs stay across groups', () => {
    const v = tfidfVecs(['加强知识产权保护工作', '加强知识产权保护工作', '推进食品安全监管']);
    expect(cosine(v[0], v[1])).toBeCloseTo(1);
    expect(crossPairs(v, [0, 0, 1], 0.5)).toEqual([]);
    expect(crossPairs(v, [0, 1, 2], 0.5).map((p) => [p.i, p.j])).toEqual([[0, 1]]);
  });
  it('crossPairs agrees with brute force cosine', () => {
    const texts = ['知识产权质押融资', '专利质押融资业务', '食品安全抽检', '特种设备安全', '质押融资规模'];
    const v = texts.map((t) => unitVec(countVec(t)));
    const pairs = crossPairs(v, [0, 1, 2, 3, 4], 0.01);
    for (const p of pairs) expect(p.score).toBeCloseTo(cosine(v[p.i], v[p.j]));
    let brute = 0;
    for (let i = 0; i < v.length; i++) for (let j = i + 1; j < v.length; j++) if (cosine(v[i], v[j]) >= 0.01) brute++;
    expect(pairs.length).toBe(brute);
    expect(brute).toBe(4); // 质押融资 ×3 pairs + 安全 (食品安全抽检 / 特种设备安全)
  });
});

describe('documents', () => {
  it('folds quotes, brackets and whitespace', () => {
    expect(docKey('溧阳市"十四五"知识产权发展规划 ')).toBe(docKey('《溧阳市“十四五”知识产权发展规划》'));
    expect(docKey('方案(2020-2022年)')).toBe(docKey('方案（2020—2022年）'));
  });
  it('plan title keys include the title without its period', () => {
    expect(planTitleKeys('通州区工作方案（2022-2025年）')).toEqual([docKey('通州区工作方案（2022-2025年）'), docKey('通州区工作方案')]);
  });
});

describe('topics', () => {
  it('counts longest synonyms without overlap', () => {
    expect(countSynonyms('检验检测机构和检测能力', ['检测', '检验检测', '检验'])).toEqual({ count: 2, terms: ['检测', '检验检测'] });
    expect(countSynonyms('pct申请', ['PCT'])).toEqual({ count: 1, terms: ['PCT'] });
    expect(countSynonyms('无关内容', ['专利']).count).toBe(0);
  });
});

describe('indicator names', () => {
  it('strips units, counting words and suffixes', () => {
    expect(indicatorTerm('累计PCT专利申请量（件）')).toBe('PCT专利申请');
    expect(indicatorTerm('知识产权质押融资累计金额（亿元）')).toBe('知识产权质押融资');
    expect(indicatorTerm('知识产权质押贷款')).toBe('知识产权质押融资');
    expect(indicatorTerm('新增贯标企事业单位数（家）')).toBe('贯标企业');
    expect(indicatorTerm('知识产权服务机构数量（家）')).toBe('知识产权服务机构');
    expect(indicatorTerm('每万人发明专利拥有量')).toBe('万人发明专利拥有');
  });
  it('flags per-capita and rates', () => {
    expect(indicatorFlags('万人发明专利拥有')).toBe('per-person/level');
    expect(indicatorFlags('发明专利拥有')).toBe('total/level');
    expect(indicatorFlags('专利权质押融资金额年增长率')).toBe('total/rate');
  });
  it('term score is containment of bigrams', () => {
    expect(termScore('PCT专利申请', '鼓励企业开展PCT专利申请。')).toBe(1);
    expect(termScore('PCT专利申请', '支持PCT国际专利申请')).toBeCloseTo(5 / 6);
    expect(termScore('专利', '商标')).toBe(0);
    expect(termScore('商标', '商')).toBe(0);
  });
});

describe('prose helpers', () => {
  it('splits sentences and finds target years', () => {
    expect(sentences('到2025年，达到95%以上。发展放心店200家；其他')).toEqual(['到2025年，达到95%以上。', '发展放心店200家；', '其他']);
    expect(targetYears('力争到2024年实现，2023年底前完成')).toEqual([2024, 2023]);
    expect(targetYears('2016年以来')).toEqual([]);
  });
  it('cleans subjects', () => {
    expect(cleanSubject('——专利授权量累计达')).toBe('专利授权量');
    expect(cleanSubject('全社会知识产权满意度达到')).toBe('全社会知识产权满意度');
    expect(cleanSubject('发展放心店')).toBe('发展放心店');
  });
  it('maps qualifiers to operators', () => {
    expect(qualifierOp('达到', '以上')).toBe('≥');
    expect(qualifierOp('控制在', '')).toBe('≤');
    expect(qualifierOp('超过', '')).toBe('>');
    expect(qualifierOp('达', '')).toBe(null);
  });
});
