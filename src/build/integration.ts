// The whole build as one Astro integration, as Starlight runs Pagefind from astro:build:done:
// `astro build` (and `astro dev`) parse the seeds and write content/ before Astro reads it; after
// the build the open data and the search index are published into dist/.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteUrls } from '../core/urls.ts';
import { projectPaths, siteLocation } from './config.ts';
import { writeContent } from './content.ts';
import { readSeeds } from './seeds.ts';
import { readProgressFolder } from './progress.ts';
import { indexSearch, publishData } from './publish.ts';
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
  if (shard) applyManifestSlugs(plans, shard);
  const progress = readProgressFolder(paths.progress);
  const { docs, issues } = writeContent(plans, paths, siteUrls(base), progress.files, shard?.external);
  writeSources(sources, paths);
  // A progress row that cannot be used is left out and reported; the rest of the file still counts.
  for (const i of [...progress.issues, ...issues]) logger.warn(`seeds/${i.file}:${i.line}: ${i.message}${i.text ? ` — “${i.text}”` : ''}`);
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
        const t0 = performance.now();
        const n = await indexSearch(paths.contentData, dist, shard ? { name: shard.name, terms: shard.manifest.terms } : null);
        logger.info(`search index: ${n} clause records → dist/pagefind in ${(performance.now() - t0).toFixed(0)} ms`);
      },
    },
  };
}
