// .docx reader: the main document part in reading order, each paragraph with the label Word's
// automatic numbering shows, tables with their merged cells. Headers, footers, footnotes and comments
// live in other parts and are never read. Pure: bytes in, SourceText out.
import { unzipSync } from 'fflate';
import { SeedError } from '../decode.ts';
import type { SourceText } from '../source.ts';
import { assemble, type FormatBlock } from './assemble.ts';
import { readNumbering, type Numbering } from './docx-numbering.ts';
import { readStyles, type Styles } from './docx-styles.ts';
import { readWordTable } from './docx-table.ts';
import { child, childVal, elements, parseXml, type XmlElement } from './xml.ts';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Decodes an XML part (UTF-8, or UTF-16 with BOM). */
function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Targets of a relationships part by type suffix (document → numbering, styles). */
function relTargets(rels: XmlElement | null, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rels ? elements(rels, 'Relationship') : []) {
    const type = r.attrs.Type ?? '';
    const target = r.attrs.Target ?? '';
    if (r.attrs.TargetMode === 'External' || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : normalizePath(base + target);
    out.set(type.slice(type.lastIndexOf('/') + 1), path);
  }
  return out;
}

function normalizePath(p: string): string {
  const parts: string[] = [];
  for (const s of p.split('/')) {
    if (s === '..') parts.pop();
    else if (s && s !== '.') parts.push(s);
  }
  return parts.join('/');
}

interface Context {
  numbering: Numbering;
  styles: Styles;
}

/** Text of a run's content: w:t, tabs and breaks; field codes, deleted text and note marks are left out. */
function runText(r: XmlElement, out: string[]): void {
  const rPr = child(r, 'w:rPr');
  const vanish = child(rPr, 'w:vanish');
  if (vanish && vanish.attrs['w:val'] !== '0' && vanish.attrs['w:val'] !== 'false') return;
  for (const c of elements(r)) {
    switch (c.name) {
      case 'w:t':
        out.push(c.children.filter((x): x is string => typeof x === 'string').join(''));
        break;
      case 'w:tab':
      case 'w:ptab':
        out.push(' ');
        break;
      case 'w:br':
        if ((c.attrs['w:type'] ?? 'textWrapping') === 'textWrapping') out.push('\n');
        break;
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      case 'w:sym': {
        const code = parseInt(c.attrs['w:char'] ?? '', 16);
        // Symbol-font characters sit in the private-use area and mean nothing as text.
        if (code && !(code >= 0xe000 && code <= 0xf8ff)) out.push(String.fromCodePoint(code));
        break;
      }
    }
  }
}

/** Paragraph content: runs, also inside hyperlinks, insertions, fields and content controls. */
function inlineText(el: XmlElement, out: string[], boxes: XmlElement[]): void {
  for (const c of elements(el)) {
    switch (c.name) {
      case 'w:r':
        runText(c, out);
        collectBoxes(c, boxes);
        break;
      case 'w:hyperlink':
      case 'w:ins':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:fldSimple':
      case 'w:dir':
      case 'w:bdo':
        inlineText(c, out, boxes);
        break;
      case 'w:sdt':
        inlineText(child(c, 'w:sdtContent') ?? c, out, boxes);
        break;
    }
  }
}

/** Text boxes anchored in a run (w:txbxContent), read after their paragraph so no text is lost. */
function collectBoxes(el: XmlElement, boxes: XmlElement[]): void {
  for (const c of elements(el)) {
    if (c.name === 'w:txbxContent') boxes.push(c);
    else if (c.name !== 'w:t') collectBoxes(c, boxes);
  }
}

/** The label automatic numbering gives a paragraph (direct w:numPr, else its style's), or ''. */
function numberLabel(p: XmlElement, ctx: Context): string {
  const pPr = child(p, 'w:pPr');
  const numPr = child(pPr, 'w:numPr');
  const styleId = childVal(pPr, 'w:pStyle') ?? ctx.styles.defaultParagraph;
  const fromStyle = styleId ? ctx.styles.numbering(styleId) : {};
  const numId = childVal(numPr, 'w:numId') ?? fromStyle.numId;
  if (!numId || numId === '0') return '';
  const direct = childVal(numPr, 'w:ilvl');
  const ilvl = direct !== undefined ? Number(direct) : (fromStyle.ilvl ?? (styleId ? ctx.numbering.levelOfStyle(numId, styleId) : undefined) ?? 0);
  return ctx.numbering.next(numId, ilvl);
}

/** A paragraph's lines: the numbering label and its text, split at manual line breaks. */
function paragraphLines(p: XmlElement, ctx: Context, boxes: XmlElement[]): string[] {
  const out: string[] = [];
  inlineText(p, out, boxes);
  const text = out.join('');
  const label = numberLabel(p, ctx);
  return (label ? label + text.replace(/^[ \u00a0\u3000]+/, '') : text).split('\n');
}

/** Blocks of a body-like element (w:body, a cell, a text box) in reading order. */
function bodyBlocks(el: XmlElement, ctx: Context, out: FormatBlock[]): void {
  for (const c of elements(el)) {
    switch (c.name) {
      case 'w:p': {
        const boxes: XmlElement[] = [];
        for (const line of paragraphLines(c, ctx, boxes)) out.push({ kind: 'line', text: line });
        for (const b of boxes) bodyBlocks(b, ctx, out);
        break;
      }
      case 'w:tbl':
        out.push({ kind: 'table', rows: readWordTable(c, (tc) => cellText(tc, ctx)) });
        break;
      case 'w:sdt':
        bodyBlocks(child(c, 'w:sdtContent') ?? c, ctx, out);
        break;
      case 'w:customXml':
        bodyBlocks(c, ctx, out);
        break;
    }
  }
}

/** A cell's text: its paragraphs (numbered as in the body) joined by '\n'; nested tables row by row. */
function cellText(tc: XmlElement, ctx: Context): string {
  const blocks: FormatBlock[] = [];
  bodyBlocks(tc, ctx, blocks);
  return blocks
    .flatMap((b) => (b.kind === 'line' ? [b.text] : b.kind === 'table' ? b.rows.map((r) => r.map((x) => x.text.replace(/\n/g, ' ')).join(' ')) : []))
    .map((t) => t.trim())
    .filter(Boolean)
    .join('\n');
}

/** Reads a .docx; corrupt, encrypted or legacy files throw SeedError naming the file. */
export function readDocx(bytes: Uint8Array, file: string): SourceText {
  if (bytes.length === 0) throw new SeedError(file, 'file is empty');
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new SeedError(file, 'not a .docx: an encrypted (password-protected) Word file or an old .doc renamed; open it in Word or WPS and save it as .docx without a password');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new SeedError(file, 'not a .docx (corrupt: not a zip archive)');
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/i.test(f.name) });
  } catch (e) {
    throw new SeedError(file, `corrupt .docx (${(e as Error).message})`);
  }
  const part = (name: string | undefined, stream?: Parameters<typeof parseXml>[1]): XmlElement | null => {
    const data = name ? parts[name] : undefined;
    if (!data) return null;
    try {
      return parseXml(xmlText(data), stream);
    } catch (e) {
      throw new SeedError(file, `corrupt .docx: ${name} is not well-formed XML (${(e as Error).message.split('\n')[0]})`);
    }
  };
  const main = relTargets(part('_rels/.rels'), '').get('officeDocument') ?? 'word/document.xml';
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const rels = relTargets(part(`${dir}_rels/${main.slice(dir.length)}.rels`), dir);
  const styles = readStyles(part(rels.get('styles') ?? `${dir}styles.xml`));
  const numbering = readNumbering(part(rels.get('numbering') ?? `${dir}numbering.xml`), (id) => styles.numbering(id).numId);
  const blocks: FormatBlock[] = [];
  const ctx = { numbering, styles };
  // The body is read paragraph by paragraph as the parser goes, in document order.
  const holder: XmlElement = { name: 'w:body', attrs: {}, children: [] };
  const doc = part(main, { parent: 'w:body', each: (el) => {
    holder.children[0] = el;
    bodyBlocks(holder, ctx, blocks);
  } });
  if (!doc || !child(doc, 'w:body')) throw new SeedError(file, 'not a Word document (no word/document.xml body; corrupt .docx?)');
  const source = assemble('docx', blocks);
  if (source.text.trim() === '') throw new SeedError(file, 'the Word document holds no text');
  return source;
}
