// `node scripts/eval-corpus.ts --corpus DIR --gold FILE [--set study|holdout] [--verbose]`: measures the
// parser on a corpus of real plan excerpts annotated by hand (kept outside the repo, see docs/corpus.md):
// titles, text set aside, plans per file, headings, responsibility annotations, region, issuer, 文号, dates.
// Prints per-file misses with --verbose, then the figures.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeSeed } from '../src/ingest/decode.ts';
import { parseSeed } from '../src/ingest/parse.ts';
import type { Plan, Unit } from '../src/ingest/model.ts';
import { searchKey } from '../src/core/text.ts';

interface Gold {
  file: string;
  set: 'study' | 'holdout';
  title: string | null;
  region: string[] | null;
  issuer: string | null;
  docNumber: string | null;
  docNumberClean: string | null;
  date: string | null;
  period: { from: number; to: number } | null;
  headings: string[];
  notBody: string[];
  responsibility: { anchor: string; lead: string[]; others: string[]; raw: string }[];
  plansInFile: number;
  lineIndex: { headings: number[]; notBody: number[]; title: number[] };
}

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const corpus = opt('--corpus') ?? '/work/study';
const goldFile = opt('--gold') ?? join(corpus, 'gold.json');
const onlySet = opt('--set');
const verbose = args.includes('--verbose');
const only = opt('--file');

const golds: Gold[] = JSON.parse(readFileSync(goldFile, 'utf8'));
const key = (s: string) => searchKey(s.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g, ''));

function* walk(units: Unit[]): Generator<Unit> {
  for (const u of units) {
    yield u;
    yield* walk(u.children);
  }
}

/** Published text of a plan: every unit's label, title, text, annotation and table cells. */
function publishedText(p: Plan): string {
  let s = '';
  for (const u of walk(p.body)) {
    s += u.label + u.title + u.text + (u.responsibility?.raw ?? '') + '\n';
    if (u.table) s += [u.table.caption, ...u.table.header, ...u.table.rows.flatMap((r) => r.cells), ...u.table.notes].join('\n') + '\n';
  }
  return s;
}

const tally: Record<string, [number, number]> = {};
const count = (name: string, ok: boolean) => {
  const t = (tally[name] ??= [0, 0]);
  t[1]++;
  if (ok) t[0]++;
};

for (const g of golds) {
  if (onlySet && g.set !== onlySet) continue;
  if (only && !g.file.endsWith(only)) continue;
  const path = join(corpus, g.file);
  const text = decodeSeed(new Uint8Array(readFileSync(path)), basename(path));
  const lines = text.split('\n');
  let plans: Plan[];
  try {
    plans = parseSeed(basename(path), text, () => null);
  } catch (e) {
    console.log(`${g.file}: parser threw ${(e as Error).message}`);
    continue;
  }
  const misses: string[] = [];
  const withBody = plans.filter((p) => [...walk(p.body)].length > 0);
  // Plans: as many as really start in the file, none empty.
  const okPlans = withBody.length === Math.max(g.plansInFile, g.plansInFile === 0 ? 0 : 1) && withBody.length === plans.length;
  count('plans per file', okPlans || (g.plansInFile === 0 && withBody.length === 0));
  if (!okPlans && !(g.plansInFile === 0 && withBody.length === 0)) misses.push(`plans: ${plans.length} (${withBody.length} with body), want ${g.plansInFile}`);
  const p = plans[0];
  if (!p) continue;
  // Title.
  if (g.plansInFile > 0) {
    if (g.title) {
      const ok = key(p.meta.title) === key(g.title);
      count('title', ok);
      if (!ok) misses.push(`title: 「${p.meta.title}」 want 「${g.title}」`);
    } else {
      // No title in the text: the parser must not take a body line for one.
      const bodyLines = new Set(lines.map((l, i) => (g.lineIndex.notBody.includes(i) || g.lineIndex.title.includes(i) ? '' : key(l))).filter((k) => k.length > 4));
      const ok = !bodyLines.has(key(p.meta.title));
      count('title', ok);
      if (!ok) misses.push(`title: 「${p.meta.title}」 is a body line (no title in the text)`);
    }
  }
  // Not body: lines that must not be published as plan text.
  const published = key(plans.map(publishedText).join('\n'));
  const strippedLines = new Set(plans.flatMap((q) => q.stripped.map((s) => s.line)));
  g.lineIndex.notBody.forEach((i) => {
    const k = key(lines[i]);
    const ok = strippedLines.has(i + 1) || k.length < 2 || !published.includes(k);
    count('not-body lines set aside', ok);
    if (!ok) misses.push(`published: ${lines[i].trim().slice(0, 40)}`);
  });
  // Headings: every division start found at its line, and no others.
  if (g.plansInFile > 0) {
    const goldLines = new Set(g.lineIndex.headings.map((i) => i + 1));
    const found = new Map<number, Unit>();
    for (const q of plans) for (const u of walk(q.body)) if (u.marker && u.marker !== 'dash') found.set(u.line, u);
    for (const n of goldLines) {
      const ok = found.has(n);
      count('heading recall', ok);
      if (!ok) misses.push(`heading missed (line ${n}): ${lines[n - 1].trim().slice(0, 30)}`);
    }
    for (const [n, u] of found) {
      const ok = goldLines.has(n);
      count('heading precision', ok);
      if (!ok) misses.push(`false heading (line ${n}): ${u.label}${u.title.slice(0, 20)}`);
    }
  }
  // Responsibility annotations: found with the right bodies.
  const units = plans.flatMap((q) => [...walk(q.body)]);
  const resps = [
    ...units.filter((u) => u.responsibility).flatMap((u) => u.responsibility!.parts ?? [u.responsibility!]),
    // Rows of tables with 牵头单位 / 责任单位 columns carry their own.
    ...units.flatMap((u) => u.table?.rows ?? []).flatMap((r) => (r.responsibility ? [r.responsibility] : [])),
  ];
  for (const r of g.responsibility) {
    // The same annotation first; else one whose text holds it (or is held by it, when the copy cut it off).
    const got = resps.find((x) => key(x.raw) === key(r.raw)) ?? resps.find((x) => key(x.raw).includes(key(r.raw)) || (key(r.raw).includes(key(x.raw)) && key(x.raw).length > 4));
    const same = (a: string[], b: string[]) => a.map(key).sort().join('|') === b.map(key).sort().join('|');
    const ok = !!got && same(got.lead, r.lead) && same(got.others, r.others);
    count('responsibility', ok);
    if (!ok) misses.push(`responsibility ${r.raw.slice(0, 30)}: ${got ? `lead ${got.lead.join('、')} / others ${got.others.join('、')}` : 'not found'} want lead ${r.lead.join('、')} / others ${r.others.join('、')}`);
  }
  // Facts.
  if (g.plansInFile > 0) {
    if (g.region) {
      const want = g.region.join('');
      const got = p.meta.regionPath.length ? p.meta.regionPath.map((r) => r.name).join('') : p.meta.region;
      const ok = key(got) === key(want) || (g.region.length === 1 && g.region[0] === '全国' && (got === '' || got === '全国'));
      count('region', ok);
      if (!ok) misses.push(`region: 「${got}」 want 「${want}」`);
    }
    if (g.docNumber) {
      const ok = key(p.meta.docNumber) === key(g.docNumberClean ?? g.docNumber);
      count('文号', ok);
      if (!ok) misses.push(`文号: 「${p.meta.docNumber}」 want 「${g.docNumberClean ?? g.docNumber}」`);
    }
    if (g.issuer) {
      const ok = key(p.meta.issuer) === key(g.issuer);
      count('issuer', ok);
      if (!ok) misses.push(`issuer: 「${p.meta.issuer}」 want 「${g.issuer}」`);
    }
    if (g.date) {
      const ok = p.meta.date === g.date;
      count('date', ok);
      if (!ok) misses.push(`date: 「${p.meta.date}」 want 「${g.date}」`);
    }
    if (g.period) {
      const ok = p.meta.period.from === g.period.from && p.meta.period.to === g.period.to;
      count('period', ok);
      if (!ok) misses.push(`period: ${p.meta.period.from}-${p.meta.period.to} want ${g.period.from}-${g.period.to}`);
    }
  }
  if (verbose && misses.length) console.log(`${g.file}\n  ${misses.join('\n  ')}`);
}

console.log(`\n${onlySet ?? 'all'} (${corpus}):`);
for (const [name, [ok, n]] of Object.entries(tally)) console.log(`  ${name.padEnd(26)} ${String(ok).padStart(4)}/${String(n).padEnd(4)} ${((100 * ok) / Math.max(1, n)).toFixed(1)}%`);
