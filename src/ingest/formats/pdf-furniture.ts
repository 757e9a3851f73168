// Running headers, footers and page numbers: lines at the top or bottom of a page that repeat, at the
// same height, on many pages (their digits aside), and page numbers wherever a page starts or ends.
import type { PdfLine } from './pdf-lines.ts';

const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?[0-9０-９]{1,4}(\s*页)?(\s*[/／]\s*[0-9]{1,4}|\s*共\s*[0-9]{1,4}\s*页)?[-—–－\s]*$|^[-—–－]\s*[ivxlcIVXLC]{1,6}\s*[-—–－]$/;
/** How many lines at each end of a page can be furniture. */
const EDGE = 3;

const key = (l: PdfLine) => `${l.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '')}@${Math.round(l.y / 3)}`;

/** The lines of each page that are page furniture (pages' lines top to bottom). */
export function furnitureLines(pages: PdfLine[][]): Set<PdfLine> {
  const out = new Set<PdfLine>();
  const edges = pages.map((lines) => [...lines.slice(0, EDGE), ...lines.slice(Math.max(EDGE, lines.length - EDGE))]);
  const counts = new Map<string, number>();
  for (const e of edges) for (const k of new Set(e.map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Repeated on at least half the pages (and on two at least): a running header or footer.
  const repeated = Math.max(2, Math.ceil(pages.length / 2));
  for (const e of edges) {
    for (const l of e) if (counts.get(key(l))! >= repeated || PAGE_NUMBER.test(l.text)) out.add(l);
  }
  return out;
}
