// After Astro has rendered the site: the open data and its JSON Schemas go to dist/data, and the
// clause-level search index to dist/pagefind.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../core/schema/index.ts';
import type { SiteUrls } from '../core/urls.ts';
import type { ShardManifest } from '../core/schema/index.ts';
import { absoluteUrl } from '../core/urls.ts';
import { planRecords, xrefFacets, type ClauseRecord } from '../indexer/records.ts';
import { writeClauseIndex } from '../indexer/build-index.ts';
import { readPlanDocs, readXref } from './data.ts';

/** Copies content/data to dist/data and writes the JSON Schema of every published file; a shard also
 * publishes the manifest of its corpus (data/shards.json). */
export function publishData(contentData: string, dist: string, urls: SiteUrls, origin: string | null, manifest?: ShardManifest): void {
  const out = join(dist, 'data');
  cpSync(contentData, out, { recursive: true });
  if (manifest) writeFileSync(join(out, SHARD_MANIFEST_FILE), JSON.stringify(manifest) + '\n');
  mkdirSync(join(out, 'schema'), { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas(absoluteUrl(urls.data('schema/'), origin)))) {
    writeFileSync(join(out, 'schema', name), JSON.stringify(schema, null, 2) + '\n');
  }
}

/** Every clause record of the published corpus (plans in file-name order for a stable index). */
export function corpusRecords(dataDir: string): ClauseRecord[] {
  const facets = xrefFacets(readXref(dataDir));
  return readPlanDocs(dataDir).flatMap((p) => planRecords(p, facets));
}

/** Name of the manifest in dist/data of a shard and of an assembled site. */
export const SHARD_MANIFEST_FILE = 'shards.json';

/** Builds dist/pagefind from the published data (in a shard: page ids tagged with its name, and the
 * corpus's terms from the manifest); returns the record count. */
export async function indexSearch(dataDir: string, dist: string, shard: { name: string; terms: string[] } | null = null): Promise<number> {
  const records = corpusRecords(dataDir);
  const res = await writeClauseIndex(records, join(dist, 'pagefind'), { shard: shard?.name, vocabulary: shard?.terms });
  if (res.errors.length) throw new Error(`search index: ${res.errors.join('; ')}`);
  return res.records;
}
