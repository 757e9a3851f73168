// A throwaway copy of the project (sources, config, chosen seeds; node_modules linked) to build in isolation.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const repo = resolve('.');

/** Creates a temp project whose seeds/ holds the given files (name → content). */
export function tempProject(seeds: Record<string, string | Uint8Array> | 'real'): string {
  const dir = mkdtempSync(join(tmpdir(), 'planatlas-project-'));
  for (const p of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(repo, p), join(dir, p), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  if (seeds === 'real') cpSync(join(repo, 'seeds'), join(dir, 'seeds'), { recursive: true });
  else {
    mkdirSync(join(dir, 'seeds'));
    for (const [name, content] of Object.entries(seeds)) writeFileSync(join(dir, 'seeds', name), content);
  }
  return dir;
}

/** Runs a Node script of the project (Node 24 from node_modules first on PATH). */
export function runNode(cwd: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH}` } });
}

/** The steps of `npm run build`, stopping at the first failure; returns the failing step's result or the last. */
export function buildProject(cwd: string): SpawnSyncReturns<string> {
  let r = runNode(cwd, ['scripts/ingest.ts']);
  if (r.status !== 0) return r;
  r = runNode(cwd, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build']);
  if (r.status !== 0) return r;
  r = runNode(cwd, ['scripts/publish-data.ts']);
  if (r.status !== 0) return r;
  return runNode(cwd, ['scripts/index-search.ts']);
}

/** All file paths under a folder, relative to it, sorted. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? listFiles(join(dir, f), base) : [relative(base, join(dir, f))]))
    .sort();
}
