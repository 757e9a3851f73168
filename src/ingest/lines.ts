// Source lines with their numbers: the unit every later stage works on.

export interface SourceLine {
  /** 1-based line number in the seed file. */
  n: number;
  /** The line as written, without its line ending. */
  raw: string;
  /** Trimmed of ASCII, full-width and no-break spaces and tabs. */
  text: string;
  /** True when the line starts with a tab (a flattened table cell or an indented box line). */
  tabLed: boolean;
  /** True when a tab separates two non-empty parts (a tab-separated table row). */
  tabbed: boolean;
}

const SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** Trims every kind of space a Chinese document carries (ASCII, U+3000, NBSP, stray BOM). */
export function trimAll(s: string): string {
  return s.replace(SPACE, '');
}

/** Splits text into numbered lines, accepting LF, CRLF and lone CR. */
export function toLines(text: string): SourceLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((raw, i) => ({
    n: i + 1,
    raw,
    text: trimAll(raw),
    tabLed: /^[ \u3000]*\t/.test(raw),
    tabbed: /\S[ \u3000]*\t|\t[^\t]*\t/.test(raw) && raw.replace(/\t/g, '').trim() !== '',
  }));
}
