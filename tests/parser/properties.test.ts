// Property tests on generated plan-like text: the parser never throws and never drops a character.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSeed } from '../../src/ingest/parse.ts';
import { charDifference } from '../../src/ingest/fidelity.ts';

const piece = fc.constantFrom(
  '一、', '二、', '十二、', '（一）', '(二)', '1.', '2．', '3、', '（1）', '(2)', '1)', '——', '专栏3：', '第二章 ', '△',
  '加强', '知识产权', '质押融资', '。', '，', '、', '；', '：', '《规划》', '“十四五”', '〔责任单位：区市场监管局牵头，区科技局按职责分工负责〕',
  '≥95%', '100/90', '1-2个', '（件）', '表1 主要指标目标表', '具体指标如下表：', '抄送：', '2022年12月30日印发', '- 17 -', '[image: a.wmf]',
  '发布时间:2021-11-01', '扫一扫在手机上查看当前页面', '关于印发', '的通知', '溧政办发〔2022〕71号', '某市“十四五”发展规划', '工作方案',
  '{', '}', '<', '>', 'import x from "y"', 'export const a = 1;', '\t', '\u3000', ' ', '\r', 'HACCP', '9000平方米',
);
const line = fc.array(piece, { minLength: 0, maxLength: 8 }).map((xs) => xs.join(''));
const doc = fc.array(line, { minLength: 1, maxLength: 40 }).map((ls) => '某市“十四五”知识产权发展规划\n' + ls.join('\n'));

describe('parser properties', () => {
  it('never throws and keeps every non-space character', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const plans = parseSeed('gen.txt', text, () => null);
        expect(plans.length).toBeGreaterThan(0);
        expect(charDifference(text, plans)).toEqual({ missing: '', extra: '' });
      }),
      { numRuns: 400, seed: 20261121 },
    );
  });
  it('gives unique ids within each plan', () => {
    fc.assert(
      fc.property(doc, (text) => {
        for (const p of parseSeed('gen.txt', text, () => null)) {
          const ids: string[] = [];
          const walk = (us: typeof p.body) => us.forEach((u) => { ids.push(u.id, ...(u.table?.rows.map((r) => r.id) ?? [])); walk(u.children); });
          walk(p.body);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
