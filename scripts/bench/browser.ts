// Search latency in headless Chromium: serve a built project with the README's serve command
// (`npm run serve`, astro preview), open /search/, type a warm-up query then ten realistic queries, and
// read the time the page itself records after rendering (document.documentElement.dataset.searchTimings,
// set by src/components/search/search-page.ts).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveWithReadmeCommand } from '../../src/build/preview.ts';

export interface BrowserStats {
  /** The warm-up query: the first query typed on a freshly loaded /search/. */
  first: { query: string; ms: number; timings: Record<string, number> };
  /** The ten queries after the warm-up, in order. */
  queries: { query: string; ms: number; hits: number }[];
  median: number;
  /** 95th percentile of the queries after the warm-up. */
  p95: number;
  max: { query: string; ms: number };
  /** Bytes the page fetched (transfer size) from load until the warm-up query's results. */
  firstBytes: number;
}

const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WARM_UP = '市场监管';
const SESSION = ['特种设备 隐患排查', '知识产权质押融资', '检验检测 一站式', '商标 质押', '食品安全责任保险',
  '計量器具', '9000平方米', 'HACCP', '双随机一公开', '知识产权服务机构'];
/** Ten realistic queries, then every query of the tuning set (everyday words, typos, numbers, and
 * queries no plan answers; the held-out set is never used here). */
export const QUERIES = [...SESSION, ...(JSON.parse(readFileSync(new URL('../../tests/search/sets/tune.json', import.meta.url), 'utf8')) as { q: string }[]).map((x) => x.q)];

/** The p-th percentile (nearest rank) of a list of numbers. */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Median of a list of numbers. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Measures per-query time to results on /search/ of the built project in projectDir. */
export async function browserStats(projectDir: string): Promise<BrowserStats> {
  const site = await serveWithReadmeCommand(projectDir);
  const browser = await chromium.launch({
    executablePath: CHROME, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.url}/search/`);
    const runQuery = async (q: string) => {
      await page.evaluate(() => { delete document.documentElement.dataset.searchTimings; });
      await page.fill('#search-q', q);
      await page.waitForFunction(() => document.documentElement.dataset.searchTimings !== undefined, null, { timeout: 60_000 });
      const [timings, hits] = await page.evaluate(() => [document.documentElement.dataset.searchTimings ?? '{}', document.querySelectorAll('.sr-hit').length] as const);
      return { timings: JSON.parse(timings) as Record<string, number>, hits };
    };
    const warm = await runQuery(WARM_UP);
    const firstBytes = await page.evaluate(() => performance.getEntriesByType('resource').reduce((a, e) => a + ((e as PerformanceResourceTiming).transferSize || 0), 0)
      + ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.transferSize ?? 0));
    const queries: BrowserStats['queries'] = [];
    for (const q of QUERIES) {
      const r = await runQuery(q);
      queries.push({ query: q, ms: r.timings.total, hits: r.hits });
    }
    if (errors.length) throw new Error(`page errors on ${site.url}/search/:\n${errors.join('\n')}`);
    const worst = queries.reduce((a, b) => (b.ms > a.ms ? b : a));
    return {
      first: { query: WARM_UP, ms: warm.timings.total, timings: warm.timings },
      queries, median: median(queries.map((x) => x.ms)), p95: percentile(queries.map((x) => x.ms), 95), max: { query: worst.query, ms: worst.ms }, firstBytes,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

// Standalone: node scripts/bench/browser.ts [projectDir]
if (import.meta.main) {
  const s = await browserStats(process.argv[2] ?? '.');
  console.log(`first (${s.first.query}): ${s.first.ms} ms ${JSON.stringify(s.first.timings)}`);
  for (const q of s.queries) console.log(`${q.query}: ${q.ms} ms, ${q.hits} hits`);
  console.log(`${s.queries.length} queries after warm-up: median ${s.median} ms, p95 ${s.p95} ms, max ${s.max.ms} ms (${s.max.query}); first query fetched ${(s.firstBytes / 1024).toFixed(1)} kB`);
}
