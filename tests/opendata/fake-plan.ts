// A made-up published plan for unit tests of the open-data formats (only the fields they read).
import type { PlanDoc, PlanMeta } from '../../src/core/schema/index.ts';

type Overrides = { slug: string; meta?: Partial<PlanMeta>; outline?: PlanDoc['outline']; pages?: PlanDoc['pages'] };

/** A plan with sensible empty facts; `title <slug>` as its title. */
export function fakePlan({ slug, meta = {}, outline = [], pages }: Overrides): PlanDoc {
  const m: PlanMeta = {
    title: `title ${slug}`, region: '', regionCode: '', regionPath: [], issuer: '', docNumber: '', date: '', period: { from: 2021, to: 2025 }, kind: '五年规划',
    publishedAt: '', indexNo: '', topicClass: '', validity: '', infoSource: '', reviewer: '', recipients: '', copyTo: '', printedBy: '', printedDate: '', ...meta,
  };
  return {
    slug, title: m.title, region: m.region, issuer: m.issuer, docNumber: m.docNumber, date: m.date, period: m.period, kind: m.kind,
    url: `/sub/plans/${slug}/`, counts: { units: 0, indicators: 0, tables: 0 }, meta: m,
    source: { file: `${slug}.txt`, format: 'txt', bytes: 0, sha256: '', url: '', startLine: 1, endLine: 1 }, notice: null, stripped: [],
    pages: pages ?? [{ id: 'text', title: m.title, order: 0, url: `/sub/plans/${slug}/text/` }], outline, indicators: [], warnings: [],
  } as PlanDoc;
}
