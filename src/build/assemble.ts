// Assembles a site from shard builds. Pages by directory: a plan's folders (plans/<slug>/,
// indicators/<slug>/) and files (data/plans/<slug>.json, data/xref/<slug>.json, data/progress/<slug>.csv,
// sources/<seed>) come from the shard that builds the plan; site-wide pages come from the hub (the
// manifest's first shard), whose region tree, plan lists and indicator groups already cover every
// shard's plans through the manifest; a site-wide page the hub lacks comes from a shard that has it.
// Pages listing clauses across plans (bodies, topics, documents, indicators) list the building
// shard's clauses only and say so (ShardNote); the merged open data lists all. Search: the hub's Pagefind folder stays at /pagefind/, every other
// shard's index goes to /pagefind/shards/<name>/ (the search page merges them with Pagefind's
// `mergeIndex`), and all clause stores share /pagefind/clause/ (ids are tagged per shard).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ledger, Lineage, PlanIndex, Xref, XrefIndex, XrefPlanPart, type ShardManifest } from '../core/schema/index.ts';
import { planSummary } from '../publish/layout.ts';
import { indicatorsCsv } from '../publish/open-data.ts';
import { ledgerCsv, observationsCsv } from '../publish/ledger-csv.ts';
import { mergeLedger, mergeLineage, mergeXref } from '../publish/merge-shards.ts';
import { STORE_DIR } from '../core/search/store.ts';
import { readLedger, readLineage, readXref } from './data.ts';
import { splitXref } from '../xref/split.ts';
import { sortPlans } from '../xref/clauses.ts';
import { siteUrls } from '../core/urls.ts';
import type { ProjectPaths } from './config.ts';
import { publishFeeds } from './feeds.ts';
// Written as one build writes them, so an assembled site's files equal a single build's byte for byte.
import { compact, json } from './content.ts';
import { publishPackage } from './package.ts';

/** What came from where. */
export interface AssembleReport {
  /** Files copied per shard (the hub's whole dist counts for the hub). */
  files: Record<string, number>;
  /** Clause-store files merged into /pagefind/clause/. */
  storeFiles: number;
}

/** Who a file of a shard's dist belongs to: a shard (by plan or seed), every shard alike (hashed
 * assets), the search index, or the site-wide pages (the hub's). */
type Owner = { shard: string } | 'asset' | 'index' | 'site';

/** Files of a folder, relative, recursively. */
function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

/** Copies one file, creating folders. */
function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
}

/** Where the assembled site lives and what it describes: the origin (SITE_ORIGIN) for feeds and the
 * data package, the project whose seeds/ the checksum manifest lists, and the feeds' build instant. */
export interface AssembleSite {
  origin: string | null;
  paths: ProjectPaths;
  buildInstant: string;
}

/** Assembles the shards' dist folders (`dists`: shard name → folder) into `out` (replaced). */
export function assembleSite(manifest: ShardManifest, dists: Map<string, string>, out: string, site: AssembleSite): AssembleReport {
  for (const s of manifest.shards) if (!dists.has(s.name) || !existsSync(join(dists.get(s.name)!, 'index.html'))) throw new Error(`shard ${s.name}: no built site (expected ${dists.get(s.name) ?? `a folder for ${s.name}`} with index.html)`);
  // A shard's folder may be a link (to where its build left dist/): copy what it points to.
  dists = new Map([...dists].map(([k, v]) => [k, realpathSync(v)]));
  const slugShard = new Map(manifest.plans.map((p) => [p.slug, p.shard]));
  const seedShard = new Map(manifest.shards.flatMap((s) => s.seeds.map((f) => [f, s.name] as const)));
  const owner = (rel: string): Owner => {
    const page = /^(?:plans|indicators)\/([^/]+)\//.exec(rel) ?? /^data\/(?:plans|xref|ids|progress)\/([^/]+)\.(?:json|csv)$/.exec(rel);
    if (page && slugShard.has(page[1])) return { shard: slugShard.get(page[1])! };
    const source = /^sources\/(.+)$/.exec(rel);
    if (source && seedShard.has(source[1])) return { shard: seedShard.get(source[1])! };
    if (rel.startsWith('_astro/')) return 'asset';
    if (rel.startsWith('pagefind/')) return 'index';
    return 'site';
  };
  const [hub, ...rest] = manifest.shards;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dists.get(hub.name)!, out, { recursive: true });
  const files: Record<string, number> = { [hub.name]: walk(out).length };
  let storeFiles = readdirSync(join(out, 'pagefind', STORE_DIR)).length;
  for (const s of rest) {
    const dist = dists.get(s.name)!;
    let n = 0;
    for (const rel of walk(dist)) {
      const o = owner(rel);
      const to = join(out, rel);
      // A site-wide page the hub has not built (a cited document or a body only this shard's plans
      // name) comes from the first shard that has it, so links from this shard's pages resolve.
      if (o === 'site') {
        if (!existsSync(to) && !rel.startsWith('data/')) copy(join(dist, rel), to), n++;
        continue;
      }
      if (o === 'asset') {
        if (!existsSync(to)) copy(join(dist, rel), to), n++;
        else if (!readFileSync(to).equals(readFileSync(join(dist, rel)))) throw new Error(`shard ${s.name}: ${rel} differs from the hub's; build every shard from the same commit`);
        continue;
      }
      if (o === 'index') {
        const inner = rel.slice('pagefind/'.length);
        if (inner.startsWith(`${STORE_DIR}/`)) {
          if (existsSync(to)) throw new Error(`shard ${s.name}: clause store file ${inner} exists in another shard (page ids must carry the shard's language tag)`);
          copy(join(dist, rel), to), n++, storeFiles++;
        } else if (/^(pagefind-entry\.json|pagefind\..*\.pf_meta|index\/|filter\/)/.test(inner)) {
          copy(join(dist, rel), join(out, 'pagefind', 'shards', s.name, inner)), n++;
        }
        continue;
      }
      if (o.shard !== s.name) throw new Error(`shard ${s.name} built ${rel}, which belongs to shard ${o.shard}`);
      copy(join(dist, rel), to), n++;
    }
    files[s.name] = n;
  }
  writeSiteData(manifest, dists, out);
  // Feeds and the data package describe the whole corpus: written again from the merged data (each
  // shard's described its own plans), the package last as it hashes everything else in data/.
  const urls = siteUrls(manifest.base);
  rmSync(join(out, 'feeds'), { recursive: true, force: true });
  publishFeeds(join(out, 'data'), out, { urls, origin: site.origin, buildInstant: site.buildInstant });
  publishPackage(site.paths, out, urls, site.origin);
  mergeSitemaps(manifest, dists, out);
  const missing = manifest.plans.filter((p) => !existsSync(join(out, 'plans', p.slug, 'index.html'))).map((p) => p.slug);
  if (missing.length) throw new Error(`assembled site lacks the overview of ${missing.length} plans (${missing.slice(0, 5).join(', ')}…)`);
  return { files, storeFiles };
}

/** The site-wide open data of the whole corpus: plan index and indicators from the manifest, the
 * shards' cross-links, ledger and lineage merged (src/publish/merge-shards.ts). */
function writeSiteData(manifest: ShardManifest, dists: Map<string, string>, out: string): void {
  const data = join(out, 'data');
  // Cross-links, ledger and lineage list plans in the order one build of the corpus does.
  const order = sortPlans(manifest.plans).map((p) => p.slug);
  const shardData = manifest.shards.map((s) => join(dists.get(s.name)!, 'data'));
  writeFileSync(join(data, 'plans.json'), json(PlanIndex.parse(manifest.plans.map(({ shard: _, ...p }) => planSummary(p)))));
  writeFileSync(join(data, 'indicators.csv'), indicatorsCsv(manifest.plans));
  // Cross-links joined per shard, merged, and split again: the index lists every shard's bodies,
  // documents and topics, and each plan's part agrees with it.
  const xref = Xref.parse(mergeXref(shardData.map(readXref), order));
  const { index, parts } = splitXref(xref, order);
  writeFileSync(join(data, 'xref', 'index.json'), compact(XrefIndex.parse(index)));
  for (const [slug, part] of parts) writeFileSync(join(data, 'xref', `${slug}.json`), compact(XrefPlanPart.parse(part)));
  const ledger = Ledger.parse(mergeLedger(shardData.map(readLedger), order));
  writeFileSync(join(data, 'ledger.json'), compact(ledger));
  writeFileSync(join(data, 'ledger.csv'), ledgerCsv(ledger));
  writeFileSync(join(data, 'observations.csv'), observationsCsv(ledger));
  writeFileSync(join(data, 'lineage.json'), json(Lineage.parse(mergeLineage(shardData.map(readLineage), order))));
}

/** One sitemap of every shard's pages (written only when SITE_ORIGIN was set). */
function mergeSitemaps(manifest: ShardManifest, dists: Map<string, string>, out: string): void {
  if (!existsSync(join(out, 'sitemap-index.xml'))) return;
  const urls = new Map<string, string>();
  for (const s of manifest.shards) {
    const dist = dists.get(s.name)!;
    for (const f of readdirSync(dist).filter((x) => /^sitemap-\d+\.xml$/.test(x))) {
      for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/<url>.*?<loc>(.*?)<\/loc>.*?<\/url>/gs)) urls.set(m[1], m[0]);
    }
  }
  // One file holds at most 50,000 URLs (sitemaps.org); splitting is left for when a site has that many.
  if (urls.size > 50_000) throw new Error(`${urls.size} URLs: more than one sitemap file holds; not supported yet`);
  for (const f of readdirSync(out).filter((x) => /^sitemap-[1-9]\d*\.xml$/.test(x))) rmSync(join(out, f));
  const index = readFileSync(join(out, 'sitemap-index.xml'), 'utf8');
  writeFileSync(join(out, 'sitemap-index.xml'), index.replace(/<sitemap><loc>[^<]*sitemap-[1-9]\d*\.xml<\/loc>(?:<lastmod>[^<]*<\/lastmod>)?<\/sitemap>/g, ''));
  const first = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
  const head = first.slice(0, first.indexOf('<url>'));
  writeFileSync(join(out, 'sitemap-0.xml'), `${head}${[...urls.keys()].sort().map((k) => urls.get(k)).join('')}</urlset>`);
}
