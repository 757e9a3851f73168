// Joining lines that a PDF or Word copy broke in mid-sentence, without gluing separate paragraphs.
import type { Block } from './blocks.ts';
import { isHeadingText } from './blocks.ts';
import type { RawTable } from './table.ts';
import { readMarker } from './markers.ts';
import { LABEL_WORDS } from './responsibility.ts';

export interface Para {
  type: 'para';
  text: string;
  /** Line number of the first line, and of every line joined into this paragraph. */
  n: number;
  lines: number[];
  /** Blank lines right before this paragraph (two or more close a 专栏 box). */
  blankBefore: number;
  tabLed: boolean;
}

export type Flow = Para | { type: 'table'; table: RawTable; n: number; blankBefore: number };

/** Table captions (表1 …, …目标表, 具体指标如下表：) and notes stand alone. */
export const CAPTION = /^(表\s*[0-9一二三四五六七八九十]+|附表)|(目标表|指标表|一览表|主要指标|完成情况|如下表[：:]?|见下表[：:]?)$/;
export const NOTE = /^[（(]?\s*(备注|注)\s*[:：]/;

const TERMINAL = /([。！？；：:;!?〕】\]]|[。！？][”’」』）)])$/;

/** True when a line plainly ends: a sentence end, a heading, or a short unpunctuated label. */
function ends(text: string): boolean {
  if (TERMINAL.test(text) || CAPTION.test(text)) return true;
  // A bracketed note after the last sentence (a responsibility annotation) closes the paragraph.
  if (/[。！？][^。！？]*[)）]$/.test(text)) return true;
  if (isHeadingText(text)) return true;
  // A short unpunctuated line (an issuer, a date, a title part) is a line of its own, not a broken
  // sentence: PDF breaks fall at the full width of a line, 20+ characters.
  if (!readMarker(text) && text.length <= 20 && !/[，、。；：,]/.test(text)) return true;
  return false;
}

/** A line that opens with a responsibility label (牵头单位：…, 责任单位：…) annotates the text above it. */
const RESPONSIBILITY_LINE = new RegExp(`^(${LABEL_WORDS})[\\s\\u3000]*[:：]`);

/** True when a line must start a paragraph of its own. */
function starts(text: string): boolean {
  return readMarker(text) !== null || NOTE.test(text) || RESPONSIBILITY_LINE.test(text);
}

/** Joins broken lines (also across one blank line) into paragraphs; tables pass through. */
export function reflow(blocks: Block[]): Flow[] {
  const out: Flow[] = [];
  let blanks = 0;
  let open: Para | null = null;
  let blanksSinceOpen = 0;
  for (const b of blocks) {
    if (b.type === 'blank') {
      blanks++;
      if (open) blanksSinceOpen++;
      continue;
    }
    if (b.type === 'table') {
      out.push({ type: 'table', table: b.table, n: b.n, blankBefore: blanks });
      open = null;
      blanks = 0;
      continue;
    }
    const l = b.line;
    if (open && blanksSinceOpen <= 1 && !ends(open.text) && !starts(l.text) && !l.tabLed) {
      open.text += l.text;
      open.lines.push(l.n);
      blanks = 0;
      blanksSinceOpen = 0;
      continue;
    }
    open = { type: 'para', text: l.text, n: l.n, lines: [l.n], blankBefore: blanks, tabLed: l.tabLed };
    out.push(open);
    blanks = 0;
    blanksSinceOpen = 0;
  }
  return out;
}
