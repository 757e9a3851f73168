// A plan as an author lays it out in an office program: paragraphs (some numbered automatically) and
// tables with merged cells. Test fixtures and benchmark files in .docx, .html and .pdf are written
// from it, so every format carries the same plan.

/** A paragraph whose number is made by list numbering: the template around the number and its style. */
export interface AutoNumber {
  /** Text around the number, %1 standing for it: '%1、', '（%1）', '第%1章', '%1．'. */
  template: string;
  format: 'chinese' | 'decimal';
  value: number;
}

export interface DocParagraph {
  kind: 'para';
  /** The text after the number (all of it when not numbered). */
  text: string;
  number?: AutoNumber;
  /** The plan's title line(s): centred and large. */
  title?: boolean;
}

export interface DocCell {
  text: string;
  rowspan?: number;
  colspan?: number;
}

export interface DocTable {
  kind: 'table';
  /** Rows as laid out: a merged cell appears once, in its first row and column. */
  rows: DocCell[][];
}

export type DocBlock = DocParagraph | DocTable | { kind: 'blank' };

/** A plan document with the facts a government page shows around it. */
export interface PlanDocument {
  title: string;
  blocks: DocBlock[];
}

const CN_DIGITS = '零一二三四五六七八九';

/** The number as the template's style writes it (the generators' own, independent of any reader). */
export function numberText(value: number, format: AutoNumber['format']): string {
  if (format === 'decimal') return String(value);
  if (value < 10) return CN_DIGITS[value];
  if (value < 20) return `十${value % 10 ? CN_DIGITS[value % 10] : ''}`;
  if (value < 100) return `${CN_DIGITS[Math.floor(value / 10)]}十${value % 10 ? CN_DIGITS[value % 10] : ''}`;
  return String(value);
}

/** The text a paragraph shows, its number included. */
export function shownText(p: DocParagraph): string {
  return p.number ? p.number.template.replace('%1', numberText(p.number.value, p.number.format)) + p.text : p.text;
}
