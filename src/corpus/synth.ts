// Synthetic corpus: each seed copied N times with its region names renamed, so titles and slugs differ.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REGIONS: [string, string][] = [['武进区', '甲'], ['曾都区', '乙'], ['通州区', '丙'], ['常州市', '丁'], ['溧阳市', '戊']];

/** Rewrites region names for copy k (copy 0 keeps the original text). */
export function renameRegions(text: string, k: number): string {
  if (k === 0) return text;
  let out = text;
  for (const [name, tag] of REGIONS) out = out.replaceAll(name, `${tag}${k}${name.at(-1)}`);
  return out;
}

/** Writes `scale` renamed copies of every seed in seedsDir into outDir; returns the file count. */
export function synthSeeds(seedsDir: string, outDir: string, scale: number): number {
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (let k = 0; k < scale; k++) {
    for (const f of files) {
      const text = readFileSync(join(seedsDir, f), 'utf8');
      const name = k === 0 ? f : f.replace(/\.txt$/, `_x${k}.txt`);
      writeFileSync(join(outDir, name), renameRegions(text, k));
    }
  }
  return files.length * scale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, scale = '10'] = process.argv.slice(2);
  if (!out) throw new Error('usage: node scripts/bench/synth.ts OUT_DIR [SCALE]');
  console.log(`${synthSeeds('seeds', out, Number(scale))} seeds → ${out}`);
}
