// After everything else is in dist/data: the Data Package descriptor (datapackage.json), then the
// checksum manifest of seeds and data (manifest.json) and its sha256sum form (SHA256SUMS).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Manifest } from '../core/schema/manifest.ts';
import { absoluteUrl, type SiteUrls } from '../core/urls.ts';
import { dataPackage } from '../opendata/datapackage.ts';
import { buildManifest, sha256sums } from '../opendata/manifest.ts';
import { NOT_DESCRIBED } from '../opendata/registry.ts';
import type { ProjectPaths } from './config.ts';
import { listSeeds } from './seeds.ts';

/** Written by this step, after the package: described without size or hash. */
const WRITTEN_AFTER = ['manifest.json', 'SHA256SUMS'];

/** Files of a folder, recursively, as '/'-separated paths relative to it, sorted. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

/** Size and SHA-256 of a file. */
export function fileDigest(path: string): { bytes: number; sha256: string } {
  const buf = readFileSync(path);
  return { bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') };
}

/** Writes datapackage.json, manifest.json and SHA256SUMS into dist/data; returns their counts. */
export function publishPackage(paths: ProjectPaths, dist: string, urls: SiteUrls, origin: string | null): { resources: number; seeds: number; data: number } {
  const dataDir = join(dist, 'data');
  const files = filesUnder(dataDir)
    .filter((p) => !(p in NOT_DESCRIBED) && !WRITTEN_AFTER.includes(p))
    .map((path) => ({ path, ...fileDigest(join(dataDir, path)) }));
  const pkg = dataPackage([...files, ...WRITTEN_AFTER.map((path) => ({ path }))], origin ? absoluteUrl(urls.data(), origin) : null);
  writeFileSync(join(dataDir, 'datapackage.json'), JSON.stringify(pkg, null, 2) + '\n');

  // Seeds as they are: the plan files, and the progress files officials add (seeds/progress/).
  const progress = existsSync(paths.progress) ? filesUnder(paths.progress).map((f) => `progress/${f}`) : [];
  const seeds = [...listSeeds(paths.seeds).files, ...progress].map((file) => ({ file, ...fileDigest(join(paths.seeds, file)) }));
  const data = [...files, { path: 'datapackage.json', ...fileDigest(join(dataDir, 'datapackage.json')) }];
  const manifest = Manifest.parse(buildManifest(seeds, data));
  writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const self = { path: 'manifest.json', ...fileDigest(join(dataDir, 'manifest.json')) };
  writeFileSync(join(dataDir, 'SHA256SUMS'), sha256sums([...manifest.files, self]));
  return { resources: pkg.resources.length, seeds: seeds.length, data: data.length };
}
