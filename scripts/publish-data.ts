// CLI run after `astro build`: publishes the open data (content/data) as dist/data.
import { cpSync, existsSync } from 'node:fs';

if (!existsSync('content/data/plans.json')) {
  console.error('error: content/data is missing; run `npm run ingest` first');
  process.exit(1);
}
cpSync('content/data', 'dist/data', { recursive: true });
console.log('published content/data → dist/data');
