// Entry point: the ledger, the region tree and the lineage of a corpus. Pure: no file system, no clock.
import type { Ledger, Lineage, PlanDoc, Regions } from '../core/schema/index.ts';
import type { SiteUrls } from '../core/urls.ts';
import { sortPlans } from '../xref/clauses.ts';
import { buildLedger, type ProgressFile } from './ledger.ts';
import { buildLineage } from './lineage.ts';
import { buildRegions } from './regions.ts';

export type { ProgressFile, ProgressInput } from './ledger.ts';

/** Everything the implementation pages show, computed together so that they agree. */
export function buildImplementation(plans: PlanDoc[], progress: ProgressFile[], urls: SiteUrls): { ledger: Ledger; regions: Regions; lineage: Lineage } {
  const sorted = sortPlans(plans);
  const lineage = buildLineage(sorted);
  return { ledger: buildLedger(sorted, lineage, progress, urls), regions: buildRegions(sorted, urls), lineage };
}
