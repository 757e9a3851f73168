// `npm run ingest`: seeds/ → content/ (what `astro build` also does first).
// `npm run ingest -- --check [DIR] [--roles] [--report FILE]`: a review of a folder of seeds without
// writing content/: per plan its title, facts, units by kind and warnings; --roles lists every line set
// aside with its role and reason; --report writes an HTML page of all of it a person can skim.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteUrls } from '../src/core/urls.ts';
import { buildDate, projectPaths, siteLocation } from '../src/build/config.ts';
import { readSeeds } from '../src/build/seeds.ts';
import { publishPlans } from '../src/build/content.ts';
import { writeCorpus } from '../src/build/corpus.ts';
import { writeSources } from '../src/build/sources.ts';
import { readProgressFolder } from '../src/build/progress.ts';
import { countKinds } from '../src/publish/layout.ts';
import { reportHtml } from '../src/build/report.ts';

const USAGE = 'usage: node scripts/ingest.ts [--check [DIR]] [--roles] [--report FILE]';

interface Options { check: boolean; dir: string | null; roles: boolean; report: string | null }

function options(argv: string[]): Options {
  const o: Options = { check: false, dir: null, roles: false, report: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') {
      o.check = true;
      if (argv[i + 1] && !argv[i + 1].startsWith('--')) o.dir = resolve(argv[++i]);
    } else if (a === '--seeds' && argv[i + 1]) o.dir = resolve(argv[++i]);
    else if (a === '--roles') o.roles = true;
    else if (a === '--report' && argv[i + 1]) o.report = resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if ((o.roles || o.report) && !o.check) o.check = true;
  return o;
}

async function main(): Promise<void> {
  let o: Options;
  try {
    o = options(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const paths = projectPaths();
  const urls = siteUrls(siteLocation().base);
  const t0 = performance.now();
  const { plans, sources, errors, notes, texts } = await readSeeds(o.dir ?? paths.seeds);
  const tParse = performance.now() - t0;
  for (const n of notes) console.log(`note: ${n}`);
  const docs = publishPlans(plans, urls);
  for (const [k, d] of docs.entries()) {
    const kinds = countKinds(d.outline);
    console.log(`${d.slug}  ${d.title}`);
    console.log(`  source: ${d.source.file} (${d.source.format}, ${d.source.bytes} bytes), lines ${d.source.startLine}–${d.source.endLine}`);
    const facts = [['地区', d.meta.regionCode ? `${d.region} ${d.meta.regionCode}` : d.region], ['发布机关', d.issuer], ['文号', d.docNumber], ['日期', d.date], ['规划期', d.period.from || d.period.to ? `${d.period.from ?? '?'}–${d.period.to ?? '?'}` : ''], ['类别', d.kind]];
    console.log(`  ${facts.map(([key, v]) => `${key}：${v || '—'}`).join('；')}`);
    console.log(`  units: ${Object.entries(kinds).sort().map(([key, v]) => `${key} ${v}`).join(', ')}; indicators ${d.indicators.length}; set aside ${d.stripped.length} lines; warnings ${d.warnings.length}`);
    if (o.roles) for (const s of plans[k].stripped) console.log(`  ${String(s.line).padStart(5)} ${s.role.padEnd(11)} ${s.text.trim().slice(0, 40)}  (${s.reason})`);
    for (const w of d.warnings) console.log(`  warning: ${w.file}:${w.line}: ${w.message}${w.text ? ` — “${w.text}”` : ''}`);
  }
  for (const e of errors) console.error(`error: ${e}`);
  if (o.report) {
    const files = [...texts].map(([file, text]) => ({ file, text, plans: plans.filter((p) => p.source.file === file) }));
    writeFileSync(o.report, reportHtml(files));
    console.log(`report: ${o.report}`);
  }
  if (!o.check && !errors.length && plans.length) {
    const t1 = performance.now();
    const progress = readProgressFolder(paths.progress);
    const { issues } = writeCorpus(plans, paths, urls, { today: buildDate(), progress: progress.files });
    writeSources(sources, paths);
    for (const i of [...progress.issues, ...issues]) console.warn(`warning: seeds/${i.file}:${i.line}: ${i.message}${i.text ? ` — “${i.text}”` : ''}`);
    console.log(`wrote ${plans.length} plans to content/ in ${(performance.now() - t1).toFixed(0)} ms`);
  }
  console.log(`parsed ${plans.length} plans in ${tParse.toFixed(0)} ms; ${errors.length} errors`);
  if (errors.length) process.exitCode = 1;
}

await main();
