// A sharded build, the file side: splitting the seeds folder and writing the manifest (`split`), and
// what one shard's build takes from the manifest: its seed files, the slugs the whole corpus gave its
// plans, and the other shards' plans as stubs (src/publish/shards.ts). Assembly is assemble.ts.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ShardManifest, type PlanDoc, type ShardDef } from '../core/schema/index.ts';
import { siteUrls } from '../core/urls.ts';
import type { Plan } from '../ingest/model.ts';
import { otherShardsPlans, shardManifest, splitSeeds } from '../publish/shards.ts';
import { shardSetting, siteLocation } from './config.ts';
import { publishPlans } from './content.ts';
import { readValidated } from './data.ts';
import { readSeeds } from './seeds.ts';
import { planRecords } from '../indexer/records.ts';
import { indexVocabulary } from '../indexer/build-index.ts';

/** What a shard's build takes from the manifest. */
export interface ShardContext {
  name: string;
  manifest: ShardManifest;
  def: ShardDef;
  /** The plans of the other shards, without their text. */
  external: PlanDoc[];
}

/** Key of a plan that survives parsing again: its seed file and first line. */
const planKey = (file: string, line: number) => `${file}:${line}`;

/** Reads and validates a manifest. */
export function readManifest(file: string): ShardManifest {
  return readValidated(file, ShardManifest);
}

/** The shard this build is (from SHARD and SHARD_MANIFEST), or null for an ordinary build. */
export function shardContext(env: Record<string, string | undefined> = process.env, root = process.cwd()): ShardContext | null {
  const setting = shardSetting(env, root);
  if (!setting) return null;
  const manifest = readManifest(setting.manifest);
  const def = manifest.shards.find((s) => s.name === setting.name);
  if (!def) throw new Error(`shard ${setting.name} is not in ${setting.manifest} (shards: ${manifest.shards.map((s) => s.name).join(', ')})`);
  const base = siteLocation(env).base;
  if (manifest.base !== base) throw new Error(`${setting.manifest} was written for SITE_BASE ${manifest.base}, this build has ${base}: split again with the same SITE_BASE`);
  return { name: def.name, manifest, def, external: otherShardsPlans(manifest, def.name) };
}

/** Gives a shard's parsed plans the slugs the manifest has for them (a slug made unique across the
 * whole corpus may differ from the one a shard would pick alone); a plan the manifest does not know
 * means the seeds changed after the split, and is an error. */
export function applyManifestSlugs(plans: Plan[], ctx: ShardContext): void {
  const slugs = new Map(ctx.manifest.plans.filter((p) => p.shard === ctx.name).map((p) => [planKey(p.source.file, p.source.startLine), p.slug]));
  const stale = plans.filter((p) => !slugs.has(planKey(p.source.file, p.source.startLine)));
  if (stale.length) throw new Error(`shard ${ctx.name}: ${stale.map((p) => `${p.source.file}:${p.source.startLine}`).join(', ')} not in the manifest; the seeds changed since the split: run \`npm run shards -- split\` again`);
  for (const p of plans) p.slug = slugs.get(planKey(p.source.file, p.source.startLine))!;
}

/** Reads every seed once, lays the plans out as the site will, and splits the seeds into n shards;
 * writes the manifest to `out` and returns it. */
export async function splitCorpus(seedsDir: string, n: number, out: string, env: Record<string, string | undefined> = process.env): Promise<ShardManifest> {
  const { plans, errors } = await readSeeds(seedsDir);
  if (errors.length) throw new Error(`cannot split seeds/:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  const base = siteLocation(env).base;
  const docs = publishPlans(plans, siteUrls(base));
  const first = new Map<string, PlanDoc>();
  for (const d of docs) if (!first.has(d.source.file)) first.set(d.source.file, d);
  const seeds = [...first].map(([file, d]) => ({ file, province: d.meta.regionCode.slice(0, 2), bytes: statSync(join(seedsDir, file)).size }));
  const manifest = ShardManifest.parse(shardManifest(docs, splitSeeds(seeds, n), base, indexVocabulary(docs.flatMap((d) => planRecords(d)))));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(manifest) + '\n');
  return manifest;
}
