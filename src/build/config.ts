// The one place that says where things are and where the site lives. astro.config.mjs, the build
// integration, the CLIs, the benchmark and the tests all read it.
//   SITE_ORIGIN  e.g. https://plans.example.gov.cn — canonical links, sitemap, printed and cited URLs.
//                Unset: pages carry no canonical link and no sitemap is written (never a placeholder).
//   SITE_BASE    e.g. /planatlas/ — serve the site under a sub-path (a project page); default '/'.
//   SHARD, SHARD_MANIFEST  e.g. s2 and shards/manifest.json — build one shard of a sharded corpus
//                (the seeds the manifest gives that shard); both or neither (see src/build/shards.ts).
import { join, resolve } from 'node:path';
import { normalizeBase } from '../core/urls.ts';

export interface ProjectPaths {
  root: string;
  /** Source plans, as published (text today). */
  seeds: string;
  /** seeds/progress: yearly values of indicators, one CSV file per plan (<slug>.csv). */
  progress: string;
  /** Generated content: MDX pages and the data the site renders. Not committed. */
  content: string;
  /** content/plans: one folder of MDX pages per plan (an Astro content collection). */
  contentPlans: string;
  /** content/data: the open data as written by ingest (copied to dist/data). */
  contentData: string;
  /** content/sources: the text each seed was read into, as the parser read it (the /source/ pages). */
  contentSources: string;
  /** The built site. */
  dist: string;
  /** The reviewed id registry (src/build/ids/<slug>.json), kept in the repo like a lockfile. */
  ids: string;
}

/** Paths of a project folder (the repo, or a temporary copy in tests and benchmarks). */
export function projectPaths(root = process.cwd()): ProjectPaths {
  const r = resolve(root);
  return {
    root: r,
    seeds: join(r, 'seeds'),
    progress: join(r, 'seeds', 'progress'),
    content: join(r, 'content'),
    contentPlans: join(r, 'content', 'plans'),
    contentData: join(r, 'content', 'data'),
    contentSources: join(r, 'content', 'sources'),
    dist: join(r, 'dist'),
    ids: join(r, 'src', 'build', 'ids'),
  };
}

/** Where the site is served: origin (or null when not configured) and base path. */
export interface SiteLocation {
  origin: string | null;
  base: string;
}

/** Reads the site's location from the environment; a malformed origin is an error, not a guess. */
export function siteLocation(env: Record<string, string | undefined> = process.env): SiteLocation {
  const raw = env.SITE_ORIGIN?.trim();
  let origin: string | null = null;
  if (raw) {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw new Error(`SITE_ORIGIN is not a URL: ${raw}`);
    }
    if (!/^https?:$/.test(u.protocol)) throw new Error(`SITE_ORIGIN must be http(s): ${raw}`);
    origin = u.origin;
  }
  return { origin, base: normalizeBase(env.SITE_BASE) };
}

/** The shard this build is, when the corpus is sharded: its name and the manifest path. */
export interface ShardSetting {
  name: string;
  manifest: string;
}

/** Reads SHARD and SHARD_MANIFEST; one without the other is an error, not a guess. */
export function shardSetting(env: Record<string, string | undefined> = process.env, root = process.cwd()): ShardSetting | null {
  const name = env.SHARD?.trim();
  const manifest = env.SHARD_MANIFEST?.trim();
  if (!name && !manifest) return null;
  if (!name || !manifest) throw new Error('SHARD and SHARD_MANIFEST go together: the shard name and the manifest written by `npm run shards -- split`');
  return { name, manifest: resolve(root, manifest) };
}

/** The day the site is built (YYYY-MM-DD, China time): SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) or BUILD_DATE when set, else today. Pages that say "as of" (the 时效 badge) use it. */
export function buildDate(env: Record<string, string | undefined> = process.env, now: () => Date = () => new Date()): string {
  if (env.BUILD_DATE?.trim()) {
    const d = env.BUILD_DATE.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`BUILD_DATE must be YYYY-MM-DD: ${d}`);
    return d;
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds: ${epoch}`);
  const at = epoch ? new Date(Number(epoch) * 1000) : now();
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
