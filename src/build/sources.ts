// The seed files behind the plans: the text each was read into (written at ingest, shown by the
// /source/ pages, so no page decodes a file a second way) and the originals, copied into the site.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceText } from '../ingest/source.ts';
import type { ProjectPaths } from './config.ts';
import { readPlanDocs } from './data.ts';

/** Replaces content/sources with the extracted text of every seed read. */
export function writeSources(sources: Map<string, SourceText>, paths: ProjectPaths): void {
  rmSync(paths.contentSources, { recursive: true, force: true });
  mkdirSync(paths.contentSources, { recursive: true });
  for (const [file, source] of sources) writeFileSync(join(paths.contentSources, `${file}.txt`), source.text);
}

/** The text a seed file was read into, exactly as the parser read it. */
export function readSourceText(paths: ProjectPaths, file: string): string {
  const path = join(paths.contentSources, `${file}.txt`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` (or \`npm run ingest\`) first`);
  return readFileSync(path, 'utf8');
}

/** Copies the original of every published plan's seed into dist/sources/, checking it is the file
 * that was read (same SHA-256); returns the files copied. */
export function publishOriginals(paths: ProjectPaths, dist: string): string[] {
  const out = join(dist, 'sources');
  mkdirSync(out, { recursive: true });
  const files = new Map<string, string>();
  for (const d of readPlanDocs(paths.contentData)) files.set(d.source.file, d.source.sha256);
  for (const [file, sha256] of files) {
    const from = join(paths.seeds, file);
    const actual = createHash('sha256').update(readFileSync(from)).digest('hex');
    if (actual !== sha256) throw new Error(`seeds/${file} changed after it was read; build again`);
    copyFileSync(from, join(out, file));
  }
  // The progress files behind the ledger's actuals are sources too (the manifest lists them).
  const progress = existsSync(paths.progress) ? readdirSync(paths.progress).filter((f) => /\.csv$/i.test(f) && !f.startsWith('.')) : [];
  if (progress.length) mkdirSync(join(out, 'progress'), { recursive: true });
  for (const f of progress) copyFileSync(join(paths.progress, f), join(out, 'progress', f));
  return [...files.keys(), ...progress.map((f) => `progress/${f}`)];
}
