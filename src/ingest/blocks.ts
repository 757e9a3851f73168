// From a plan's body lines to a stream of text lines, blank lines and tables, with furniture set aside.
import type { SourceLine } from './lines.ts';
import type { StrippedRole } from './model.ts';
import { furnitureRole, webMetaField } from './furniture.ts';
import { readFooter, type FooterInfo } from './footer.ts';
import { readTable, type RawTable } from './table.ts';
import { hintRows, type TableHint } from './source.ts';
import { readMarker } from './markers.ts';

export type Block =
  | { type: 'text'; line: SourceLine }
  | { type: 'blank'; n: number }
  | { type: 'table'; table: RawTable; n: number };

export interface BlockResult {
  blocks: Block[];
  stripped: { line: number; text: string; role: StrippedRole; reason: string }[];
  webMeta: Record<string, string>;
  footer: FooterInfo;
  /** Lines in the footer area that were not recognised as footer (kept as text, reported). */
  strayFooter: SourceLine[];
}

/** A heading line: a marker and a short rest with no sentence end. */
export function isHeadingText(text: string): boolean {
  const m = readMarker(text);
  if (!m || m.kind === 'dash') return false;
  // A heading is short (see sentence.ts: 50) and holds no sentence end inside.
  return m.rest.length <= 50 && !/[。！？；]/.test(m.rest.replace(/[。！？；]$/, ''));
}

/** The table a format's structure hint puts at body index i, as raw rows. */
function hintedTable(body: SourceLine[], i: number, hints: Map<number, TableHint>): RawTable | null {
  const hint = hints.get(body[i].n);
  if (!hint) return null;
  let end = i;
  while (end + 1 < body.length && body[end + 1].n <= hint.endLine) end++;
  const rows = hintRows(hint);
  return { start: i, end, rows: rows.map((cells, k) => ({ n: Math.min(hint.startLine + k, hint.endLine), cells })) };
}

/** Splits body lines into blocks; furniture, the footer and repeated heading lines are stripped.
 * Tables the source format knew (hints, by start line) are taken as given. */
export function toBlocks(body: SourceLine[], hints: Map<number, TableHint> = new Map()): BlockResult {
  const footer = readFooter(body);
  const stripped: BlockResult['stripped'] = [];
  const webMeta: Record<string, string> = {};
  const blocks: Block[] = [];
  const strayFooter: SourceLine[] = [];
  let lastText = '';
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    if (footer.footerLines.has(l.n)) {
      stripped.push({ line: l.n, text: l.raw, role: 'footer', reason: 'footer of the document (抄送, 印发)' });
      continue;
    }
    const role = furnitureRole(l.text);
    if (role) {
      const meta = webMetaField(l.text);
      if (meta) webMeta[meta.key] = meta.value;
      stripped.push({ line: l.n, text: l.raw, role, reason: `${role} inside the text` });
      continue;
    }
    if (l.text === '' && !l.tabLed) {
      blocks.push({ type: 'blank', n: l.n });
      continue;
    }
    const table = hintedTable(body, i, hints) ?? readTable(body, i);
    if (table) {
      blocks.push({ type: 'table', table, n: l.n });
      i = table.end;
      lastText = '';
      continue;
    }
    if (l.text === '') continue; // a stray tab alone on a line
    // The same heading twice in a row is a copy artefact.
    if (l.text === lastText && isHeadingText(l.text)) {
      stripped.push({ line: l.n, text: l.raw, role: 'duplicate', reason: 'the same heading twice in a row' });
      continue;
    }
    if (i >= footer.start) strayFooter.push(l);
    blocks.push({ type: 'text', line: l });
    lastText = l.text;
  }
  return { blocks, stripped, webMeta, footer, strayFooter };
}
