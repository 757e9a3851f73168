// Paragraph styles of a .docx (word/styles.xml), as far as numbering goes: a heading style often
// carries the list its paragraphs are numbered by, inherited through w:basedOn.
import { child, childVal, elements, type XmlElement } from './xml.ts';

interface StyleNum {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

/** Styles' numbering properties, with inheritance resolved on request. */
export interface Styles {
  /** The default paragraph style's id (used when a paragraph names none). */
  defaultParagraph: string | undefined;
  /** numId and ilvl a paragraph style gives, following w:basedOn; numId '0' switches numbering off. */
  numbering(styleId: string): { numId?: string; ilvl?: number };
}

/** Reads styles.xml (absent: no styles). */
export function readStyles(root: XmlElement | null): Styles {
  const byId = new Map<string, StyleNum>();
  let defaultParagraph: string | undefined;
  for (const s of root ? elements(root, 'w:style') : []) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const ilvl = childVal(numPr, 'w:ilvl');
    byId.set(id, { basedOn: childVal(s, 'w:basedOn'), numId: childVal(numPr, 'w:numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl) });
    const isDefault = s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true';
    if (isDefault && (s.attrs['w:type'] ?? 'paragraph') === 'paragraph') defaultParagraph = id;
  }
  return {
    defaultParagraph,
    numbering(styleId) {
      let numId: string | undefined;
      let ilvl: number | undefined;
      const seen = new Set<string>();
      for (let s = byId.get(styleId), id = styleId; s && !seen.has(id); id = s.basedOn ?? '', s = byId.get(id)) {
        seen.add(id);
        numId ??= s.numId;
        ilvl ??= s.ilvl;
      }
      return { numId, ilvl };
    },
  };
}
