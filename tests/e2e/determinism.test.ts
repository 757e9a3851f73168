// The same seeds give byte-identical output on every run: generated content, and the whole built site.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProject, listFiles, runNode, repo, tempProject } from './project.ts';

const contents = (dir: string) => listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')] as const);

describe('determinism', () => {
  it('two ingests of the seeds are identical', () => {
    const [a, b] = [0, 1].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'planatlas-det-'));
      const r = runNode(repo, ['scripts/ingest.ts', '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      return contents(out);
    });
    expect(a.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  }, 60_000);

  it.skipIf(!existsSync('dist/index.html'))('a second build elsewhere gives a dist/ identical to this one', () => {
    const dir = tempProject('real');
    const r = buildProject(dir);
    expect(r.status, r.stderr).toBe(0);
    const mine = contents(join(repo, 'dist'));
    const other = contents(join(dir, 'dist'));
    expect(other.map(([f]) => f)).toEqual(mine.map(([f]) => f));
    const differing = other.filter(([f, c], i) => mine[i][0] === f && mine[i][1] !== c).map(([f]) => f);
    expect(differing).toEqual([]);
  }, 300_000);
});
