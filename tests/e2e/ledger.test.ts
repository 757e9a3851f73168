// The ledger end to end: a temp project with the ledger fixture plans (two periods, two levels) and a
// progress file in seeds/progress/ (UTF-8 with BOM, as Excel writes it), built with `astro build`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../src/core/schema/index.ts';
import { buildProject, tempProject } from './project.ts';

const FIX = join(import.meta.dirname, '..', 'ledger', 'fixtures');
let dir = '';
let out = '';
const html = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
const text = (path: string) => html(path).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(() => {
  const seeds = Object.fromEntries(['jiaxing-ip-13.txt', 'jiaxing-ip-14.txt', 'haining-ip-14.txt'].map((f) => [f, readFileSync(join(FIX, f))]));
  dir = tempProject(seeds);
  mkdirSync(join(dir, 'seeds', 'progress'));
  const csv = readFileSync(join(FIX, 'jiaxing-ip-14.progress.csv'), 'utf8');
  writeFileSync(join(dir, 'seeds', 'progress', 'plan-jiaxing-ip-14.csv'), '\uFEFF' + csv.replace(/\n/g, '\r\n'));
  const r = buildProject(dir);
  out = r.stdout + r.stderr;
  expect(r.status, out).toBe(0);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ledger, built', () => {
  it('reports the progress rows it could not use, with file, line and text', () => {
    expect(out).toMatch(/progress\/plan-jiaxing-ip-14\.csv:8: no indicator “不存在的指标”/);
    expect(out).toMatch(/plan-jiaxing-ip-14\.csv:9: year/);
    expect(out).toMatch(/plan-jiaxing-ip-14\.csv:11: source: required/);
  });

  it('shows a status computed from a progress row, with the row as its source', () => {
    const page = text('indicators/plan-jiaxing-ip-14/s2-t1-r1');
    expect(page).toContain('符合进度');
    expect(page).toContain('2023 年（26）完成了');
    expect(page).toContain('seeds/progress/plan-jiaxing-ip-14.csv 第 3 行');
    expect(html('indicators/plan-jiaxing-ip-14/s2-t1-r1')).toContain('href="https://example.org/jiaxing/2022-ip-report"');
  });

  it('grades the earlier plan by the later one and links them both ways', () => {
    expect(text('indicators/plan-jiaxing-ip-13/s2-t1-r1')).toContain('目标年 2020 年已到');
    expect(text('plans/plan-jiaxing-ip-13')).toContain('下一期 嘉兴市“十四五”知识产权发展规划');
    expect(text('plans/plan-jiaxing-ip-14')).toContain('上一期 嘉兴市“十三五”知识产权发展规划');
    expect(text('plans/plan-haining-ip-14')).toMatch(/上位规划 嘉兴市“十四五”知识产权发展规划 ?（嘉兴市）/);
  });

  it('every status badge on a plan ledger page matches ledger.json', () => {
    const ledger = Ledger.parse(JSON.parse(readFileSync(join(dir, 'dist', 'data', 'ledger.json'), 'utf8')));
    for (const slug of ['plan-jiaxing-ip-13', 'plan-jiaxing-ip-14']) {
      const h = html(`indicators/${slug}`);
      for (const e of ledger.entries.filter((x) => x.plan === slug)) {
        const card = h.slice(h.indexOf(`id="${e.id}"`), h.indexOf('</li>', h.indexOf(`id="${e.id}"`)));
        expect(card, e.id).toContain(`lstatus--${e.status.status}`);
      }
    }
  });

  it('the progress file is published as a source and checks against the manifest', () => {
    const copy = readFileSync(join(dir, 'dist', 'sources', 'progress', 'plan-jiaxing-ip-14.csv'));
    const sums = readFileSync(join(dir, 'dist', 'data', 'SHA256SUMS'), 'utf8');
    const line = sums.split('\n').find((l) => l.endsWith('../sources/progress/plan-jiaxing-ip-14.csv'));
    expect(line).toBeDefined();
    expect(line!.split(/\s+/)[0]).toBe(createHash('sha256').update(copy).digest('hex'));
  });

  it('region pages: province → city → county, with the plans of each level', () => {
    expect(text('regions/330400')).toContain('嘉兴市“十三五”知识产权发展规划');
    expect(text('regions/330400')).toContain('下级地区的规划（县级，1 部）');
    expect(text('regions/330000')).toContain('海宁市“十四五”知识产权发展规划');
    expect(text('regions')).toMatch(/浙江省 ?（3）/);
  });
});
