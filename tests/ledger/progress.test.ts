import { describe, expect, it } from 'vitest';
import { readProgress } from '../../src/ingest/progress.ts';
import { progressTemplate } from '../../src/publish/ledger-csv.ts';
import { fixturePlans } from './corpus.ts';

describe('progress files', () => {
  it('reads columns by header name in any order, with BOM, quotes, CRLF and 年 after the year', () => {
    const text = '\uFEFFsource,value,indicator,year\r\n"《2023年工作总结》，第3页",1.2万件,"专利授权量（件）",2023年\r\n';
    const r = readProgress('p.csv', text);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([expect.objectContaining({ indicator: '专利授权量（件）', year: 2023, value: '1.2万件', source: '《2023年工作总结》，第3页', note: '', line: 2 })]);
    expect(r.rows[0].parsed).toMatchObject({ value: 1.2, unit: '万件', year: 2023 });
  });

  it('a missing column stops the file with a message naming the columns', () => {
    const r = readProgress('p.csv', 'indicator,value\nx,1\n');
    expect(r.rows).toEqual([]);
    expect(r.issues[0]).toMatchObject({ file: 'p.csv', line: 1, message: expect.stringContaining('year, source') });
  });

  it('bad rows are reported with their line and text; the good ones still count', () => {
    const r = readProgress('p.csv', 'indicator,year,value,source\na,20x3,1,s\nb,2023,很多,s\nc,2023,5,\nd,2023,5,s\n');
    expect(r.rows.map((x) => x.indicator)).toEqual(['d']);
    expect(r.issues.map((i) => [i.line, i.text])).toEqual([[2, 'a,20x3,1,s'], [3, 'b,2023,很多,s'], [4, 'c,2023,5,']]);
  });

  it('a file that is not CSV is one issue, not an exception', () => {
    const r = readProgress('p.csv', 'indicator,year,value,source\n"unclosed,2023,1,s\n');
    expect(r.rows).toEqual([]);
    expect(r.issues).toHaveLength(1);
  });

  it('the published template reads back with no issues and no rows until it is filled', () => {
    const plan = fixturePlans().find((p) => p.indicators.length > 4)!;
    const t = progressTemplate(plan);
    const r = readProgress('t.csv', t);
    expect(r).toEqual({ rows: [], issues: [] });
    const filled = t.replace(`${plan.indicators[0].id},,,,`, `${plan.indicators[0].id},2023,5,https://example.org/x,`);
    expect(readProgress('t.csv', filled).rows.map((x) => x.indicator)).toEqual([plan.indicators[0].id]);
  });
});
