// The same seeds give byte-identical generated content on every run (MDX, JSON, CSV, cross-links).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('determinism', () => {
  it('two ingests of the seeds are identical', () => {
    const outs = [0, 1].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'planatlas-det-'));
      const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--out', out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return out;
    });
    const [a, b] = outs.map((o) => files(o).map((f) => [relative(o, f), readFileSync(f, 'utf8')] as const));
    expect(a.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  }, 60_000);
});
