// The ledger's fixture corpus: hand-written plans of one field at two levels and two periods, parsed
// and laid out exactly as the build does, with a progress file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDoc } from '../../src/core/schema/index.ts';
import { siteUrls } from '../../src/core/urls.ts';
import { publishPlans } from '../../src/build/content.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import { readProgress } from '../../src/ingest/progress.ts';
import { buildImplementation } from '../../src/ledger/index.ts';

const DIR = join(import.meta.dirname, 'fixtures');
export const urls = siteUrls('/');

/** The fixture plans, laid out. */
export function fixturePlans(): PlanDoc[] {
  const files = ['jiaxing-ip-13.txt', 'jiaxing-ip-14.txt', 'haining-ip-14.txt'];
  return publishPlans(files.flatMap((f) => parseSeed(f, readFileSync(join(DIR, f), 'utf8'), () => null)), urls);
}

/** The progress file, for the plan it is written for. */
export function fixtureProgress(plans: PlanDoc[]) {
  const plan = plans.find((p) => p.title === '嘉兴市“十四五”知识产权发展规划')!;
  const file = 'progress/jiaxing-ip-14.csv';
  const r = readProgress(file, readFileSync(join(DIR, 'jiaxing-ip-14.progress.csv'), 'utf8'));
  return { files: [{ plan: plan.slug, file, rows: r.rows }], issues: r.issues };
}

/** Ledger, regions and lineage of the fixture corpus. */
export function fixtureImplementation() {
  const plans = fixturePlans();
  const progress = fixtureProgress(plans);
  return { plans, progress, ...buildImplementation(plans, progress.files, urls) };
}
