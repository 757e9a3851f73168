// Writes a plan document as a real .docx with the `docx` package: numbered headings use Word list
// numbering (the numbers are not in the text), tables are Word tables with merged cells, and the page
// has a running header, a page-number footer and a footnote, which a reader must set aside.
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, Header, LevelFormat, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { AutoNumber, DocParagraph, PlanDocument } from './document.ts';

type NumberingConfig = { reference: string; levels: { level: number; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; start: number; alignment: (typeof AlignmentType)[keyof typeof AlignmentType] }[] };

/** Assigns each numbered paragraph a list (reference, instance) so that Word shows its number: a list
 * goes on while numbers follow each other, a new instance restarts at 1, another start needs its own list. */
function planNumbering(doc: PlanDocument): { configs: NumberingConfig[]; of: Map<DocParagraph, { reference: string; instance: number }> } {
  const configs = new Map<string, NumberingConfig>();
  const state = new Map<string, { reference: string; instance: number; last: number }>();
  const instances = new Map<string, number>();
  const of = new Map<DocParagraph, { reference: string; instance: number }>();
  const config = (n: AutoNumber, start: number): string => {
    const reference = `${n.format}:${n.template}:${start}`;
    if (!configs.has(reference)) {
      configs.set(reference, {
        reference,
        levels: [{ level: 0, format: n.format === 'chinese' ? LevelFormat.CHINESE_COUNTING : LevelFormat.DECIMAL, text: n.template, start, alignment: AlignmentType.LEFT }],
      });
    }
    return reference;
  };
  for (const b of doc.blocks) {
    if (b.kind !== 'para' || !b.number) continue;
    const key = `${b.number.format}:${b.number.template}`;
    const cur = state.get(key);
    if (cur && b.number.value === cur.last + 1) {
      cur.last++;
      of.set(b, { reference: cur.reference, instance: cur.instance });
      continue;
    }
    const reference = config(b.number, b.number.value === 1 ? 1 : b.number.value);
    const instance = (instances.get(reference) ?? -1) + 1;
    instances.set(reference, instance);
    state.set(key, { reference, instance, last: b.number.value });
    of.set(b, { reference, instance });
  }
  return { configs: [...configs.values()], of };
}

/** The .docx bytes of a plan document. */
export async function writeDocx(doc: PlanDocument): Promise<Uint8Array> {
  const { configs, of } = planNumbering(doc);
  const children: (Paragraph | Table)[] = [];
  let footnoted = false;
  for (const b of doc.blocks) {
    if (b.kind === 'blank') {
      children.push(new Paragraph({}));
    } else if (b.kind === 'para') {
      const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun({ text: b.text, bold: b.title, size: b.title ? 36 : 32 })];
      // One footnote on the title: its text lives in footnotes.xml and must not reach the plan.
      if (b.title && !footnoted) {
        runs.push(new FootnoteReferenceRun(1));
        footnoted = true;
      }
      const n = of.get(b);
      children.push(new Paragraph({
        children: runs,
        alignment: b.title ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        ...(n ? { numbering: { reference: n.reference, level: 0, instance: n.instance } } : { indent: { firstLine: 640 } }),
      }));
    } else {
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.rows.map((r, i) => new TableRow({
          tableHeader: i === 0,
          children: r.map((c) => new TableCell({
            rowSpan: c.rowspan,
            columnSpan: c.colspan,
            children: (c.text === '' ? [''] : c.text.split('\n')).map((t) => new Paragraph({ children: [new TextRun({ text: t, size: 24 })] })),
          })),
        })),
      }));
    }
  }
  const document = new Document({
    creator: 'PlanAtlas test fixture',
    title: doc.title,
    numbering: { config: configs },
    footnotes: { 1: { children: [new Paragraph('本文件由测试根据文本种子生成（脚注不属于规划正文）。')] } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(doc.title)] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('- '), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' -')] })] }) },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
