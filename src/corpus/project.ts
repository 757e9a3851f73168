// Throwaway copies of the project (sources and config, node_modules linked) to build in isolation:
// the end-to-end tests and the benchmark build corpora there, never in the working tree.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** What a copy needs to build: everything but the seeds, generated output and node_modules. */
const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Creates a project copy under the system temp folder; `seeds` fills its seeds/ (name → content). */
export function tempProject(root: string, seeds: Record<string, string | Uint8Array> | ((seedsDir: string) => void), prefix = 'planatlas-project-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of PROJECT_FILES) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'));
  const seedsDir = join(dir, 'seeds');
  mkdirSync(seedsDir);
  if (typeof seeds === 'function') seeds(seedsDir);
  else for (const [name, content] of Object.entries(seeds)) writeFileSync(join(seedsDir, name), content);
  return dir;
}

/** The seeds of a folder, as a map for tempProject. */
export function copySeeds(from: string): (seedsDir: string) => void {
  return (seedsDir) => cpSync(from, seedsDir, { recursive: true });
}

/** Removes a project copy. */
export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** All file paths under a folder, relative to it, sorted. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? listFiles(join(dir, f), base) : [relative(base, join(dir, f))]))
    .sort();
}
