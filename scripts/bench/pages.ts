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
  /** JS on load of every page but /search/ (whose engine is the one allowed exception to the 10 kB budget). */
  jsOutsideSearch: Dist;
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
  const html: number[] = [], css: number[] = [], js: number[] = [], jsAll: number[] = [], jsOutside: number[] = [];
  const search = join(distDir, 'search', 'index.html');
  for (const f of htmlFiles(distDir)) {
    const text = readFileSync(f, 'utf8');
    html.push(Buffer.byteLength(text));
    css.push(bytes(distDir, linked(text, 'css'), cache));
    const scripts = linked(text, 'js');
    js.push(bytes(distDir, jsClosure(distDir, scripts, STATIC_IMPORT), cache));
    if (f !== search) jsOutside.push(js[js.length - 1]);
    jsAll.push(bytes(distDir, jsClosure(distDir, scripts, ANY_CHUNK), cache));
  }
  return { pages: html.length, html: dist(html), css: dist(css), js: dist(js), jsAll: dist(jsAll), jsOutsideSearch: dist(jsOutside) };
}

/** Size of a whole built site: bytes, file count, and its largest HTML page. */
export interface SiteSize {
  bytes: number;
  files: number;
  largestHtml: { path: string; bytes: number };
  /** Largest plan text page (/plans/<slug>/<page>/) with the CSS and on-load JS it links. */
  largestPlanPage: { path: string; html: number; total: number };
}

/** Walks dist/ once for its size and finds its heaviest pages. */
export function siteSize(distDir: string): SiteSize {
  let bytesSum = 0;
  let files = 0;
  const largestHtml = { path: '', bytes: 0 };
  const largestPlanPage = { path: '', html: 0, total: 0 };
  const cache = new Map<string, number>();
  for (const rel of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    const full = join(distDir, rel);
    const st = statSync(full);
    if (!st.isFile()) continue;
    bytesSum += st.size;
    files++;
    if (!rel.endsWith('index.html')) continue;
    if (st.size > largestHtml.bytes) Object.assign(largestHtml, { path: '/' + rel, bytes: st.size });
    // Plan text pages: plans/<slug>/<page>/index.html, not the overview or the source page.
    if (/^plans\/[^/]+\/(?!source\/)[^/]+\/index\.html$/.test(rel) && st.size > largestPlanPage.html / 2) {
      const text = readFileSync(full, 'utf8');
      const total = st.size + bytes(distDir, linked(text, 'css'), cache) + bytes(distDir, jsClosure(distDir, linked(text, 'js'), STATIC_IMPORT), cache);
      if (total > largestPlanPage.total) Object.assign(largestPlanPage, { path: '/' + rel, html: st.size, total });
    }
  }
  return { bytes: bytesSum, files, largestHtml, largestPlanPage };
}

/** Log-log slope of ys against xs (least squares): 1 is linear growth, 2 quadratic. */
export function logSlope(xs: number[], ys: number[]): number | null {
  const pts = xs.map((x, i) => [Math.log(x), Math.log(ys[i])]).filter(([, y]) => Number.isFinite(y));
  if (pts.length < 2) return null;
  const mx = pts.reduce((a, [x]) => a + x, 0) / pts.length;
  const my = pts.reduce((a, [, y]) => a + y, 0) / pts.length;
  const num = pts.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const den = pts.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return den ? num / den : null;
}
