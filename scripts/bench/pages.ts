// Per-page weights of a built site: HTML bytes and the CSS/JS files each page links.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Dist {
  largest: number;
  median: number;
}

export interface PageStats {
  pages: number;
  html: Dist;
  css: Dist;
  /** JS loaded on page load: linked scripts and their static imports. */
  js: Dist;
  /** Plus chunks those scripts may import lazily (dynamic import()). */
  jsAll: Dist;
}

const STATIC_IMPORT = /(?:from|import)\s*["'`]\.\/([^"'`/]+\.js)["'`]/g;
const ANY_CHUNK = /["'`](?:\.\/|\/?_astro\/)([^"'`/]+\.js)["'`]/g;

/** Closure of /_astro/ JS chunks reachable from the given ones through `re` references. */
function jsClosure(distDir: string, start: Set<string>, re: RegExp): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const p = todo.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    for (const m of readFileSync(join(distDir, p), 'utf8').matchAll(re)) todo.push(`/_astro/${m[1]}`);
  }
  return seen;
}

/** All index.html files under dir. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).map((f) => join(dir, f));
}

/** Largest and median of a list of numbers. */
export function dist(xs: number[]): Dist {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return { largest: 0, median: 0 };
  const mid = s.length >> 1;
  return { largest: s.at(-1)!, median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2 };
}

/** Distinct /_astro/ files with extension ext referenced by a page's HTML (pagefind excluded). */
function linked(html: string, ext: string): Set<string> {
  const re = new RegExp(`["'(](/_astro/[^"'()\\s]+\\.${ext})["')]`, 'g');
  return new Set([...html.matchAll(re)].map((m) => m[1]));
}

/** Total size of a set of dist paths. */
function bytes(distDir: string, seen: Set<string>, cache: Map<string, number>): number {
  let sum = 0;
  for (const p of seen) {
    if (!cache.has(p)) cache.set(p, statSync(join(distDir, p)).size);
    sum += cache.get(p)!;
  }
  return sum;
}

/** HTML, CSS and own JS bytes per page of a built dist/. */
export function pageStats(distDir: string): PageStats {
  const cache = new Map<string, number>();
  const html: number[] = [], css: number[] = [], js: number[] = [], jsAll: number[] = [];
  for (const f of htmlFiles(distDir)) {
    const text = readFileSync(f, 'utf8');
    html.push(Buffer.byteLength(text));
    css.push(bytes(distDir, linked(text, 'css'), cache));
    const scripts = linked(text, 'js');
    js.push(bytes(distDir, jsClosure(distDir, scripts, STATIC_IMPORT), cache));
    jsAll.push(bytes(distDir, jsClosure(distDir, scripts, ANY_CHUNK), cache));
  }
  return { pages: html.length, html: dist(html), css: dist(css), js: dist(js), jsAll: dist(jsAll) };
}
