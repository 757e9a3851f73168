// .docx: fixtures written by the tests with the `docx` package from the seeds (Word list numbering for
// 一、/（一）/1．, Word tables with merged cells, a running header, page numbers and a footnote), read
// back by the reader and parsed by the one parser: the outline must match the .txt seed's.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readDocx } from '../../src/ingest/formats/docx.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import { SeedError } from '../../src/ingest/decode.ts';
import { writeDocx } from '../../src/corpus/formats/write-docx.ts';
import { reviewedSlug } from '../../src/build/seeds.ts';
import { agreement, percent } from './compare.ts';
import { renamed, seedFixtures } from './seeds.ts';

const docxOf = async (children: (Paragraph | Table)[], config: ConstructorParameters<typeof Document>[0]['numbering'] = { config: [] }) =>
  new Uint8Array(await Packer.toBuffer(new Document({ numbering: config, sections: [{ children }] })));

describe('.docx seeds read like their .txt', () => {
  const fixtures = seedFixtures();
  for (const s of fixtures) {
    it(`${s.file}: same outline, same tables, headers/footers/footnotes set aside`, async () => {
      const file = renamed(s.file, 'docx');
      const source = readDocx(await writeDocx(s.doc), file);
      const plans = parseSeed(file, source, reviewedSlug);
      const a = agreement(s.plans, plans);
      console.log(`docx ${s.file}: units ${a.units.equal}/${a.units.total} (${percent(a.units)} %), tables ${a.tables.equal}/${a.tables.total}`);
      expect(a.units.equal / a.units.total, a.missing.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.97);
      expect(a.tables.equal).toBe(a.tables.total);
      expect(source.text).not.toContain('脚注不属于规划正文');
      // The running header repeats the title: it must not add a line.
      const titled = (t: string) => t.split('\n').filter((l) => l.trim() === s.doc.title).length;
      expect(titled(source.text)).toBe(titled(s.text));
    });
  }
});

describe('Word numbering', () => {
  it('multi-level lists restart under a higher level, and labels are formatted as Word shows them', async () => {
    const levels = [
      { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
      { level: 2, format: LevelFormat.DECIMAL, text: '%3．', alignment: AlignmentType.LEFT },
      { level: 3, format: LevelFormat.DECIMAL, text: '%1.%2.%4', alignment: AlignmentType.LEFT, isLegalNumberingStyle: true },
    ];
    const p = (text: string, level: number) => new Paragraph({ numbering: { reference: 'plan', level }, children: [new TextRun(text)] });
    const bytes = await docxOf([p('总体要求', 0), p('指导思想', 1), p('基本原则', 1), p('坚持党的领导。', 2), p('坚持创新。', 2), p('细则', 3), p('主要任务', 0), p('加强创造', 1), p('培育企业。', 2)], { config: [{ reference: 'plan', levels }] });
    expect(readDocx(bytes, 'n.docx').text.split('\n')).toEqual(['一、总体要求', '（一）指导思想', '（二）基本原则', '1．坚持党的领导。', '2．坚持创新。', '1.2.1 细则', '二、主要任务', '（一）加强创造', '1．培育企业。']);
  });

  it('a new instance restarts its list, a start other than 1 is honoured, ten and more read 十、十一', async () => {
    const config = [
      { reference: 'cn', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }] },
      { reference: 'from9', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', alignment: AlignmentType.LEFT, start: 9 }] },
    ];
    const p = (text: string, reference: string, instance = 0) => new Paragraph({ numbering: { reference, level: 0, instance }, children: [new TextRun(text)] });
    const bytes = await docxOf([p('甲', 'cn'), p('乙', 'cn'), p('丙', 'cn', 1), p('总则', 'from9'), p('附则', 'from9'), p('再附', 'from9'), p('又附', 'from9')], { config });
    expect(readDocx(bytes, 'n.docx').text.split('\n')).toEqual(['一、甲', '二、乙', '一、丙', '第九章 总则', '第十章 附则', '第十一章 再附', '第十二章 又附']);
  });

  it('numbering carried by a paragraph style (w:pStyle → w:numPr) and switched off with numId 0', async () => {
    const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="H2"/></w:pPr><w:r><w:t>指导思想</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>附件</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>主要任务</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">第一行</w:t></w:r><w:r><w:br/><w:t>第二行</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>
      <w:sectPr/></w:body></w:document>`;
    const styles = `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(document), 'word/styles.xml': strToU8(styles), 'word/numbering.xml': strToU8(numbering) });
    expect(readDocx(bytes, 's.docx').text.split('\n')).toEqual(['一、总体要求', '（一）指导思想', '附件', '二、主要任务', '第一行', '第二行']);
  });
});

describe('Word XML', () => {
  it('reads a document whose WordprocessingML prefix is not w:', () => {
    const document = `<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>
      <x:p><x:r><x:t>一、总体要求</x:t></x:r></x:p><x:p><x:r><x:t xml:space="preserve">坚持 </x:t></x:r><x:r><x:tab/><x:t>质量第一。</x:t></x:r></x:p></x:body></x:document>`;
    expect(readDocx(zipSync({ 'word/document.xml': strToU8(document) }), 'x.docx').text).toBe('一、总体要求\n坚持  质量第一。');
  });
});

describe('Word tables', () => {
  it('merged cells come through as spans; the text holds the table as tab-separated rows', async () => {
    const cell = (text: string, extra: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ ...extra, children: [new Paragraph(text)] });
    const table = new Table({ rows: [
      new TableRow({ children: [cell('类别'), cell('指标'), cell('2025年')] }),
      new TableRow({ children: [cell('△质量', { columnSpan: 3 })] }),
      new TableRow({ children: [cell('质量', { rowSpan: 2 }), cell('制造业质量合格率'), cell('95%')] }),
      new TableRow({ children: [cell('食品抽检合格率'), cell('98%')] }),
    ] });
    const source = readDocx(await docxOf([new Paragraph('一、主要指标'), table, new Paragraph('二、保障措施')]), 't.docx');
    expect(source.text.split('\n')).toEqual(['一、主要指标', '类别\t指标\t2025年', '△质量', '质量\t制造业质量合格率\t95%', '食品抽检合格率\t98%', '二、保障措施']);
    expect(source.tables).toEqual([{ startLine: 2, endLine: 5, rows: [
      { cells: [{ text: '类别' }, { text: '指标' }, { text: '2025年' }] },
      { cells: [{ text: '△质量', colspan: 3 }] },
      { cells: [{ text: '质量', rowspan: 2 }, { text: '制造业质量合格率' }, { text: '95%' }] },
      { cells: [{ text: '食品抽检合格率' }, { text: '98%' }] },
    ] }]);
  });

  it('a one-column table (a frame around a box) is read as paragraphs', async () => {
    const frame = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('专栏1 高价值专利培育工程'), new Paragraph('积极培育企业。')] })] })] });
    const source = readDocx(await docxOf([frame]), 'f.docx');
    expect(source).toMatchObject({ text: '专栏1 高价值专利培育工程\n积极培育企业。', tables: [] });
  });
});

describe('bad .docx files fail cleanly, naming the file', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['not a zip', strToU8('这不是 Word 文件'), /坏\.docx: not a \.docx \(corrupt: not a zip archive\)/],
    ['truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /坏\.docx: corrupt \.docx/],
    ['zip without a document', zipSync({ 'a.txt': strToU8('x') }), /坏\.docx: not a Word document/],
    ['broken XML', zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>') }), /坏\.docx: corrupt \.docx: word\/document\.xml is not well-formed XML/],
    ['encrypted or legacy (OLE container)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /坏\.docx: .*encrypted.*save it as \.docx/],
  ];
  for (const [name, bytes, message] of cases) {
    it(name, () => {
      expect(() => readDocx(bytes, '坏.docx')).toThrow(SeedError);
      expect(() => readDocx(bytes, '坏.docx')).toThrow(message);
    });
  }
});
