// Astro config for PlanAtlas. markdown.smartypants stays off so plan text keeps its quotes as written.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

const site = 'https://planatlas.example';

/** Fills the site origin into CSS ("__SITE_ORIGIN__"): print shows absolute link URLs (global.css, @media print). */
const siteOriginCss = {
  name: 'planatlas:site-origin-css',
  enforce: 'pre',
  transform(code, id) {
    if (/\.css(\?|$)/.test(id) && code.includes('__SITE_ORIGIN__')) return { code: code.replaceAll('__SITE_ORIGIN__', site), map: null };
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // `npm run serve` (astro preview) listens on PORT when set, so tests can run the README's own command.
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 4321 },
  build: { format: 'directory', inlineStylesheets: 'never' },
  // gfm off: plan text such as www.x.com must stay text, not become links (see scripts/mdx/index.ts).
  markdown: { smartypants: false, gfm: false },
  // Never inline scripts into HTML: every script ships as a file (CSP without 'unsafe-inline', src/lib/csp.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [siteOriginCss] },
  integrations: [mdx({ smartypants: false, gfm: false }), sitemap()],
});
