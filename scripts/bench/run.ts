// Benchmark CLI: build time/peak memory per step for the real and synthetic corpora, page weights, search cost,
// and the ingest time of a 100-page PDF and a 5 MB .docx (scripts/bench/formats.ts, also runnable alone).
// Usage: node scripts/bench/run.ts [--scale 1,10] [--keep]
import os from 'node:os';
import { join, resolve } from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { benchProject, removeProject } from './project.ts';
import { runStep, type StepResult } from './steps.ts';
import { logSlope, pageStats, siteSize, type SiteSize } from './pages.ts';
import { searchStats, type SearchStats } from './search.ts';
import { browserStats, QUERIES as BROWSER_QUERIES, WARM_UP, type BrowserStats } from './browser.ts';
import { formatStats, printFormatStats } from './formats.ts';

// The whole build is one command (the planatlas integration parses seeds, Astro renders, the integration
// publishes data and indexes); the integration logs how long ingest and the search index took.
const STEPS: [string, string[]][] = [['astro build', ['node_modules/astro/bin/astro.mjs', 'build']]];

/** Parses --scale and --keep. */
function options(argv: string[]): { scales: number[]; keep: boolean } {
  const i = argv.indexOf('--scale');
  const scales = (i >= 0 ? argv[i + 1] : '1,10').split(',').map(Number).filter((n) => n > 0);
  return { scales, keep: argv.includes('--keep') };
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Prints a Markdown table. */
function table(head: string[], rows: string[][]): void {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log();
}

/** Builds one corpus scale in a temp project; returns step results, counts and the project dir. */
async function buildScale(root: string, scale: number): Promise<{ dir: string; steps: StepResult[]; seeds: number; seedBytes: number; pages: number; size: SiteSize }> {
  const dir = benchProject(root, scale);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
  // Synthetic corpora have no reviewed id registry: a freeze meant for the repo's own build does not apply.
  delete env.IDS_FROZEN;
  const steps: StepResult[] = [];
  for (const [name, args] of STEPS) {
    const r = await runStep(process.execPath, args, dir, env);
    if (r.code !== 0) throw new Error(`x${scale} ${name} failed (${r.code}) in ${dir}:\n${r.log.slice(-3000)}`);
    steps.push(r);
  }
  const seedFiles = readdirSync(join(dir, 'seeds')).filter((f) => !f.startsWith('.'));
  const seedBytes = seedFiles.reduce((a, f) => a + statSync(join(dir, 'seeds', f)).size, 0);
  return { dir, steps, seeds: seedFiles.length, seedBytes, pages: pageStats(join(dir, 'dist')).pages, size: siteSize(join(dir, 'dist')) };
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const { scales, keep } = options(process.argv.slice(2));
  const cpus = os.cpus();
  console.log(`# PlanAtlas benchmark (${new Date().toISOString().slice(0, 10)})\n`);
  console.log(`Machine: ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}\n`);

  const builds: { scale: number; seeds: number; seedBytes: number; pages: number; size: SiteSize; steps: StepResult[]; dir: string; search?: SearchStats; browser?: BrowserStats }[] = [];
  for (const scale of scales) {
    process.stderr.write(`building x${scale}…\n`);
    const b = await buildScale(root, scale);
    const search = await searchStats(join(b.dir, 'dist/pagefind'));
    process.stderr.write(`searching x${scale} in Chromium…\n`);
    builds.push({ scale, ...b, search, browser: await browserStats(b.dir) });
  }

  console.log('## Build (time / peak RSS per step)\n');
  table(
    ['corpus', 'seeds', 'pages', ...STEPS.map(([n]) => n), 'total'],
    builds.map((b) => [
      b.scale === 1 ? 'real (×1)' : `synthetic ×${b.scale}`, String(b.seeds), String(b.pages),
      ...b.steps.map((s) => `${sec(s.ms)} / ${MB(s.maxRss)}`),
      sec(b.steps.reduce((a, s) => a + s.ms, 0)),
    ]),
  );

  const base = builds.find((b) => b.scale === 1) ?? builds[0];
  const p = pageStats(join(base.dir, 'dist'));
  console.log(`## Page weight (×${base.scale}, ${p.pages} pages; CSS/JS = linked /_astro/ files, pagefind excluded)\n`);
  table(['per page', 'largest', 'median'], [
    ['HTML', kB(p.html.largest), kB(p.html.median)],
    ['CSS', kB(p.css.largest), kB(p.css.median)],
    ['own JS, on load (linked + static imports)', kB(p.js.largest), kB(p.js.median)],
    ['own JS on load, pages other than /search/ (budget 10 kB)', kB(p.jsOutsideSearch.largest), kB(p.jsOutsideSearch.median)],
    ['own JS, incl. lazy chunks', kB(p.jsAll.largest), kB(p.jsAll.median)],
  ]);

  console.log('## Search (bytes as stored; first query includes loading wasm/entry)\n');
  table(['corpus', 'index (dist/pagefind)', 'files', 'first query', 'tenth query'], builds.map((b) => [
    `×${b.scale}`, kB(b.search!.indexBytes), String(b.search!.files),
    `${kB(b.search!.firstQuery.bytes)} (${b.search!.firstQuery.query})`,
    `${kB(b.search!.tenthQuery.bytes)} (${b.search!.tenthQuery.query})`,
  ]));

  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`Time to results in headless Chromium under \`npm run serve\` (\`dataset.searchTimings.total\` set by /search/ after rendering; one warm-up query, then ${BROWSER_QUERIES.length} queries: ten realistic ones and the tuning set):\n`);
  table(['corpus', `first query (${WARM_UP})`, 'first-query bytes', 'median', 'p95 (target 150 ms)', 'max'], builds.map((b) => [
    `×${b.scale}`,
    `${ms(b.browser!.first.ms)} (Pagefind ${ms(b.browser!.first.timings.search ?? 0)}, clauses ${ms(b.browser!.first.timings.load ?? 0)})`,
    kB(b.browser!.firstBytes), ms(b.browser!.median), ms(b.browser!.p95), `${ms(b.browser!.max.ms)} (${b.browser!.max.query})`,
  ]));

  printGrowth(builds);

  process.stderr.write('reading a 100-page PDF and a 5 MB .docx…\n');
  printFormatStats(await formatStats(root));

  for (const b of builds) keep ? console.error(`kept ${b.dir}`) : removeProject(b.dir);
}

/** Output against input at every scale, with the log-log slope of each measure (1 = linear). */
function printGrowth(builds: { scale: number; seedBytes: number; pages: number; size: SiteSize; steps: StepResult[]; search?: SearchStats; browser?: BrowserStats }[]): void {
  const scales = builds.map((b) => b.scale);
  const rows: [string, (b: (typeof builds)[number]) => number, (n: number) => string][] = [
    ['plan text (seed bytes)', (b) => b.seedBytes, MB1],
    ['build time', (b) => b.steps.reduce((a, s) => a + s.ms, 0), sec],
    ['peak RSS', (b) => Math.max(...b.steps.map((s) => s.maxRss)), MB],
    ['dist/ bytes', (b) => b.size.bytes, MB1],
    ['dist/ ÷ plan text', (b) => b.size.bytes / b.seedBytes, (n) => `${n.toFixed(1)}×`],
    ['dist/ files', (b) => b.size.files, String],
    ['pages', (b) => b.pages, String],
    ['largest HTML page', (b) => b.size.largestHtml.bytes, kB],
    ['largest plan page (HTML+CSS+JS)', (b) => b.size.largestPlanPage.total, kB],
    ['search index bytes', (b) => b.search?.indexBytes ?? NaN, kB],
    ['search index files', (b) => b.search?.files ?? NaN, String],
    ['first query bytes (browser)', (b) => b.browser?.firstBytes ?? NaN, kB],
    ['first query time (browser)', (b) => b.browser?.first.ms ?? NaN, (n) => `${n.toFixed(0)} ms`],
  ];
  console.log('## Growth: output against input (log-log slope: 1 = linear, 2 = quadratic)\n');
  table(['measure', ...scales.map((s) => `×${s}`), 'slope'], rows.map(([name, get, fmt]) => {
    const ys = builds.map(get);
    const slope = logSlope(scales, ys);
    return [name, ...ys.map((y) => (Number.isFinite(y) ? fmt(y) : '—')), slope === null ? '—' : slope.toFixed(2)];
  }));
  for (const b of builds) console.log(`×${b.scale}: largest HTML ${b.size.largestHtml.path}; largest plan page ${b.size.largestPlanPage.path}`);
  console.log(`\nPeer (issue 14, measured by its author: Starlight, one page per plan, built-in Pagefind, ×50): build 17–20 s, dist/ 57.5 MB, plan page 157 kB, first query 253 kB of search bytes.\n`);
}

const MB1 = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

await main();
