// The checksum manifest: it lists every seed and data file with its true size and SHA-256, matches its
// JSON Schema, and `sha256sum -c SHA256SUMS` (GNU coreutils) accepts a copy and rejects a changed one.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA, DIST } from '../built.ts';
import { readValidated } from '../../src/build/data.ts';
import { fileDigest, filesUnder } from '../../src/build/package.ts';
import { listSeeds } from '../../src/build/seeds.ts';
import { projectPaths } from '../../src/build/config.ts';
import { Manifest } from '../../src/core/schema/index.ts';
import { sha256sumLine } from '../../src/opendata/manifest.ts';

const { seeds: SEEDS, progress: PROGRESS } = projectPaths();

describe('checksum manifest', () => {
  const manifest = readValidated(join(DATA, 'manifest.json'), Manifest);

  it('lists every seed file (plans and progress files) with its size and SHA-256', () => {
    const seeds = manifest.files.filter((f) => f.role === 'seed');
    const progress = existsSync(PROGRESS) ? filesUnder(PROGRESS).map((f) => `progress/${f}`) : [];
    expect(seeds.map((f) => f.path)).toEqual([...listSeeds(SEEDS).files, ...progress].map((f) => `../sources/${f}`).sort());
    for (const s of seeds) expect({ bytes: s.bytes, sha256: s.sha256 }, s.path).toEqual(fileDigest(join(SEEDS, s.path.replace('../sources/', ''))));
  });

  it('lists every data file but itself, SHA256SUMS and the /data/ page, with true sizes and hashes', () => {
    const data = manifest.files.filter((f) => f.role === 'data');
    expect(data.map((f) => f.path).sort()).toEqual(filesUnder(DATA).filter((f) => !['index.html', 'manifest.json', 'SHA256SUMS'].includes(f)).sort());
    for (const f of data) expect({ bytes: f.bytes, sha256: f.sha256 }, f.path).toEqual(fileDigest(join(DATA, f.path)));
  });

  it('SHA256SUMS holds the same lines plus the manifest itself', () => {
    const sums = readFileSync(join(DATA, 'SHA256SUMS'), 'utf8');
    const self = fileDigest(join(DATA, 'manifest.json'));
    expect(sums).toBe([...manifest.files, { path: 'manifest.json', sha256: self.sha256 }].map((f) => sha256sumLine(f.sha256, f.path)).join(''));
  });

  it('sha256sum -c accepts a copy of the data and sources folders, and rejects a changed byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planatlas-sums-'));
    try {
      cpSync(DATA, join(dir, 'data'), { recursive: true });
      // The originals are published under dist/sources (issue 10); until then they are the seeds/ files.
      cpSync(filesUnder(DIST).some((f) => f.startsWith('sources/')) ? join(DIST, 'sources') : SEEDS, join(dir, 'sources'), { recursive: true });
      const check = () => spawnSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: join(dir, 'data'), encoding: 'utf8' });
      const ok = check();
      expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      expect(ok.stdout.trim().split('\n')).toHaveLength(manifest.files.length + 1);
      const victim = join(dir, 'data', 'plans.json');
      writeFileSync(victim, readFileSync(victim, 'utf8').replace('"', "'"));
      const bad = check();
      expect(bad.status).not.toBe(0);
      expect(bad.stdout).toMatch(/plans\.json: FAILED/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('escapes names as coreutils does', () => {
    expect(sha256sumLine('ab', 'a b.txt')).toBe('ab  a b.txt\n');
    expect(sha256sumLine('ab', 'a\\b\nc')).toBe('\\ab  a\\\\b\\nc\n');
  });
});
