// Writing content/ from parsed plans, as the build and `npm run ingest` both do: ids pinned to the
// reviewed registry (links survive edits), then the pages and open data, the published id history and
// the reviewed provenance table.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDoc, ProgressIssue } from '../core/schema/index.ts';
import type { SiteUrls } from '../core/urls.ts';
import type { Plan } from '../ingest/model.ts';
import type { ProjectPaths } from './config.ts';
import { json, writeContent } from './content.ts';
import { pinCorpus, writeIdsData, type PinnedCorpus } from './ids.ts';
import type { ProgressFile } from '../ledger/index.ts';
import { reviewedProvenance } from './provenance.ts';

export interface CorpusOptions {
  /** The build date (YYYY-MM-DD): when id changes are recorded. */
  today: string;
  /** Leave the registry as it is (see PinnedCorpus.updated): a CI check. */
  frozen?: boolean;
  progress?: ProgressFile[];
  /** In a shard, the other shards' plans (stubs from the manifest; see writeContent). */
  others?: PlanDoc[];
}

/** Pins ids, writes content/ and returns the published plans, the pinning result and the progress rows left out. */
export function writeCorpus(plans: Plan[], paths: ProjectPaths, urls: SiteUrls, o: CorpusOptions): { docs: PlanDoc[]; pinned: PinnedCorpus; issues: ProgressIssue[] } {
  const pinned = pinCorpus(plans, paths.ids, o.today, o.frozen ?? false);
  const { docs, issues } = writeContent(pinned.plans, paths, urls, o.progress ?? [], pinned.history, o.others ?? []);
  writeIdsData(docs, pinned.history, paths.contentData);
  writeFileSync(join(paths.contentData, 'provenance.json'), json(reviewedProvenance()));
  return { docs, pinned, issues };
}
