// Where each plan's text came from: the reviewed provenance table (src/build/provenance.json), published
// as dist/data/provenance.json. Only URLs someone has checked are listed; an unknown one stays null, so
// the site says 官方原文链接未收录 rather than guess.
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** The provenance of one plan. */
export const PlanProvenance = z.object({
  /** The official page or file of the plan (the issuer's site), null when not known. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The day the text was retrieved from `url` (or its copy was made), null when not recorded. */
  retrieved: Day.nullable(),
  /** The day the text entered this corpus (seeds/): the latest it can have been retrieved. */
  added: Day,
  /** A reviewer's note (what the copy is, what is known about it); may be empty. */
  note: z.string(),
});
export type PlanProvenance = z.infer<typeof PlanProvenance>;

/** provenance.json: plan slug → its provenance. */
export const ProvenanceTable = z.record(z.string().regex(/^[a-z0-9-]+$/), PlanProvenance);
export type ProvenanceTable = z.infer<typeof ProvenanceTable>;
