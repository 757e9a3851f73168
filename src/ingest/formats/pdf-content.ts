// What a PDF's pages hold for reading, through pdf.js: positioned text items, and the straight rules
// drawn on the page (table borders), in page coordinates (points, y upwards). Encrypted PDFs, PDFs
// without a text layer and files that are not PDFs fail here with a SeedError naming the file.
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SeedError } from '../decode.ts';

/** A run of text at a position: x of its start, y of its baseline, its advance width and font size. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Spaces the text layer has before this run on its line (set when lines are built). */
  spaceBefore?: string;
}

/** An axis-aligned rule (a line or a thin filled rectangle), as its bounding box. */
export interface PdfRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** Rules drawn on the page. */
  rules: PdfRule[];
}

type Matrix = [number, number, number, number, number, number];

/** m applied first, then n (PDF's row-vector convention). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

/** CJK Radicals Supplement forms that PDF fonts map simplified characters to (⺠ for 民, ⻚ for 页),
 * after Unicode's EquivalentUnifiedIdeograph data; NFKC leaves these alone. */
const RADICAL_FORMS: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻑': '長', '⻓': '长',
  '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼',
  '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** Characters some PDF fonts map to look-alikes: Kangxi radicals (⼗ for 十), radical forms (⺠ for 民),
 * compatibility ideographs, and the horizontal bar that GB fonts use for the dash (― for —).
 * Normalising only these leaves full-width punctuation as written. */
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\u2015]/g;

/** An item's text with look-alike characters replaced by the characters they show. */
export function normaliseGlyphs(text: string): string {
  return text.replace(LOOKALIKE, (c) => (c === '\u2015' ? '\u2014' : RADICAL_FORMS[c] ?? c.normalize('NFKC')));
}

const THIN = 2.5;
const PAINT = new Set([OPS.fill, OPS.eoFill, OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKE = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Rules of a page from its operator list: thin painted boxes, and the straight segments of stroked paths. */
function rulesOf(fnArray: number[], argsArray: unknown[]): PdfRule[] {
  const rules: PdfRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const push = (ax: number, ay: number, bx: number, by: number) => {
    const [x0, y0] = apply(ctm, ax, ay);
    const [x1, y1] = apply(ctm, bx, by);
    const r = { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
    const w = r.x1 - r.x0;
    const h = r.y1 - r.y0;
    if ((h <= THIN && w > THIN) || (w <= THIN && h > THIN)) rules.push(r);
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null;
      if (m) ctm = multiply(m, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      if (!PAINT.has(paint)) continue;
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      const box = args[2] as ArrayLike<number> | null;
      // A thin painted box is a rule whatever its path; a stroked path gives each straight segment.
      if (box && !STROKE.has(paint)) {
        push(box[0], box[1], box[2], box[3]);
        continue;
      }
      if (!data) continue;
      let sx = 0, sy = 0, cx = 0, cy = 0;
      for (let k = 0; k < data.length;) {
        const op = data[k];
        if (op === 0) { sx = cx = data[k + 1]; sy = cy = data[k + 2]; k += 3; }
        else if (op === 1) { push(cx, cy, data[k + 1], data[k + 2]); cx = data[k + 1]; cy = data[k + 2]; k += 3; }
        else if (op === 2) { cx = data[k + 5]; cy = data[k + 6]; k += 7; }
        else if (op === 3) { cx = data[k + 3]; cy = data[k + 4]; k += 5; }
        else { push(cx, cy, sx, sy); cx = sx; cy = sy; k += 1; }
      }
    }
  }
  return rules;
}

/** True when the file declares encryption (an /Encrypt entry in its trailer or cross-reference stream). */
function declaresEncryption(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.length > 1 << 20 ? bytes.subarray(bytes.length - (1 << 20)) : bytes);
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(tail);
}

/** Opens a PDF and reads every page: its text and the rules of its drawing. */
export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  if (bytes.length === 0) throw new SeedError(file, 'file is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new SeedError(file, 'not a PDF file');
  if (declaresEncryption(bytes)) throw new SeedError(file, 'encrypted PDF; publish the plan from an unencrypted copy');
  // pdf.js takes over the buffer it is given: hand it a copy.
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new SeedError(file, 'encrypted PDF (a password is needed); publish the plan from an unencrypted copy');
    throw new SeedError(file, `corrupt or unreadable PDF (${(e as Error).message})`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        // Spaces are kept: the text layer says where the text has them (pdf.js adds those a PDF only
        // positions); the line builder uses them to join runs, not as text of their own.
        if (!('str' in it) || it.str === '') continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        // Rotated or vertical text is outside what plans use; keep it readable as horizontal runs.
        items.push({ text: normaliseGlyphs(it.str), x: e - x0, y: f - y0, width: it.width, size: Math.hypot(c, d) || Math.hypot(a, b) || it.height });
      }
      const ops = await page.getOperatorList();
      const rules = rulesOf(ops.fnArray, ops.argsArray).map((r) => ({ x0: r.x0 - x0, y0: r.y0 - y0, x1: r.x1 - x0, y1: r.y1 - y0 }));
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, items, rules });
      page.cleanup();
    }
    if (pages.every((p) => p.items.length === 0)) throw new SeedError(file, 'no text layer; needs OCR first');
    return pages;
  } finally {
    await task.destroy();
  }
}
