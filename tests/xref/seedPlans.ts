// The published plans of a seeds folder, as the build lays them out (at the domain root).
import { siteUrls } from '../../src/core/urls.ts';
import type { PlanDoc } from '../../src/core/schema/index.ts';
import { readSeeds } from '../../src/build/seeds.ts';
import { publishPlans } from '../../src/build/content.ts';

/** Parses and lays out every seed of a folder; unreadable seeds fail the test. */
export async function seedPlans(dir: string): Promise<PlanDoc[]> {
  const { plans, errors } = await readSeeds(dir);
  if (errors.length) throw new Error(errors.join('\n'));
  return publishPlans(plans, siteUrls('/'));
}
