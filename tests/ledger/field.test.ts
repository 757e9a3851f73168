import { describe, expect, it } from 'vitest';
import { planField, sameField } from '../../src/ledger/field.ts';
import { fiveYearName, fiveYearNumber } from '../../src/core/periods.ts';

const f = (title: string, region = '', path: string[] = []) => planField({ title, region, regionPath: path.map((name, i) => ({ code: String(i), name })) });

describe('plan field', () => {
  it('drops region, period and the words for the kind of document', () => {
    expect(f('常州市武进区“十四五”知识产权发展专项规划', '常州市武进区', ['江苏省', '常州市', '武进区'])).toBe('知识产权');
    expect(f('曾都区市场监督管理“十四五”建设规划 (2021—2025)', '随州市曾都区', ['湖北省', '随州市', '曾都区'])).toBe('市场监督管理');
    expect(f('某县市场监管“十四五”规划', '某县', ['某县'])).toBe('市场监督管理');
    expect(f('某市食品安全工作实施方案（试行）', '某市', ['某市'])).toBe('食品安全');
    expect(f('某省人民政府关于加快质量强省建设的实施意见', '某省', ['某省'])).toBe('加快质量强省');
    expect(f('某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '某区', ['某区'])).toBe('国民经济和社会发展');
    expect(f('市知识产权“十四五”规划')).toBe('知识产权');
    expect(f('某市2023年質量強市工作要點', '某市', ['某市'])).toBe('质量强市');
  });

  it('market words are not taken for a region (市场…)', () => {
    expect(f('市场监管“十四五”规划')).toBe('市场监督管理');
  });

  it('same field: equal, or one contains the other', () => {
    expect(sameField('知识产权', '国家知识产权强县建设示范县')).toBe(true);
    expect(sameField('知识产权', '食品安全')).toBe(false);
    expect(sameField('', '')).toBe(false);
  });

  it('five-year plan numbers', () => {
    expect(fiveYearNumber({ from: 2021, to: 2025 })).toBe(14);
    expect(fiveYearNumber({ from: 2016, to: 2020 })).toBe(13);
    expect(fiveYearNumber({ from: 2022, to: 2025 })).toBeNull();
    expect(fiveYearName(14)).toBe('“十四五”');
    expect(fiveYearName(13)).toBe('“十三五”');
    expect(fiveYearName(9)).toBe('“九五”');
  });
});
