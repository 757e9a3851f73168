// End to end: hostile seed text builds through ingest → MDX → Astro and comes out as inert, exact text;
// unreadable seeds stop the ingest with an error naming the file and no stack trace.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve('.');
const HOSTILE = [
  '某市“十四五”安全测试规划',
  '一、总体要求',
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  'import fs from "node:fs"',
  'export const y = 2;',
  '（一）括号{不配对<和>以及}}',
  '请访问javascript:alert(1)，保留 "node:fs" 的直引号与 -- 和 ... 原样。',
].join('\n');

function run(cwd: string, args: string[]) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH}` } });
}

describe('hostile seed through the whole pipeline', () => {
  let dir = '';
  let html = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'planatlas-hostile-'));
    for (const p of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(repo, p), join(dir, p), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'seeds', 'hostile.txt'), HOSTILE);
    const ingest = run(dir, ['scripts/ingest.ts']);
    expect(ingest.status, ingest.stderr).toBe(0);
    const build = run(dir, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build']);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    html = readFileSync(join(dir, 'dist/plans/plan-hostile/text/index.html'), 'utf8');
  }, 120_000);

  it('shows code-like text as text and runs none of it', () => {
    expect(html).toContain('{process.exit(1)}');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toMatch(/import fs from (&quot;|")node:fs(&quot;|")/);
    expect(html).toContain('export const y = 2;');
    expect(html).toMatch(/括号\{不配对(&lt;|<)和(&gt;|>)以及\}\}/);
  });
  it('keeps quotes, dashes and dots exactly as written', () => {
    expect(html).toMatch(/保留 (&quot;|")node:fs(&quot;|") 的直引号与 -- 和 \.\.\. 原样/);
    expect(html).not.toContain('“node:fs”');
  });
});

describe('ingest CLI on unreadable seeds', () => {
  it('fails with the file named, keeps going over the others, and prints no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planatlas-bad-'));
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'empty.txt'), '');
    writeFileSync(join(seeds, 'junk.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
    writeFileSync(join(seeds, 'ok.txt'), '某市“十四五”规划\n一、任务\n推进工作。');
    const r = run(repo, ['scripts/ingest.ts', '--check', '--seeds', seeds]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: empty.txt: file is empty');
    expect(r.stderr).toContain('error: junk.bin:');
    expect(r.stdout).toContain('plan-ok');
    expect(r.stdout).toMatch(/parsed 1 plans in \d+ ms; 2 errors/);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
  });
});
