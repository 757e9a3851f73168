// End to end: hostile seeds either build as inert, exact text or stop the build with a clear error;
// nothing they contain ever runs, and nothing crashes.
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, existsSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, runNode, tempProject } from './project.ts';

const HOSTILE = [
  '某市“十四五”安全测试规划',
  '一、总体要求',
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  'import fs from "node:fs"',
  'export const y = 2;',
  '（一）括号{不配对<和>以及}}',
  '请访问javascript:alert(1)，保留 "node:fs" 的直引号与 -- 和 ... 原样。',
  '<a href="javascript:alert(2)">点击</a>与<img src=x onerror=alert(3)>以及{`${1+1}`}和<Unit id="x" />。',
].join('\n');

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Chinese numeral up to 999, as plans write chapter numbers. */
function cn(n: number): string {
  const h = Math.floor(n / 100), t = Math.floor((n % 100) / 10), u = n % 10;
  return (h ? CN[h] + '百' : '') + (t ? (t === 1 && !h ? '' : CN[t]) + '十' : h && u ? '零' : '') + CN[u];
}

/** About 5 MB of plan text: chapters of numbered items with long bodies. */
function bigPlan(): string {
  const lines = ['某市“十四五”大型压力测试规划'];
  const body = '围绕食品安全、特种设备、知识产权质押融资和标准化建设，持续完善监管体系，提升治理能力。'.repeat(6);
  for (let c = 1; lines.join('\n').length < 1_700_000 && c < 999; c++) {
    lines.push(`第${cn(c)}章 第${c}部分任务`);
    for (let i = 1; i <= 20; i++) lines.push(`${i}. 推进第${c}章第${i}项任务。${body}`);
  }
  return lines.join('\n');
}

describe('hostile seeds that must publish as text', () => {
  let dir = '';
  let html = '';
  let ms = 0;
  beforeAll(() => {
    dir = tempProject({
      'hostile.txt': HOSTILE,
      'gb18030.txt': readFileSync(join(__dirname, 'fixtures/gb18030-plan.txt')),
      'long-line.txt': '某区“十四五”长行测试规划\n一、任务\n' + '推进监管改革，'.repeat(60_000) + '完成。',
      'big.txt': bigPlan(),
    });
    const t0 = performance.now();
    const r = buildProject(dir);
    ms = performance.now() - t0;
    expect(r.status, r.stdout.slice(-2000) + r.stderr.slice(-2000)).toBe(0);
    html = readFileSync(join(dir, 'dist/plans/plan-hostile/text/index.html'), 'utf8');
  }, 600_000);

  it('shows code-like text as text and runs none of it', () => {
    console.log(`[hostile] build of hostile, GB18030, 420 kB line and ~5 MB seeds: ${(ms / 1000).toFixed(1)} s`);
    expect(html).toContain('{process.exit(1)}');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/<a [^>]*href="javascript:/);
    expect(html).not.toMatch(/<img [^>]*onerror/);
    expect(html).toMatch(/import fs from (&quot;|")node:fs(&quot;|")/);
    expect(html).toContain('export const y = 2;');
    expect(html).toMatch(/括号\{不配对(&lt;|<)和(&gt;|>)以及\}\}/);
    expect(html).toMatch(/\{`\$\{1\+1\}`\}/);
  });
  it('keeps quotes, dashes and dots exactly as written', () => {
    expect(html).toMatch(/保留 (&quot;|")node:fs(&quot;|") 的直引号与 -- 和 \.\.\. 原样/);
    expect(html).not.toContain('“node:fs”');
  });
  it('reads a GB18030 seed with CRLF line ends', () => {
    const page = readFileSync(join(dir, 'dist/plans/plan-gb18030/text/index.html'), 'utf8');
    expect(page).toContain('食品抽检合格率达到98%以上');
  });
  it('publishes a 420 kB line and a ~5 MB plan whole, split into pages', () => {
    const long = readFileSync(join(dir, 'dist/plans/plan-long-line/text/index.html'), 'utf8');
    expect(long.split('推进监管改革，').length - 1).toBe(60_000);
    const big = JSON.parse(readFileSync(join(dir, 'dist/data/plans/plan-big.json'), 'utf8'));
    expect(big.pages.length).toBeGreaterThan(50);
    expect(existsSync(join(dir, `dist${big.pages[big.pages.length - 1].url}index.html`))).toBe(true);
  });
});

describe('seeds that must stop the build with a clear error', () => {
  it('fails on binary and empty seeds with the files named, keeps going over the others, and prints no stack trace', () => {
    const dir = tempProject({ 'empty.txt': '', 'junk.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), 'ok.txt': '某市“十四五”规划\n一、任务\n推进工作。' });
    const r = runNode(dir, ['scripts/ingest.ts']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: empty.txt: file is empty');
    expect(r.stderr).toContain('error: junk.bin:');
    expect(r.stdout).toContain('plan-ok');
    expect(r.stdout).toMatch(/parsed 1 plans in \d+ ms; 2 errors/);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('the build itself stops on bad seeds, naming them', () => {
  it('astro build fails on an unreadable seed with the file named and no stack trace', () => {
    const dir = tempProject({ 'junk.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), 'ok.txt': '某市“十四五”规划\n一、任务\n推进工作。' });
    const r = buildProject(dir);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/cannot build from seeds\/:\n\s+seeds\/junk\.bin: /);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('refuses a seed that links outside seeds/, skips dotfiles with a note, and reads UTF-16 with a BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('某县“十四五”质量发展规划\r\n一、总体要求\r\n推进质量强县建设。\r\n', 'utf16le')]);
    const dir = tempProject({ 'utf16.txt': utf16, '.notes.txt': '草稿' });
    symlinkSync('/etc/passwd', join(dir, 'seeds', 'passwd.txt'));
    let r = runNode(dir, ['scripts/ingest.ts', '--check']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: passwd\.txt: resolves to \/etc\/passwd, outside .*; refused/);
    expect(r.stdout).toContain('note: .notes.txt: skipped (hidden file)');
    rmSync(join(dir, 'seeds', 'passwd.txt'));
    r = runNode(dir, ['scripts/ingest.ts', '--check']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('某县“十四五”质量发展规划');
  });
});
