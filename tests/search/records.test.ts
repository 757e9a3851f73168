// Records built from the published plans in content/data: one per clause, each with a unit URL and facets.
import { describe, expect, it } from 'vitest';
import { corpusRecords } from '../../src/build/publish.ts';
import { projectPaths } from '../../src/build/config.ts';

describe('clause records', () => {
  const records = corpusRecords(projectPaths().contentData);
  it('exist, have unique URLs with a #unit anchor, and carry display + filter fields', () => {
    expect(records.length).toBeGreaterThan(0);
    const urls = new Set(records.map((r) => r.url));
    expect(urls.size).toBe(records.length);
    for (const r of records) {
      // Clauses link to their unit; a plan's facts record to the plan's overview page.
      expect(r.url).toMatch(r.kind === 'plan' ? /^\/plans\/[^/#]+\/$/ : /^\/plans\/[^/]+\/[^/]+\/#.+/);
      expect(r.title + r.text).not.toBe('');
      for (const k of ['plan', 'region', 'kind', 'period', 'unit']) expect(r.filters[k]?.length, `${r.url} ${k}`).toBe(1);
    }
  });
  it('make plan facts searchable: one record per plan on its overview, with 文号 and issuer', () => {
    const liyang = records.find((r) => r.kind === 'plan' && r.plan === 'liyang-ip-2021');
    expect(liyang?.title).toBe('溧阳市“十四五”知识产权发展规划');
    expect(liyang?.text).toContain('溧政办发〔2022〕71号');
    expect(liyang?.text).toContain('溧阳市人民政府办公室');
  });
  it('show indicator rows as 名称：基期 → 目标 单位（属性）, and leave out group rows without figures', () => {
    const row = records.find((r) => r.url.endsWith('wujin-food-safety-2021/text/#s1-3-t1-r3'));
    expect(row?.title + (row?.text ?? '')).toBe('绿色优质农产品比重：≥60 → ≥75 %（预期性）');
    expect(records.some((r) => r.kind === 'row' && r.title.startsWith('△'))).toBe(false);
  });
});
