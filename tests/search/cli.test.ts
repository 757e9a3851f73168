// The search CLI: usage errors are answered with the usage text and exit code 2, a missing index
// with a hint to build first; a 文号 query lands on the plan's overview.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { requireBuilt } from '../built.ts';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/search.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run search', () => {
  it('answers unknown flags and bad values with its usage and exit code 2, never a stack trace', () => {
    for (const args of [['--bogus', 'x'], ['--limit', 'abc', 'q'], ['--limit', '0', 'q'], ['--limit'], ['--filter', 'foo', 'q'], ['--filter', 'plan=', 'q']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: npm run search');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
  it('says to build first when there is no index', () => {
    const r = run('--index', '/nonexistent/pagefind', '特种设备');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm run build');
  });
  describe('on the built index', () => {
    requireBuilt();
    it('finds the plan overview for its 文号, and cuts a 10,000-character query', () => {
      const r = run('--json', '溧政办发〔2022〕71号');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout.split('\n')[0]).url).toBe('/plans/liyang-ip-2021/');
      const long = run('监'.repeat(10_000));
      expect(long.status).toBe(0);
      expect(long.stdout).toContain('查询过长');
    });
  });
});
