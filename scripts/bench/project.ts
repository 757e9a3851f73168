// Temp copy of the project whose seeds are `scale` synthetic copies of the repo's seeds.
import { join } from 'node:path';
import { tempProject } from '../../src/corpus/project.ts';
import { synthSeeds } from '../../src/corpus/synth.ts';

export { removeProject } from '../../src/corpus/project.ts';

/** Creates a temp project whose seeds/ holds `scale` copies of the repo's seeds; returns its path. */
export function benchProject(root: string, scale: number): string {
  return tempProject(root, (seedsDir) => synthSeeds(join(root, 'seeds'), seedsDir, scale), `planatlas-bench-x${scale}-`);
}
