// Temp copy of the project (sources + linked node_modules) so benchmark builds never touch content/ or dist/.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { synthSeeds } from './synth.ts';

const COPY = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Creates a temp project whose seeds/ holds `scale` copies of the repo's seeds; returns its path. */
export function tempProject(root: string, scale: number): string {
  const dir = mkdtempSync(join(tmpdir(), `planatlas-bench-x${scale}-`));
  for (const p of COPY) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'));
  synthSeeds(join(root, 'seeds'), join(dir, 'seeds'), scale);
  return dir;
}

/** Removes a temp project. */
export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
