// Build-time view of a sharded corpus for pages: the manifest (when this build is a shard), the plans
// of every shard for site-wide lists and link titles, and the other shards' search indexes.
import type { PlanDoc } from '../core/schema/index.ts';
import { shardContext, type ShardContext } from '../build/shards.ts';
import { urls } from './urls.ts';

let cached: ShardContext | null | undefined;

/** This build's shard (its manifest and the other shards' plans), or null for an ordinary build. */
function shard(): ShardContext | null {
  if (cached === undefined) cached = shardContext();
  return cached;
}

/** Plans of the other shards, without their text (empty in an ordinary build). */
export function otherShardsPlans(): PlanDoc[] {
  return shard()?.external ?? [];
}

/** Where the search page finds the other shards' Pagefind indexes in the assembled site (the hub,
 * the manifest's first shard, keeps /pagefind/; src/build/assemble.ts puts the others there). */
export function searchMergePaths(): string[] {
  const s = shard();
  return s ? s.manifest.shards.slice(1).map((d) => shardIndexPath(d.name)) : [];
}

/** Site path of a shard's Pagefind index in the assembled site. */
export function shardIndexPath(name: string): string {
  return `${urls.pagefind()}shards/${name}/`;
}

/** The provinces whose plans this shard builds (names, from its plans), or null for an ordinary build. */
export function shardScope(): { name: string; provinces: string[] } | null {
  const s = shard();
  if (!s) return null;
  const names = new Set(s.manifest.plans.filter((p) => p.shard === s.name).map((p) => p.meta.regionPath[0]?.name ?? '').filter(Boolean));
  return { name: s.name, provinces: [...names].sort((a, b) => a.localeCompare(b, 'zh-CN')) };
}
