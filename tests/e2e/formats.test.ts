// End to end: plans brought as published (.docx, a saved web page, .pdf) build like text seeds; each
// plan records its original file (format, size, SHA-256), the file is offered for download, and the
// /source/ page shows the text the parser read. Bad files stop the build naming them, and nothing
// of theirs is published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeDocx } from '../../src/corpus/formats/write-docx.ts';
import { writeHtml } from '../../src/corpus/formats/write-html.ts';
import { printPdf } from '../../src/corpus/formats/print-pdf.ts';
import { launch } from '../site/browser.ts';
import { pageFacts, seedFixtures } from '../formats/seeds.ts';
import { badSeeds } from '../formats/bad-files.ts';
import { buildProject, runNode, tempProject } from './project.ts';

const DOCX = '溧阳市知识产权规划.docx';
const HTML = 'tongzhou.html';
const PDF = 'zengdu.pdf';

let browser: Browser;
let good: Record<string, Uint8Array> = {};
let bad: Record<string, Uint8Array> = {};
const dirs: string[] = [];

beforeAll(async () => {
  browser = await launch();
  const s = Object.fromEntries(seedFixtures().map((f) => [f.file.slice(0, 3), f]));
  good = {
    [DOCX]: await writeDocx(s['004'].doc),
    [HTML]: new TextEncoder().encode(writeHtml(s['002'].doc, pageFacts(s['002']))),
    [PDF]: await printPdf(browser, writeHtml(s['001'].doc, pageFacts(s['001'])), s['001'].doc.title),
  };
  bad = await badSeeds(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('plans as published build like text seeds', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempProject(good);
    dirs.push(dir);
    const r = buildProject(dir);
    expect(r.status, r.stdout.slice(-2000) + r.stderr.slice(-2000)).toBe(0);
  }, 600_000);

  it('records each original: format, size, SHA-256 and its download URL, and copies it into the site', () => {
    const expected = { 'liyang-ip-2021': [DOCX, 'docx'], 'tongzhou-ip-county-2022': [HTML, 'html'], 'zengdu-market-supervision-2021': [PDF, 'pdf'] } as const;
    for (const [slug, [file, format]] of Object.entries(expected)) {
      const doc = JSON.parse(readFileSync(join(dir, 'dist/data/plans', `${slug}.json`), 'utf8'));
      const bytes = good[file];
      expect(doc.source).toMatchObject({ file, format, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), url: `/sources/${encodeURIComponent(file)}` });
      expect(new Uint8Array(readFileSync(join(dir, 'dist/sources', file)))).toEqual(bytes);
    }
  });

  it('the source page shows the text the parser read, numbered, and links the original', () => {
    const html = readFileSync(join(dir, 'dist/plans/liyang-ip-2021/source/index.html'), 'utf8');
    expect(html).toContain(`href="/sources/${encodeURIComponent(DOCX)}"`);
    expect(html).toContain('Word 文档（.docx）');
    expect(html).toMatch(/<li id="L\d+">一、发展基础和面临形势<\/li>/);
    expect(html).toContain(createHash('sha256').update(good[DOCX]).digest('hex'));
    const web = readFileSync(join(dir, 'dist/plans/tongzhou-ip-county-2022/source/index.html'), 'utf8');
    expect(web).not.toContain('相关文章');
  });

  it('web metadata reaches the facts', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'dist/data/plans/tongzhou-ip-county-2022.json'), 'utf8'));
    expect(doc.meta.indexNo).toMatch(/^11320400014002\//);
  });
});

describe('bad files stop the build, named, and publish nothing', () => {
  it('ingest --check names every bad file with its reason', () => {
    const dir = tempProject({ ...bad, 'good.txt': readFileSync('seeds/004_f72d7f03ee822240.txt') });
    dirs.push(dir);
    const r = runNode(dir, ['scripts/ingest.ts', '--check']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: locked.pdf: encrypted PDF');
    expect(r.stderr).toContain('error: scan.pdf: no text layer; needs OCR first');
    expect(r.stderr).toMatch(/error: broken\.docx: corrupt \.docx/);
    expect(r.stderr).toContain('error: old.doc: an old Word .doc file cannot be read; open it in Word or WPS and save it as .docx');
    expect(r.stderr).toContain('error: old.wps: a WPS .wps file cannot be read');
    expect(r.stderr).toContain('error: index.html: no plan text found in this web page');
    // The good plan is reviewed, and still nothing is written.
    expect(r.stdout).toContain('liyang-ip-2021');
    const w = runNode(dir, ['scripts/ingest.ts']);
    expect(w.status).toBe(1);
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });

  it('the build stops before anything is written', () => {
    const dir = tempProject({ 'locked.pdf': bad['locked.pdf'], 'good.txt': readFileSync('seeds/004_f72d7f03ee822240.txt') });
    dirs.push(dir);
    const r = buildProject(dir);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('seeds/locked.pdf: encrypted PDF');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, 'content/data'))).toBe(false);
  }, 300_000);
});
