// Astro config for PlanAtlas. markdown.smartypants stays off so plan text keeps its quotes as written.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://planatlas.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // gfm off: plan text such as www.x.com must stay text, not become links (see scripts/mdx/index.ts).
  markdown: { smartypants: false, gfm: false },
  // Never inline scripts into HTML: every script ships as a file (CSP without 'unsafe-inline').
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx({ smartypants: false, gfm: false }), sitemap()],
});
