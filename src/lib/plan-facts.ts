// What the site says about a plan as a document: its provenance (the reviewed table), its 时效 on
// the build date, and what a citation of it is made of. Build time only.
import { join } from 'node:path';
import { ProvenanceTable, type PlanDoc, type PlanProvenance } from '../core/schema/index.ts';
import { planStatus, type PlanStatus } from '../core/status.ts';
import type { CiteSource } from '../core/cite.ts';
import { absoluteUrl } from '../core/urls.ts';
import { buildDate, projectPaths, siteLocation } from '../build/config.ts';
import { readValidated } from '../build/data.ts';

let provenance: ProvenanceTable | null = null;

/** The reviewed provenance of a plan (official URL, retrieval date), or null when the table has no entry for it. */
export function planProvenance(slug: string): PlanProvenance | null {
  provenance ??= readValidated(join(projectPaths().contentData, 'provenance.json'), ProvenanceTable);
  return provenance[slug] ?? null;
}

/** The day this build is dated (YYYY-MM-DD). */
export const BUILD_DATE = buildDate();

/** The plan's 时效 on the build date. */
export function statusOf(plan: Pick<PlanDoc, 'period'>): PlanStatus {
  return planStatus(plan.period, BUILD_DATE);
}

/** A site path as cited: absolute when the site's origin is configured. */
export function citedUrl(path: string): string {
  return absoluteUrl(path, siteLocation().origin);
}

/** The parts of a citation of a plan (or of its unit at `path`, `url`), accessed on `accessed`. */
export function citeSourceOf(plan: PlanDoc, at: { path?: string; url?: string } = {}, accessed = BUILD_DATE): CiteSource {
  const m = plan.meta;
  return {
    title: plan.title,
    issuer: m.issuer,
    docNumber: m.docNumber,
    date: m.date || m.publishedAt,
    region: m.region,
    path: at.path ?? '',
    url: citedUrl(at.url ?? plan.url),
    accessed,
  };
}
