// Ingest time of plans as published: a PDF of 100+ pages printed by Chromium from the seeds' government
// page, and a .docx of 5 MB or more written from the seeds (Word numbering, real tables). Each file is
// read by its reader and parsed by the one parser, as `npm run build` does; times are printed, not asserted.
// Usage: node scripts/bench/formats.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { decodeSeed } from '../../src/ingest/decode.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import type { SourceText } from '../../src/ingest/source.ts';
import { readDocx } from '../../src/ingest/formats/docx.ts';
import { readPdf } from '../../src/ingest/formats/pdf.ts';
import { readPdfPages } from '../../src/ingest/formats/pdf-content.ts';
import { documentFromText } from '../../src/corpus/formats/from-text.ts';
import type { PlanDocument } from '../../src/corpus/formats/document.ts';
import { writeDocx } from '../../src/corpus/formats/write-docx.ts';
import { writeHtml } from '../../src/corpus/formats/write-html.ts';
import { printPdf } from '../../src/corpus/formats/print-pdf.ts';

export interface FormatStat {
  format: string;
  size: string;
  bytes: number;
  readMs: number;
  parseMs: number;
  units: number;
}

/** The seeds laid out as documents. */
function seedDocuments(root: string): PlanDocument[] {
  const dir = join(root, 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = decodeSeed(new Uint8Array(readFileSync(join(dir, f))), f);
    return documentFromText(text, parseSeed(f, text, () => null)[0].meta.title);
  });
}

/** One document made of the given ones, one after the other. */
const concat = (docs: PlanDocument[]): PlanDocument => ({ title: docs[0].title, blocks: docs.flatMap((d) => d.blocks) });

/** Reads and parses one file, timing each step. */
async function measure(format: string, size: string, bytes: Uint8Array, read: (b: Uint8Array) => SourceText | Promise<SourceText>): Promise<FormatStat> {
  const t0 = performance.now();
  const source = await read(bytes);
  const t1 = performance.now();
  const plans = parseSeed(`bench.${format}`, source, () => null);
  const t2 = performance.now();
  const count = (us: { children: unknown[] }[]): number => us.reduce((n, u) => n + 1 + count(u.children as { children: unknown[] }[]), 0);
  return { format, size, bytes: bytes.length, readMs: t1 - t0, parseMs: t2 - t1, units: plans.reduce((n, p) => n + count(p.body), 0) };
}

/** Builds the two files and measures their ingest. */
export async function formatStats(root: string): Promise<FormatStat[]> {
  const docs = seedDocuments(root);
  // The largest seeds, repeated until the print runs past 100 pages.
  const byLength = [...docs].sort((a, b) => b.blocks.length - a.blocks.length);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  let pdf: Uint8Array;
  let pages = 0;
  try {
    const parts: PlanDocument[] = [];
    for (let i = 0; pages < 100; i++) {
      parts.push(byLength[i % byLength.length]);
      const doc = concat(parts);
      pdf = await printPdf(browser, writeHtml(doc, { indexNo: '0/2022-1', issuer: '某区人民政府', docNumber: '无', written: '2022-01-01', published: '2022-01-01', topic: '规划', validity: '有效' }), doc.title);
      pages = (await readPdfPages(pdf, 'bench.pdf')).length;
    }
  } finally {
    await browser.close();
  }
  const stats = [await measure('pdf', `${pages} pages`, pdf!, (b) => readPdf(b, 'bench.pdf'))];
  // All seeds, repeated until the .docx is 5 MB.
  const target = 5 * 1024 * 1024;
  let docx = await writeDocx(concat(docs));
  for (let repeat = 1; docx.length < target;) {
    repeat = Math.ceil((repeat * target * 1.02) / docx.length);
    docx = await writeDocx(concat(Array.from({ length: repeat }, () => docs).flat()));
  }
  stats.push(await measure('docx', `${(docx.length / 1024 / 1024).toFixed(1)} MB`, docx, (b) => readDocx(b, 'bench.docx')));
  return stats;
}

/** Prints the figures as a Markdown table. */
export function printFormatStats(stats: FormatStat[]): void {
  console.log('## Plans as published (read by the format reader, then parsed; target: PDF of 100 pages < 10 s, 5 MB .docx < 5 s)\n');
  console.log('| file | size | read | parse | total | units |');
  console.log('|---|---|---|---|---|---|');
  for (const s of stats) console.log(`| ${s.format} | ${s.format === 'pdf' ? `${s.size}, ${(s.bytes / 1024 / 1024).toFixed(1)} MB` : s.size} | ${(s.readMs / 1000).toFixed(1)} s | ${(s.parseMs / 1000).toFixed(1)} s | ${((s.readMs + s.parseMs) / 1000).toFixed(1)} s | ${s.units} |`);
  console.log();
}

if (import.meta.url === `file://${process.argv[1]}`) printFormatStats(await formatStats(resolve(import.meta.dirname, '../..')));
