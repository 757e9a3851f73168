// `npm run shards -- <command>`: a corpus built as shards on several machines.
//   split [--shards N] [--seeds DIR] [--out FILE]   read every seed, split them by province into N shards
//                                                  (default 4) and write the manifest (default shards/manifest.json)
//   assemble [--manifest FILE] [--from DIR] [--out DIR] [--project DIR]
//                                                  put the shards' sites (DIR/<shard>/, default shards/) together
//                                                  into one site (default dist/); the checksum manifest lists the
//                                                  seeds of the project (default .); SITE_ORIGIN as for the build
// Each shard builds on its own machine with `SHARD=<name> SHARD_MANIFEST=<file> npm run build`
// (README: "Building on several machines").
import { join, resolve } from 'node:path';
import { readManifest, splitCorpus } from '../src/build/shards.ts';
import { assembleSite } from '../src/build/assemble.ts';
import { projectPaths, siteLocation } from '../src/build/config.ts';
import { buildInstant } from '../src/opendata/plan-dates.ts';

export const USAGE = `usage: npm run shards -- split [--shards N] [--seeds DIR] [--out FILE]
       npm run shards -- assemble [--manifest FILE] [--from DIR] [--out DIR] [--project DIR]`;

/** Value of --name in argv, or the default. */
function option(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value\n${USAGE}`);
  return v;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const t0 = performance.now();
  const secs = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  if (command === 'split') {
    const n = Number(option(rest, 'shards', '4'));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--shards must be a whole number ≥ 1\n${USAGE}`);
    const out = resolve(option(rest, 'out', 'shards/manifest.json'));
    const m = await splitCorpus(resolve(option(rest, 'seeds', 'seeds')), n, out);
    for (const s of m.shards) console.log(`${s.name}: ${s.seeds.length} seeds, ${m.plans.filter((p) => p.shard === s.name).length} plans, provinces ${s.regions.join(' ') || '(unknown)'}`);
    console.log(`${m.plans.length} plans in ${m.shards.length} shards → ${out} (${secs()})`);
  } else if (command === 'assemble') {
    const manifest = readManifest(resolve(option(rest, 'manifest', 'shards/manifest.json')));
    const from = resolve(option(rest, 'from', 'shards'));
    const out = resolve(option(rest, 'out', 'dist'));
    const site = { origin: siteLocation().origin, paths: projectPaths(resolve(option(rest, 'project', '.'))), buildInstant: buildInstant(process.env.SOURCE_DATE_EPOCH) };
    const r = assembleSite(manifest, new Map(manifest.shards.map((s) => [s.name, join(from, s.name)])), out, site);
    console.log(`${Object.entries(r.files).map(([k, v]) => `${k} ${v} files`).join(', ')}; ${r.storeFiles} clause-store files → ${out} (${secs()})`);
  } else {
    console.error(USAGE);
    process.exit(2);
  }
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
