// Project copies for end-to-end tests (src/corpus/project.ts), and running their build or CLIs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join, resolve } from 'node:path';
import { copySeeds, listFiles, tempProject as copyProject } from '../../src/corpus/project.ts';
import { childEnv } from '../../src/build/child-env.ts';

export { listFiles };
export const repo = resolve('.');

/** A temp project whose seeds/ holds the given files (name → content), or the repo's seeds. */
export function tempProject(seeds: Record<string, string | Uint8Array> | 'real'): string {
  return copyProject(repo, seeds === 'real' ? copySeeds(join(repo, 'seeds')) : seeds);
}

/** Runs a Node script of the project (Node 24 from node_modules first on PATH). */
export function runNode(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const childVars = childEnv({ PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH}`, ...env });
  // A temp project holds other seeds than the repo's id registry describes: CI's freeze is for the repo's build.
  if (!('IDS_FROZEN' in env)) delete childVars.IDS_FROZEN;
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: childVars });
}

/** `npm run build` (astro build: ingest, pages, open data, search index) in a project folder. */
export function buildProject(cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return runNode(cwd, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
}
