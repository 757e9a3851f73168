// A corpus built as shards, against one build of the same corpus: `node scripts/bench/shards.ts
// [--scale 50] [--shards 4] [--single DIR] [--keep]`. Builds the synthetic corpus once as a whole and
// once as N shards, each shard in its own project copy and its own process (one after another, so
// the timings are not of shards fighting for the same cores), assembles the site, and prints the time
// of each step, the wall time on N parallel runners (split + slowest shard + assembly), and how far
// the assembled site's top-10 search results agree with the single build over the tuning query set.
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { benchProject, removeProject } from './project.ts';
import { runStep, type StepResult } from './steps.ts';
import { dirSize } from './search.ts';
import { tempProject } from '../../src/corpus/project.ts';
import { readManifest } from '../../src/build/shards.ts';
import { loadNodePagefind } from '../../src/indexer/node-pagefind.ts';
import { searchClauses } from '../../src/core/search/engine.ts';

const root = resolve(import.meta.dirname, '../..');

/** Top-10 URLs of every query, in order. */
export async function topTen(pagefindDir: string, queries: string[]): Promise<Map<string, string[]>> {
  const { pf } = await loadNodePagefind(pagefindDir);
  const out = new Map<string, string[]>();
  for (const q of queries) out.set(q, (await searchClauses(pf, q, { limit: 10 })).hits.map((h) => h.url));
  return out;
}

/** How far two result lists agree: same ten in the same order, same ten in any order, and the mean
 * share of one's top 10 found in the other's. */
export function agreement(a: Map<string, string[]>, b: Map<string, string[]>): { n: number; sameOrder: number; sameSet: number; overlap: number; differ: string[] } {
  let sameOrder = 0, sameSet = 0, overlap = 0;
  const differ: string[] = [];
  for (const [q, x] of a) {
    const y = b.get(q) ?? [];
    const ys = new Set(y);
    const shared = x.filter((u) => ys.has(u)).length;
    overlap += x.length || y.length ? shared / Math.max(x.length, y.length) : 1;
    if (x.join(' ') === y.join(' ')) sameOrder++;
    if (x.length === y.length && shared === x.length) sameSet++;
    else differ.push(q);
  }
  return { n: a.size, sameOrder, sameSet, overlap: overlap / Math.max(1, a.size), differ };
}

/** Parses the options. */
function options(argv: string[]): { scale: number; shards: number; single: string | null; keep: boolean } {
  const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  return { scale: Number(value('--scale') ?? 50), shards: Number(value('--shards') ?? 4), single: value('--single') ?? null, keep: argv.includes('--keep') };
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const MB = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;

/** Runs one build step in a project folder; throws with the log's tail when it fails. */
async function step(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<StepResult> {
  const r = await runStep(process.execPath, args, cwd, { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...env });
  if (r.code !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${r.log.slice(-3000)}`);
  return r;
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const astro = ['node_modules/astro/bin/astro.mjs', 'build'];
  console.log(`# Shards: ×${o.scale} corpus in ${o.shards} shards (${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} × ${os.cpus()[0]?.model}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')})\n`);

  // The single build (or one given with --single, built by the same commit).
  let single = o.single;
  let singleStep: StepResult | null = null;
  if (!single) {
    process.stderr.write(`building ×${o.scale} as one site…\n`);
    single = benchProject(root, o.scale);
    singleStep = await step(astro, single);
  }

  // The split reads every seed of the corpus, in a copy of the project that has them.
  const work = tempProject(root, (seedsDir) => cpSync(join(single, 'seeds'), seedsDir, { recursive: true }), 'planatlas-shards-');
  const manifestFile = join(work, 'shards/manifest.json');
  process.stderr.write('splitting…\n');
  const split = await step(['scripts/shards.ts', 'split', '--shards', String(o.shards), '--out', manifestFile], work);
  const manifest = readManifest(manifestFile);

  // Each shard in its own project copy (as on its own runner), its build a process of its own.
  const shardSteps: { name: string; plans: number; r: StepResult; dir: string }[] = [];
  mkdirSync(join(work, 'shards'), { recursive: true });
  for (const s of manifest.shards) {
    process.stderr.write(`building shard ${s.name}…\n`);
    const dir = tempProject(root, (seedsDir) => { for (const f of s.seeds) cpSync(join(single, 'seeds', f), join(seedsDir, f)); }, `planatlas-shard-${s.name}-`);
    cpSync(manifestFile, join(dir, 'manifest.json'));
    const r = await step(astro, dir, { SHARD: s.name, SHARD_MANIFEST: 'manifest.json' });
    shardSteps.push({ name: s.name, plans: manifest.plans.filter((p) => p.shard === s.name).length, r, dir });
    symlinkSync(join(dir, 'dist'), join(work, 'shards', s.name));
  }
  process.stderr.write('assembling…\n');
  const assemble = await step(['scripts/shards.ts', 'assemble', '--out', join(work, 'site')], work);

  const slowest = Math.max(...shardSteps.map((s) => s.r.ms));
  const wall = split.ms + slowest + assemble.ms;
  console.log('| step | plans | time | peak RSS |');
  console.log('|---|---|---|---|');
  if (singleStep) console.log(`| single build (one machine) | ${manifest.plans.length} | ${sec(singleStep.ms)} | ${MB(singleStep.maxRss)} |`);
  console.log(`| split (reads every seed, writes the manifest) | ${manifest.plans.length} | ${sec(split.ms)} | ${MB(split.maxRss)} |`);
  for (const s of shardSteps) console.log(`| shard ${s.name} (${manifest.shards.find((d) => d.name === s.name)!.regions.length} provinces) | ${s.plans} | ${sec(s.r.ms)} | ${MB(s.r.maxRss)} |`);
  console.log(`| assemble | ${manifest.plans.length} | ${sec(assemble.ms)} | ${MB(assemble.maxRss)} |`);
  console.log(`| **wall time on ${manifest.shards.length} parallel runners** (split + slowest shard + assemble) | | **${sec(wall)}** | |`);
  console.log(`| sum of shard builds (one machine, one after another) | | ${sec(shardSteps.reduce((a, s) => a + s.r.ms, 0))} | |\n`);

  const site = dirSize(join(work, 'site'));
  const one = dirSize(join(single, 'dist'));
  console.log(`Assembled site: ${MB(site.bytes)} in ${site.files} files (single build: ${MB(one.bytes)} in ${one.files} files); manifest ${(readFileSync(manifestFile).length / 2 ** 20).toFixed(1)} MB.\n`);

  const tune = (JSON.parse(readFileSync(join(root, 'tests/search/sets/tune.json'), 'utf8')) as { q: string }[]).map((x) => x.q);
  process.stderr.write('searching both sites…\n');
  const a = agreement(await topTen(join(single, 'dist/pagefind'), tune), await topTen(join(work, 'site/pagefind'), tune));
  const pc = (x: number) => `${((x / a.n) * 100).toFixed(1)} %`;
  console.log(`Top-10 agreement over the tuning set (${a.n} queries): same ten in the same order ${a.sameOrder} (${pc(a.sameOrder)}), same ten in any order ${a.sameSet} (${pc(a.sameSet)}), mean overlap ${(a.overlap * 100).toFixed(1)} %.`);
  if (a.differ.length) console.log(`Queries whose top 10 differ: ${a.differ.join('、')}`);

  if (o.keep) console.error(`kept ${work} (site: ${join(work, 'site')}), shards ${shardSteps.map((s) => s.dir).join(' ')}${o.single ? '' : `, single ${single}`}`);
  else {
    for (const s of shardSteps) removeProject(s.dir);
    removeProject(work);
    if (!o.single) removeProject(single);
  }
}

if (import.meta.main) await main();
