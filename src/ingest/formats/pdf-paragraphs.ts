// Lines broken only for layout are joined back into paragraphs: a line that runs to the right edge of
// its column goes on in the next line, unless that one is indented, set in another size or stands
// apart. A line that stops short ends its paragraph, so headings and short lines stay on their own.
// Vertical space of a whole empty line becomes a blank line, as in plain text.
import { joinRuns, type PdfLine } from './pdf-lines.ts';

/** Where the text of a column on a page starts and ends, and its usual line pitch. */
export interface ColumnBox {
  left: number;
  right: number;
  pitch: number;
  /** Font size of most lines. */
  bodySize: number;
}

/** A text line in reading order with the column it stands in. */
export interface FlowLine {
  line: PdfLine;
  box: ColumnBox;
  /** Page and column, to tell whether two lines are in the same column. */
  where: string;
}

/** The box of a column from its lines. */
export function columnBox(lines: PdfLine[]): ColumnBox {
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i - 1].y - lines[i].y;
    if (g > 0 && g < lines[i].size * 3) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? 12;
  // The lower quartile: where most paragraphs are one line with space between, the median would be
  // the paragraph spacing, not the line pitch.
  return { left, right, pitch: gaps.length ? gaps[Math.floor(gaps.length / 4)] : size * 1.5, bodySize: size };
}

/** True when next continues prev's paragraph. */
export function continues(prev: FlowLine, next: FlowLine): boolean {
  const p = prev.line;
  const n = next.line;
  const full = p.x1 >= prev.box.right - p.size * 1.5;
  const indented = n.x0 > next.box.left + n.size * 0.8;
  const sameSize = Math.abs(p.size - n.size) <= 0.1 * Math.max(p.size, n.size);
  const near = prev.where !== next.where || p.y - n.y <= prev.box.pitch * 1.5;
  if (!full || !sameSize || !near || p.chunks.length !== 1 || n.chunks.length !== 1) return false;
  // A line set in from the left (a paragraph's first line, or a centred title) that fills the column
  // goes on below; a line set in is a new paragraph, unless it is centred under a full line of a
  // title (set larger than the body text).
  if (!indented) return p.x0 <= prev.box.left + p.size * 2.5;
  return p.size > prev.box.bodySize * 1.1 && isCentred(n, next.box) && p.x0 - prev.box.left <= p.size;
}

/** A line with as much space on its left as on its right, and some of it. */
function isCentred(l: PdfLine, box: ColumnBox): boolean {
  const leftSpace = l.x0 - box.left;
  const rightSpace = box.right - l.x1;
  return leftSpace > l.size && Math.abs(leftSpace - rightSpace) <= l.size;
}

/** Blank lines the space between two lines of one column stands for. */
export function blanksBetween(prev: FlowLine, next: FlowLine): number {
  if (prev.where !== next.where) return 0;
  return Math.max(0, Math.min(3, Math.round((prev.line.y - next.line.y) / prev.box.pitch) - 1));
}

/** Joins a paragraph's text to its next line. */
export function joinLines(text: string, next: PdfLine): string {
  return joinRuns(text, next.text);
}
