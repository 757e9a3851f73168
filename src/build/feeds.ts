// Writes the Atom feeds (src/opendata/feeds.ts) into dist/ at their site paths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { atomXml } from '../opendata/atom.ts';
import { siteFeeds, type FeedSite } from '../opendata/feeds.ts';
import { readPlanDocs, readXref } from './data.ts';

/** The file under dist/ that serves a site path (the base path removed). */
export function distFile(dist: string, sitePath: string, base: string): string {
  if (!sitePath.startsWith(base)) throw new Error(`${sitePath} is not under the base path ${base}`);
  return join(dist, sitePath.slice(base.length));
}

/** Writes every feed of the published data into dist/; returns how many and their total size. */
export function publishFeeds(dataDir: string, dist: string, site: FeedSite): { files: number; bytes: number } {
  let bytes = 0;
  const feeds = siteFeeds(readPlanDocs(dataDir), readXref(dataDir), site);
  for (const { path, feed } of feeds) {
    const file = distFile(dist, path, site.urls.base);
    const xml = atomXml(feed);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, xml);
    bytes += Buffer.byteLength(xml);
  }
  return { files: feeds.length, bytes };
}
