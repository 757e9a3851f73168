// Records built from the plan JSON in content/data: one per clause, each with a unit URL and facets.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { loadRecords } from '../../scripts/index-search.ts';

describe.skipIf(!existsSync('content/data/plans'))('clause records', () => {
  const records = loadRecords();
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
