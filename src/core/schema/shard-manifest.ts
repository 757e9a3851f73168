// The shard manifest: what every shard of a sharded build knows about the whole corpus. Written once
// by `npm run shards -- split` (it reads every seed), read by each shard's build and by the assembly.
// Plans are stubs: a PlanDoc without its text (no outline, pages, notice, stripped lines or warnings),
// enough for the plan-level cross-links (region tree, lineage, the same indicator across plans, plan
// titles in links) and for the site-wide plan lists. Clause-level cross-links stay within a shard.
import { z } from 'zod';
import { PlanDoc } from './plan.ts';

/** One shard: a name usable in paths and language tags, and the seed files it builds. */
export const ShardDef = z.object({
  name: z.string().regex(/^[a-z0-9]{1,8}$/, 'lower-case letters and digits, at most 8 (it becomes a BCP 47 private-use subtag)'),
  /** GB/T 2260 province codes (2 digits) whose plans the shard holds; informational. */
  regions: z.array(z.string()),
  seeds: z.array(z.string()),
});
export type ShardDef = z.infer<typeof ShardDef>;

/** A plan of the corpus without its text, and the shard that builds it. */
export const PlanStub = PlanDoc.extend({ shard: z.string() });
export type PlanStub = z.infer<typeof PlanStub>;

export const ShardManifest = z.object({
  version: z.literal(1),
  /** The base path the URLs were laid out under; every shard must build with the same SITE_BASE. */
  base: z.string(),
  /** Shards in order; the first is the hub, whose site-wide pages and search bundle the site keeps. */
  shards: z.array(ShardDef).min(1),
  plans: z.array(PlanStub),
  /** Every index term of the corpus, sorted. Pagefind drops a term its index does not know, so a shard
   * without some term would answer as if it had not been typed; each shard's index knows them all. */
  terms: z.array(z.string()),
});
export type ShardManifest = z.infer<typeof ShardManifest>;
