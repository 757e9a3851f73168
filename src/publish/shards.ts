// Splitting a corpus into shards that build on their own, and the manifest every shard reads. Seeds
// are split by province (the first two digits of the GB/T 2260 code of their first plan), so a
// province's county plans, whose texts copy each other, stay together and their clause-level cross-links
// are kept; provinces are packed largest first into the lightest shard. Pure.
import type { PlanDoc, PlanStub, ShardDef, ShardManifest } from '../core/schema/index.ts';

/** What the split needs to know of a seed file. */
export interface SeedInfo {
  file: string;
  /** Province code of the file's first plan (2 digits), or '' when its region is not known. */
  province: string;
  /** Size of the file, the measure of a shard's work. */
  bytes: number;
}

/** Name of the i-th shard (0-based): s1, s2 … */
export function shardName(i: number): string {
  return `s${i + 1}`;
}

/** Seeds split into at most n shards by province, balanced by bytes; every shard holds at least one
 * seed, seeds of one province never part. Deterministic: ties go to the lower shard and province code. */
export function splitSeeds(seeds: SeedInfo[], n: number): ShardDef[] {
  const byProvince = new Map<string, SeedInfo[]>();
  for (const s of [...seeds].sort((a, b) => (a.file < b.file ? -1 : 1))) (byProvince.get(s.province) ?? byProvince.set(s.province, []).get(s.province)!).push(s);
  const weight = (xs: SeedInfo[]) => xs.reduce((a, s) => a + s.bytes, 0);
  const provinces = [...byProvince].sort((a, b) => weight(b[1]) - weight(a[1]) || (a[0] < b[0] ? -1 : 1));
  const shards = Array.from({ length: Math.max(1, Math.min(n, provinces.length)) }, () => ({ regions: [] as string[], seeds: [] as SeedInfo[] }));
  for (const [province, files] of provinces) {
    const lightest = shards.reduce((best, s, i) => (weight(s.seeds) < weight(shards[best].seeds) ? i : best), 0);
    shards[lightest].regions.push(province);
    shards[lightest].seeds.push(...files);
  }
  return shards.map((s, i) => ({ name: shardName(i), regions: [...s.regions].sort(), seeds: s.seeds.map((x) => x.file).sort() }));
}

/** A plan without its text (its pages kept: a few links), for the manifest. */
export function planStub(doc: PlanDoc, shard: string): PlanStub {
  return { ...doc, notice: null, stripped: [], outline: [], warnings: [], shard };
}

/** The manifest of a split corpus: its shards, every plan as a stub with its shard, the index terms. */
export function shardManifest(docs: PlanDoc[], shards: ShardDef[], base: string, terms: string[]): ShardManifest {
  const shardOf = new Map(shards.flatMap((s) => s.seeds.map((f) => [f, s.name] as const)));
  const plans = docs.map((d) => {
    const shard = shardOf.get(d.source.file);
    if (!shard) throw new Error(`plan ${d.slug}: its seed ${d.source.file} is in no shard`);
    return planStub(d, shard);
  });
  return { version: 1, base, shards, plans, terms };
}

/** Stubs of the plans other shards build (what a shard adds to its own plans for plan-level links). */
export function otherShardsPlans(manifest: ShardManifest, shard: string): PlanDoc[] {
  return manifest.plans.filter((p) => p.shard !== shard).map(({ shard: _, ...doc }) => doc);
}
