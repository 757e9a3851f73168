// Runs after `astro build`: builds dist/pagefind (clause-level search index) from content/data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from './lib/model.ts';
import type { Xref } from './xref/types.ts';
import { planRecords, xrefFacets, type ClauseRecord } from './search/records.ts';
import { writeClauseIndex } from './search/build-index.ts';

/** All clause records of the corpus in content/data (plan files sorted for a stable index). */
export function loadRecords(dataDir = 'content/data'): ClauseRecord[] {
  const plansDir = join(dataDir, 'plans');
  const xrefPath = join(dataDir, 'xref.json');
  const xref: Xref | null = existsSync(xrefPath) ? JSON.parse(readFileSync(xrefPath, 'utf8')) : null;
  const facets = xrefFacets(xref);
  return readdirSync(plansDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => planRecords(JSON.parse(readFileSync(join(plansDir, f), 'utf8')) as Plan, facets));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'dist/pagefind';
  const t0 = Date.now();
  const records = loadRecords();
  const res = await writeClauseIndex(records, out);
  if (res.errors.length) {
    console.error(res.errors.join('\n'));
    process.exit(1);
  }
  console.log(`index-search: ${res.records} clause records → ${out} in ${Date.now() - t0} ms`);
}
