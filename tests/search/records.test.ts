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
      expect(r.url).toMatch(/^\/plans\/[^/]+\/[^/]+\/#.+/);
      expect(r.title + r.text).not.toBe('');
      for (const k of ['plan', 'region', 'kind', 'period', 'unit']) expect(r.filters[k]?.length, `${r.url} ${k}`).toBe(1);
    }
  });
});
