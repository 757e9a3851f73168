// `npm run ingest`: seeds/ → content/ (what `astro build` also does first), or with --check, a review
// of the seeds without writing anything: per plan its title, facts, units by kind and warnings.
// Usage: node scripts/ingest.ts [--check] [--seeds DIR]
import { resolve } from 'node:path';
import { siteUrls } from '../src/core/urls.ts';
import { buildDate, projectPaths, siteLocation } from '../src/build/config.ts';
import { readSeeds } from '../src/build/seeds.ts';
import { publishPlans } from '../src/build/content.ts';
import { writeCorpus } from '../src/build/corpus.ts';
import { countKinds } from '../src/publish/layout.ts';

const USAGE = 'usage: node scripts/ingest.ts [--check] [--seeds DIR]';

function options(argv: string[]): { check: boolean; seeds: string | null } {
  const o = { check: false, seeds: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') o.check = true;
    else if (argv[i] === '--seeds' && argv[i + 1]) o.seeds = resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return o;
}

function main(): void {
  let o: ReturnType<typeof options>;
  try {
    o = options(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const paths = projectPaths();
  const urls = siteUrls(siteLocation().base);
  const t0 = performance.now();
  const { plans, errors, notes } = readSeeds(o.seeds ?? paths.seeds);
  const tParse = performance.now() - t0;
  for (const n of notes) console.log(`note: ${n}`);
  const docs = publishPlans(plans, urls);
  for (const d of docs) {
    const kinds = countKinds(d.outline);
    console.log(`${d.slug}  ${d.title}`);
    const facts = [['地区', d.region], ['发布机关', d.issuer], ['文号', d.docNumber], ['日期', d.date], ['规划期', d.period.from || d.period.to ? `${d.period.from ?? '?'}–${d.period.to ?? '?'}` : ''], ['类别', d.kind]];
    console.log(`  ${facts.map(([k, v]) => `${k}：${v || '—'}`).join('；')}`);
    console.log(`  units: ${Object.entries(kinds).sort().map(([k, v]) => `${k} ${v}`).join(', ')}; indicators ${d.indicators.length}; set aside ${d.stripped.length} lines; warnings ${d.warnings.length}`);
    for (const w of d.warnings) console.log(`  warning: ${w.file}:${w.line}: ${w.message}${w.text ? ` — “${w.text}”` : ''}`);
  }
  for (const e of errors) console.error(`error: ${e}`);
  if (!o.check && !errors.length && plans.length) {
    const t1 = performance.now();
    writeCorpus(plans, paths, urls, buildDate());
    console.log(`wrote ${plans.length} plans to content/ in ${(performance.now() - t1).toFixed(0)} ms`);
  }
  console.log(`parsed ${plans.length} plans in ${tParse.toFixed(0)} ms; ${errors.length} errors`);
  if (errors.length) process.exitCode = 1;
}

main();
