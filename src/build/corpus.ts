// Writing content/ from parsed plans, as the build and `npm run ingest` both do: ids pinned to the
// reviewed registry (links survive edits), then the pages and open data, the published id history and
// the reviewed sources table.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDoc } from '../core/schema/index.ts';
import type { SiteUrls } from '../core/urls.ts';
import type { Plan } from '../ingest/model.ts';
import type { ProjectPaths } from './config.ts';
import { writeContent } from './content.ts';
import { pinCorpus, writeIdsData, type PinnedCorpus } from './ids.ts';
import { reviewedSources } from './sources.ts';

/** Pins ids, writes content/ and returns the published plans with the pinning result. With `frozen`
 * the registry is left as it is (see PinnedCorpus.updated). */
export function writeCorpus(plans: Plan[], paths: ProjectPaths, urls: SiteUrls, today: string, frozen = false): { docs: PlanDoc[]; pinned: PinnedCorpus } {
  const pinned = pinCorpus(plans, paths.ids, today, frozen);
  const { docs } = writeContent(pinned.plans, paths, urls, pinned.history);
  writeIdsData(docs, pinned.history, paths.contentData);
  writeFileSync(join(paths.contentData, 'sources.json'), JSON.stringify(reviewedSources(), null, 2) + '\n');
  return { docs, pinned };
}
