// Astro config for PlanAtlas. Where the site lives (origin, base path) comes from src/build/config.ts;
// the planatlas integration runs the whole pipeline (seeds → content/ → pages → data and search index).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteLocation } from './src/build/config.ts';
import { planatlas } from './src/build/integration.ts';

const { origin, base } = siteLocation();

/** Fills the site origin into CSS ("__SITE_ORIGIN__"): print shows absolute link URLs (global.css, @media print). */
const siteOriginCss = {
  name: 'planatlas:site-origin-css',
  enforce: 'pre',
  transform(code, id) {
    if (/\.css(\?|$)/.test(id) && code.includes('__SITE_ORIGIN__')) return { code: code.replaceAll('__SITE_ORIGIN__', origin ?? ''), map: null };
  },
};

export default defineConfig({
  ...(origin ? { site: origin } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // `npm run serve` (astro preview) listens on PORT when set, so tests can run the README's own command.
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 4321 },
  // Never inline scripts into HTML: every script ships as a file (CSP without 'unsafe-inline', src/lib/csp.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [siteOriginCss] },
  // GFM and smart punctuation off: plan text such as www.x.com or "quotes" must stay as written (src/mdx/index.ts).
  integrations: [planatlas(), mdx({ gfm: false, smartypants: false }), ...(origin ? [sitemap()] : [])],
});
