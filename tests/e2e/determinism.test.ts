// The same seeds give byte-identical output on every run: generated content, and the whole built site.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, listFiles, runNode, repo, tempProject } from './project.ts';

const contents = (dir: string) => listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')] as const);

describe('determinism', () => {
  it('two ingests of the seeds, in two processes and two folders, are identical', () => {
    const [a, b] = [0, 1].map(() => {
      const dir = tempProject('real');
      const r = runNode(dir, ['scripts/ingest.ts']);
      expect(r.status, r.stderr).toBe(0);
      return contents(join(dir, 'content'));
    });
    expect(a.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  }, 60_000);

  it('a second build elsewhere gives a dist/ identical to this one', () => {
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
