// The checksum manifest of a build: the seed files the plans were read from and every published data
// file, with size and SHA-256, as JSON (manifest.json) and as GNU coreutils lines (SHA256SUMS), so a
// copy can be checked with `sha256sum -c SHA256SUMS` in the data folder or with a short script.
import type { Manifest, ManifestFile } from '../core/schema/manifest.ts';

/** Where a seed file is listed, relative to the data folder: the originals published under sources/. */
export function seedManifestPath(file: string): string {
  return `../sources/${file}`;
}

const byPath = (a: ManifestFile, b: ManifestFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The manifest of seed and data files (seeds first, each group by path). */
export function buildManifest(seeds: { file: string; bytes: number; sha256: string }[], data: Omit<ManifestFile, 'role'>[]): Manifest {
  return {
    version: 1,
    algorithm: 'sha256',
    files: [
      ...seeds.map((s) => ({ path: seedManifestPath(s.file), role: 'seed' as const, bytes: s.bytes, sha256: s.sha256 })).sort(byPath),
      ...data.map((d) => ({ path: d.path, role: 'data' as const, bytes: d.bytes, sha256: d.sha256 })).sort(byPath),
    ],
  };
}

/** One line of `sha256sum` output; a name with a backslash or newline is escaped as coreutils does. */
export function sha256sumLine(sha256: string, path: string): string {
  if (!/[\\\n\r]/.test(path)) return `${sha256}  ${path}\n`;
  return `\\${sha256}  ${path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}\n`;
}

/** SHA256SUMS: the manifest's files, and the manifest itself when given. */
export function sha256sums(files: Pick<ManifestFile, 'path' | 'sha256'>[]): string {
  return files.map((f) => sha256sumLine(f.sha256, f.path)).join('');
}
