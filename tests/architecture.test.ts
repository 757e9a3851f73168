// The folder tree is the architecture: each folder may import only from the folders listed here, so
// the data flow (seeds → ingest → publish → mdx/xref/indexer → site) cannot quietly turn into a web.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');

/** What each folder may import (besides itself and npm packages); first match wins. */
const RULES: [string, string[]][] = [
  ['src/core/', []],
  ['src/ingest/', ['src/core/']],
  ['src/publish/', ['src/core/', 'src/ingest/']],
  ['src/mdx/', ['src/core/']],
  ['src/xref/', ['src/core/']],
  ['src/indexer/', ['src/core/']],
  ['src/ledger/', ['src/core/', 'src/xref/']],
  // Open-data formats (feeds, JSON-LD, identifiers, data package, manifest): pure, from published data.
  ['src/opendata/', ['src/core/']],
  // Fixture documents (.docx, .html, .pdf) are laid out from the seeds' text as the parser reads it.
  ['src/corpus/', ['src/ingest/']],
  ['src/build/', ['src/core/', 'src/ingest/', 'src/publish/', 'src/mdx/', 'src/xref/', 'src/indexer/', 'src/ledger/', 'src/opendata/']],
  // Browser code: only the shared core (it is bundled into pages).
  ['src/scripts/', ['src/core/']],
  ['src/components/search/', ['src/core/', 'src/lib/urls.ts']],
  // The site, rendered at build time, reads published data through the build's loader.
  ['src/', ['src/core/', 'src/lib/', 'src/components/', 'src/layouts/', 'src/build/', 'src/publish/layout.ts', 'src/opendata/', 'src/ingest/decode.ts', 'src/ingest/lines.ts', 'src/styles/', 'src/scripts/']],
  ['scripts/', ['src/']],
  ['tests/', ['src/', 'tests/']],
];

/** Source files of a folder, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' || f === 'golden' || f === 'fixtures' ? [] : files(p);
    return /\.(ts|astro|mjs)$/.test(f) ? [p] : [];
  });
}

/** Relative import targets of a file, resolved to repository paths. */
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => relative(ROOT, resolve(dirname(file), m[1])));
}

describe('architecture', () => {
  it('every folder imports only what its layer may use', () => {
    const wrong: string[] = [];
    for (const f of [...files('src'), ...files('scripts'), ...files('tests')].map((p) => relative(ROOT, p))) {
      const rule = RULES.find(([prefix]) => f.startsWith(prefix));
      if (!rule) continue;
      const own = rule[0];
      for (const target of imports(f)) {
        if (target.startsWith(own) || !target.startsWith('src/') && !target.startsWith('scripts/') && !target.startsWith('tests/')) continue;
        if (!rule[1].some((allowed) => target.startsWith(allowed))) wrong.push(`${f} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the checks can fail: a made-up import breaks a rule', () => {
    const rule = RULES.find(([prefix]) => 'src/core/x.ts'.startsWith(prefix))!;
    expect(rule[1].some((a) => 'src/build/config.ts'.startsWith(a))).toBe(false);
  });
});
