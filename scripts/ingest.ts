// CLI: seeds/*.txt → content/data (open data JSON/CSV, cross-links) and content/plans (MDX pages).
// Usage: node scripts/ingest.ts [--check] [--seeds DIR] [--out DIR]
// Errors (unreadable seeds) fail the run with the file named; warnings are printed and the build goes on.
import { readFileSync, readdirSync, mkdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeSeed, SeedError } from './lib/decode.ts';
import { parseSeed, type ParsedPlan } from './lib/parse.ts';
import { planPages } from './lib/pages.ts';
import { countKinds, indicatorsCsv, planJson, planSummary } from './lib/output.ts';
import { pageToMdx } from './mdx/index.ts';
import { buildXref } from './xref/index.ts';

interface Options {
  check: boolean;
  seeds: string;
  out: string;
}

function options(argv: string[]): Options {
  const o: Options = { check: false, seeds: 'seeds', out: 'content' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') o.check = true;
    else if (argv[i] === '--seeds') o.seeds = argv[++i];
    else if (argv[i] === '--out') o.out = argv[++i];
  }
  return o;
}

const slugTable: Record<string, string> = JSON.parse(readFileSync(new URL('./slugs.json', import.meta.url), 'utf8'));

/** Reads and parses every seed; unreadable files become errors, never exceptions. */
export function ingest(seedsDir: string): { plans: ParsedPlan[]; errors: string[] } {
  const errors: string[] = [];
  const plans: ParsedPlan[] = [];
  let files: string[];
  try {
    files = readdirSync(seedsDir).filter((f) => !f.startsWith('.') && statSync(join(seedsDir, f)).isFile()).sort();
  } catch {
    return { plans, errors: [`${seedsDir}: seeds folder not found`] };
  }
  if (files.length === 0) errors.push(`${seedsDir}: no seed files`);
  for (const f of files) {
    try {
      const text = decodeSeed(new Uint8Array(readFileSync(join(seedsDir, f))), f);
      plans.push(...parseSeed(f, text, (title) => slugTable[title] ?? null));
    } catch (e) {
      if (e instanceof SeedError) errors.push(e.message);
      else errors.push(`${f}: could not be parsed (${(e as Error).message})`);
    }
  }
  const seen = new Map<string, number>();
  for (const p of plans) {
    const n = seen.get(p.slug) ?? 0;
    seen.set(p.slug, n + 1);
    if (n) {
      p.warnings.push({ file: p.source.file, line: p.source.startLine, message: `slug ${p.slug} already used; renamed`, text: p.meta.title });
      p.slug = `${p.slug}-${n + 1}`;
    }
  }
  return { plans, errors };
}

function write(path: string, content: string): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

function main(): void {
  const o = options(process.argv.slice(2));
  const t0 = performance.now();
  const { plans, errors } = ingest(o.seeds);
  const tParse = performance.now() - t0;
  for (const p of plans) {
    const kinds = countKinds(p.body);
    const tables = kinds.table ?? 0;
    console.log(`${p.slug}  ${p.meta.title}`);
    console.log(`  units: ${Object.entries(kinds).sort().map(([k, v]) => `${k} ${v}`).join(', ')}; tables ${tables}; indicators ${p.indicators.length}; warnings ${p.warnings.length}`);
    for (const w of p.warnings) console.log(`  warning: ${w.file}:${w.line}: ${w.message}${w.text ? ` — “${w.text}”` : ''}`);
  }
  for (const e of errors) console.error(`error: ${e}`);
  if (!o.check && plans.length) {
    const t1 = performance.now();
    rmSync(join(o.out, 'plans'), { recursive: true, force: true });
    rmSync(join(o.out, 'data'), { recursive: true, force: true });
    write(join(o.out, 'data', 'plans.json'), JSON.stringify(plans.map(planSummary), null, 2) + '\n');
    for (const p of plans) {
      write(join(o.out, 'data', 'plans', `${p.slug}.json`), JSON.stringify(planJson(p), null, 2) + '\n');
      for (const page of planPages(p)) write(join(o.out, 'plans', p.slug, `${page.id}.mdx`), pageToMdx(p, page));
    }
    write(join(o.out, 'data', 'indicators.csv'), indicatorsCsv(plans));
    write(join(o.out, 'data', 'xref.json'), JSON.stringify(buildXref(plans), null, 2) + '\n');
    console.log(`wrote ${plans.length} plans to ${o.out}/ in ${(performance.now() - t1).toFixed(0)} ms`);
  }
  console.log(`parsed ${plans.length} plans in ${tParse.toFixed(0)} ms; ${errors.length} errors`);
  if (errors.length) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
