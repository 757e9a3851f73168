// The whole build as one Astro integration, as Starlight runs Pagefind from astro:build:done:
// `astro build` (and `astro dev`) parse the seeds and write content/ before Astro reads it; after
// the build the open data and the search index are published into dist/.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteUrls } from '../core/urls.ts';
import { buildDate, projectPaths, siteLocation } from './config.ts';
import { writeCorpus } from './corpus.ts';
import { relative } from 'node:path';
import { readSeeds } from './seeds.ts';
import { readProgressFolder } from './progress.ts';
import { indexSearch, publishData } from './publish.ts';
import { publishFeeds } from './feeds.ts';
import { publishPackage } from './package.ts';
import { buildInstant } from '../opendata/plan-dates.ts';
import { publishOriginals, writeSources } from './sources.ts';
import { applyManifestSlugs, shardContext } from './shards.ts';

/** Raised for bad seeds: the message names the files, and the build stops without a stack trace. */
export class IngestError extends Error {}

/** Parses the seeds and writes content/; prints warnings; throws IngestError for unreadable seeds. */
export async function ingestToContent(root: string, logger: Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>): Promise<void> {
  const paths = projectPaths(root);
  const { base } = siteLocation();
  const t0 = performance.now();
  // A shard builds the seeds the manifest gives it, with the other shards' plans as stubs.
  const shard = shardContext(process.env, root);
  const { plans, sources, errors, notes } = await readSeeds(paths.seeds, shard?.def.seeds);
  for (const n of notes) logger.info(`seeds/${n}`);
  if (errors.length) throw new IngestError(`cannot build from seeds/:\n${errors.map((e) => `  seeds/${e}`).join('\n')}`);
  for (const p of plans) for (const w of p.warnings) logger.warn(`${w.file}:${w.line}: ${w.message}${w.text ? ` — “${w.text}”` : ''}`);
  // Ids pinned to the reviewed registry, so that links survive edits of the seeds (src/publish/stable-ids.ts).
  const frozen = process.env.IDS_FROZEN === '1';
  if (shard) applyManifestSlugs(plans, shard);
  const progress = readProgressFolder(paths.progress);
  const { docs, pinned, issues } = writeCorpus(plans, paths, siteUrls(base), { today: buildDate(), frozen, progress: progress.files, others: shard?.external });
  writeSources(sources, paths);
  // A progress row that cannot be used is left out and reported; the rest of the file still counts.
  for (const i of [...progress.issues, ...issues]) logger.warn(`seeds/${i.file}:${i.line}: ${i.message}${i.text ? ` — “${i.text}”` : ''}`);
  for (const r of pinned.results) {
    const { kept, changed, added, deleted } = r.counts;
    // A plan's first build registers every unit as new: only edits of a registered plan are worth a line.
    if (changed + deleted > 0 || (added > 0 && kept + changed > 0)) logger.info(`ids of ${r.registry.slug}: ${added} new, ${changed} reworded, ${deleted} gone`);
  }
  if (pinned.updated.length) {
    const files = pinned.updated.map((f) => relative(root, f)).join(', ');
    if (frozen) throw new IngestError(`the id registry is out of date (IDS_FROZEN=1): ${files}; build without IDS_FROZEN, review and commit`);
    logger.warn(`id registry updated: ${files} — review the diff and commit it`);
  }
  logger.info(`${docs.length} plans from seeds/ → content/${shard ? ` (shard ${shard.name}; ${shard.external.length} plans of other shards from the manifest)` : ''} in ${(performance.now() - t0).toFixed(0)} ms`);
}

/** The PlanAtlas integration. */
export function planatlas(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'planatlas',
    hooks: {
      'astro:config:setup': async ({ config, logger, command }) => {
        root = fileURLToPath(config.root);
        // `astro preview` serves an existing dist/; `astro check` and `astro sync` read content/ as it is.
        if (command === 'preview' || command === 'sync') return;
        try {
          await ingestToContent(root, logger);
        } catch (e) {
          if (!(e instanceof IngestError)) throw e;
          logger.error(e.message);
          process.exit(1);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const paths = projectPaths(root);
        const { origin, base } = siteLocation();
        const shard = shardContext(process.env, root);
        publishData(paths.contentData, dist, siteUrls(base), origin, shard?.manifest);
        const originals = publishOriginals(paths, dist);
        logger.info(`${originals.length} original seed files → dist/sources`);
        const feeds = publishFeeds(paths.contentData, dist, { urls: siteUrls(base), origin, buildInstant: buildInstant(process.env.SOURCE_DATE_EPOCH) });
        logger.info(`${feeds.files} Atom feeds → dist/feeds (${(feeds.bytes / 1024).toFixed(0)} kB)`);
        const t0 = performance.now();
        const n = await indexSearch(paths.contentData, dist, shard ? { name: shard.name, terms: shard.manifest.terms } : null);
        logger.info(`search index: ${n} clause records → dist/pagefind in ${(performance.now() - t0).toFixed(0)} ms`);
        // Last: the package and the manifest describe and hash everything else in dist/data.
        const pkg = publishPackage(paths, dist, siteUrls(base), origin);
        logger.info(`data package: ${pkg.resources} resources; manifest: ${pkg.seeds} seeds, ${pkg.data} data files`);
      },
    },
  };
}
