// PDF: fixtures printed by the tests from the seeds' government pages with the Chromium the browser
// tests use (a real text layer, layout line breaks, a running header and page numbers, ruled tables),
// read back and parsed by the one parser: the outline must match the .txt seed's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readPdf } from '../../src/ingest/formats/pdf.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import { SeedError } from '../../src/ingest/decode.ts';
import { writeHtml } from '../../src/corpus/formats/write-html.ts';
import { printPdf } from '../../src/corpus/formats/print-pdf.ts';
import { reviewedSlug } from '../../src/build/seeds.ts';
import { launch } from '../site/browser.ts';
import { agreement, percent } from './compare.ts';
import { pageFacts, renamed, seedFixtures } from './seeds.ts';
import { encryptedPdf, scannedPdf } from './bad-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const page = (body: string, style = '') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK JP",serif;font-size:12pt} p{margin:0 0 .6em;text-indent:2em} td,th{border:1px solid #000;padding:2px 4px} ${style}</style></head><body>${body}</body></html>`;
const para = (label: string, n: number) => `<p>${label}第${n}段：推进质量基础设施建设，完善计量、标准、认证认可和检验检测体系，提升公共服务能力和水平，服务产业高质量发展。</p>`;

describe('PDF seeds read like their .txt', () => {
  for (const s of seedFixtures()) {
    it(`${s.file}: same outline; running header and page numbers set aside`, async () => {
      const file = renamed(s.file, 'pdf');
      const pdf = await printPdf(browser, writeHtml(s.doc, pageFacts(s)), s.doc.title);
      const t0 = performance.now();
      const source = await readPdf(pdf, file);
      const ms = performance.now() - t0;
      const plans = parseSeed(file, source, reviewedSlug);
      const a = agreement(s.plans, plans);
      console.log(`pdf ${s.file}: ${(pdf.length / 1024).toFixed(0)} kB read in ${ms.toFixed(0)} ms; units ${a.units.equal}/${a.units.total} (${percent(a.units)} %), tables ${a.tables.equal}/${a.tables.total} equal, ${source.tables.length} rebuilt`);
      expect(a.units.equal / a.units.total, a.missing.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.97);
      expect(source.tables.length).toBe(s.doc.blocks.filter((b) => b.kind === 'table').length);
      expect(source.text).not.toMatch(/^- \d+ -$/m);
      const titled = (t: string) => t.split('\n').filter((l) => l.trim() === s.doc.title).length;
      expect(titled(source.text)).toBe(titled(s.text));
    }, 60_000);
  }
});

describe('PDF layout', () => {
  it('two columns are read left column first; lines broken by layout are joined', async () => {
    const left = [1, 2, 3, 4, 5, 6].map((n) => para('左栏', n)).join('');
    const right = [1, 2, 3, 4, 5, 6].map((n) => para('右栏', n)).join('');
    const pdf = await printPdf(browser, page(`<p style="text-align:center;text-indent:0">某县“十四五”质量发展规划</p><div style="column-count:2;column-gap:2em">${left}${right}</div>`), '');
    const lines = (await readPdf(pdf, 'cols.pdf')).text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('某县“十四五”质量发展规划');
    expect(lines.slice(1).map((l) => l.slice(0, 5))).toEqual([...[1, 2, 3, 4, 5, 6].map((n) => `左栏第${n}段`), ...[1, 2, 3, 4, 5, 6].map((n) => `右栏第${n}段`)]);
    expect(lines[1]).toBe('左栏第1段：推进质量基础设施建设，完善计量、标准、认证认可和检验检测体系，提升公共服务能力和水平，服务产业高质量发展。');
  }, 60_000);

  it('a ruled table continued on the next page is one table; its repeated header row is not a row', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `<tr><td>指标${i + 1}</td><td>${90 + (i % 10)}%</td></tr>`).join('');
    const pdf = await printPdf(browser, page(`<p>一、主要指标</p><table style="border-collapse:collapse"><thead><tr><th>指标</th><th>2025年</th></tr></thead><tbody>${rows}</tbody></table><p>二、保障措施</p>`), '');
    const source = await readPdf(pdf, 'long-table.pdf');
    expect(source.tables).toHaveLength(1);
    const cells = source.tables[0].rows.map((r) => r.cells.map((c) => c.text));
    expect(cells[0]).toEqual(['指标', '2025年']);
    expect(cells.slice(1)).toEqual(Array.from({ length: 60 }, (_, i) => [`指标${i + 1}`, `${90 + (i % 10)}%`]));
  }, 60_000);

  it('merged cells of a ruled table come back as spans', async () => {
    const pdf = await printPdf(browser, page(`<table style="border-collapse:collapse"><tr><th>类别</th><th>指标</th><th>2025年</th></tr><tr><td colspan="3">△质量</td></tr><tr><td rowspan="2">质量</td><td>制造业质量合格率</td><td>95%</td></tr><tr><td>食品抽检合格率</td><td>98%</td></tr></table>`), '');
    const source = await readPdf(pdf, 'merged.pdf');
    expect(source.tables[0].rows).toEqual([
      { cells: [{ text: '类别' }, { text: '指标' }, { text: '2025年' }] },
      { cells: [{ text: '△质量', colspan: 3 }] },
      { cells: [{ text: '质量', rowspan: 2 }, { text: '制造业质量合格率' }, { text: '95%' }] },
      { cells: [{ text: '食品抽检合格率' }, { text: '98%' }] },
    ]);
  }, 60_000);

  it('a table without rules is published as text with a note', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<tr><td style="border:0">指标${i + 1}</td><td style="border:0;padding-left:6em">${90 + i}%</td><td style="border:0;padding-left:6em">预期性</td></tr>`).join('');
    const source = await readPdf(await printPdf(browser, page(`<p>一、主要指标</p><table>${rows}</table>`), ''), 'bare.pdf');
    expect(source.tables).toEqual([]);
    expect(source.text).toContain('指标1 90% 预期性');
    expect(source.notes).toEqual([{ line: 2, message: expect.stringContaining('without table rules'), text: '指标1 90% 预期性' }]);
  }, 60_000);
});

describe('bad PDFs fail cleanly, naming the file', () => {
  it('a scanned PDF (no text layer) needs OCR first', async () => {
    const pdf = await scannedPdf(browser);
    await expect(readPdf(pdf, '扫描件.pdf')).rejects.toThrow(SeedError);
    await expect(readPdf(pdf, '扫描件.pdf')).rejects.toThrow('扫描件.pdf: no text layer; needs OCR first');
  }, 60_000);

  it('an encrypted PDF fails', async () => {
    await expect(readPdf(encryptedPdf(), '加密.pdf')).rejects.toThrow(/加密\.pdf: encrypted PDF/);
  });

  it('a corrupt PDF and a file that is no PDF fail', async () => {
    const pdf = await printPdf(browser, page('<p>一、总体要求</p>'), '');
    await expect(readPdf(pdf.slice(0, 400), '截断.pdf')).rejects.toThrow(/截断\.pdf: (corrupt or unreadable PDF|no text layer)/);
    await expect(readPdf(new TextEncoder().encode('不是PDF'), 'x.pdf')).rejects.toThrow('x.pdf: not a PDF file');
  }, 60_000);
});
