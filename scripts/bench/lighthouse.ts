// Lighthouse scores (performance, accessibility, best practices, SEO) of key pages, mobile and desktop,
// with Debian's Chromium, on the site as `npm run serve` serves it. Printed, never asserted: scores move
// with the machine's load. Usage: node scripts/bench/lighthouse.ts [path …] (after `npm run build`).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serveWithReadmeCommand } from '../../src/build/preview.ts';
import { readPlanDocs } from '../../src/build/data.ts';
import { projectPaths } from '../../src/build/config.ts';
import { join } from 'node:path';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Home, the first plan's text page and /indicators/, unless paths are given. */
function defaultPaths(): string[] {
  const plans = readPlanDocs(join(projectPaths().dist, 'data'));
  return ['/', plans[0]?.pages[0]?.url ?? '/', '/indicators/'];
}

/** Scores of one page in one form factor, 0–100 per category, and the audits that cost points. */
export async function score(url: string, port: number, form: 'mobile' | 'desktop'): Promise<{ scores: Record<string, number>; failing: string[] }> {
  const flags = { port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, form === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
  const failing = CATEGORIES.flatMap((c) => (categories[c]?.auditRefs ?? [])
    .filter((r) => r.weight > 0 && audits[r.id]?.score !== null && (audits[r.id]?.score ?? 1) < 0.9)
    .map((r) => `${c}: ${r.id} (${audits[r.id]?.displayValue || audits[r.id]?.score})`));
  return { scores, failing };
}

async function main(): Promise<void> {
  const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
  const srv = await serveWithReadmeCommand();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    console.log('| page | form | performance | accessibility | best practices | SEO |');
    console.log('|---|---|---|---|---|---|');
    const notes: string[] = [];
    for (const path of paths.length ? paths : defaultPaths()) {
      for (const form of ['mobile', 'desktop'] as const) {
        const { scores, failing } = await score(srv.url + path, chrome.port, form);
        console.log(`| ${path} | ${form} | ${CATEGORIES.map((c) => scores[c]).join(' | ')} |`);
        notes.push(...failing.map((f) => `${path} (${form}) ${f}`));
      }
    }
    if (notes.length) console.log(`\nAudits below 0.9:\n${notes.map((n) => `- ${n}`).join('\n')}`);
  } finally {
    chrome.kill();
    await srv.close();
  }
}

await main();
