// Golden fixtures, one per construct of the genre (shared/domain.md): small input → expected tree.
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/ingest/parse.ts';
import { decodeSeed, SeedError } from '../../src/ingest/decode.ts';
import { readMarker } from '../../src/ingest/markers.ts';
import { parseValue } from '../../src/ingest/values.ts';
import { newRules, readResponsibility } from '../../src/ingest/responsibility.ts';
import { renderUnits } from './render.ts';
import { metaFields } from '../../src/ingest/metaFields.ts';
import { docNumberIn } from '../../src/ingest/docNumber.ts';
import { readTable } from '../../src/ingest/table.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { bodyColumns, rowResponsibility } from '../../src/ingest/tableBodies.ts';

const parse = (text: string) => parseSeed('fixture.txt', text, () => 'fixture');
const outline = (text: string) => renderUnits(parse(text)[0].body, 0, 200);

describe('markers', () => {
  it.each([
    ['第四章  主要任务', 'chapter', '第四章', 4],
    ['十二、保障', 'cn', '十二、', 12],
    ['（一）发展基础', 'cn-paren', '（一）', 1],
    ['(二)规范市场', 'cn-paren', '(二)', 2],
    ['1. 坚持', 'num', '1.', 1],
    ['2．完善', 'num', '2．', 2],
    ['3、强化', 'num', '3、', 3],
    ['（1）落实', 'num-paren', '（1）', 1],
    ['(2)强化', 'num-paren', '(2)', 2],
    ['1)具体指标', 'num-half', '1)', 1],
    ['——激发活力。', 'dash', '——', 0],
    ['专栏5：知识产权金融', 'box', '专栏5：', 5],
    ['专栏1 高价值', 'box', '专栏1', 1],
    ['204.推进学前教育发展。', 'num', '204.', 204],
    ['1总则', 'decimal-1', '1', 1],
    ['1.1编制目的', 'decimal-2', '1.1', 1],
    ['(1)', 'num-paren', '(1)', 1],
  ])('%s', (line, kind, label, value) => {
    expect(readMarker(line)).toMatchObject({ kind, label, value });
  });
  it.each(['2025年，全区', '1.5天', '- 18 -', '2022年11月14日', '1.5亿元', '3家', '1', '2025.推进'])('%s is not a marker', (line) => {
    expect(readMarker(line)).toBeNull();
  });
});

describe('outline levels', () => {
  it('nests chapters, 一、, （一）, 1．, （1） and carries numbering on across sections', () => {
    const t = ['某市“十四五”市场监管规划', '', '第一章 回顾', '', '一、成效', '', '（一）营商环境', '', '1．完善体系，提升能力', '', '（1）落实责任。坚持党政同责。', '', '（2）强化监管。完善机制。', '', '（二）安全底线', '', '2．健全追溯', '', '第二章 任务', '', '一、目标', ''].join('\n');
    expect(outline(t)).toBe(
      [
        's1 chapter 第一章 [回顾] ',
        '  s1-1 section 一、 [成效] ',
        '    s1-1-1 section （一） [营商环境] ',
        '      s1-1-1-1 section 1． [完善体系，提升能力] ',
        '        s1-1-1-1-1 item （1） [落实责任。] 坚持党政同责。',
        '        s1-1-1-1-2 item （2） [强化监管。] 完善机制。',
        '    s1-1-2 section （二） [安全底线] ',
        '      s1-1-2-2 section 2． [健全追溯] ',
        's2 chapter 第二章 [任务] ',
        '  s2-1 section 一、 [目标] ',
        '',
      ].join('\n'),
    );
  });
  it('accepts a skipped level and half-width variants, with —— items as leaves', () => {
    const t = ['某区建设规划', '一、任务', '(一)服务', '1、强化监管。', '1)具体指标', '——配齐人员。按比例配齐。', '——建成机构。', '2)主要任务', '——建成体系。', '二、保障', '1、坚持主导，社会共治。充分发挥作用。'].join('\n');
    expect(outline(t)).toBe(
      [
        's1 section 一、 [任务] ',
        '  s1-1 section (一) [服务] ',
        '    s1-1-1 section 1、 [强化监管。] ',
        '      s1-1-1-1 section 1) [具体指标] ',
        '        s1-1-1-1-d1 item —— [配齐人员。] 按比例配齐。',
        '        s1-1-1-1-d2 item —— [建成机构。] ',
        '      s1-1-1-2 section 2) [主要任务] ',
        '        s1-1-1-2-d1 item —— [建成体系。] ',
        's2 section 二、 [保障] ',
        '  s2-1 item 1、 [坚持主导，社会共治。] 充分发挥作用。',
        '',
      ].join('\n'),
    );
  });
  it('keeps lead sentences of unnumbered paragraphs as titles, and 专栏 as boxes', () => {
    const t = ['某市知识产权规划', '', '一、任务', '', '加强质量基础设施建设。围绕高端装备开展工作。', '', '“十三五”期间，全市知识产权工作取得成效。', '', '专栏1：高价值专利培育工程', '', '积极培育企业参加专利奖评选。', '', '', '推动标准融合。联合标准管理部门。', ''].join('\n');
    expect(outline(t)).toBe(
      [
        's1 section 一、 [任务] ',
        '  s1-p1 paragraph [加强质量基础设施建设。] 围绕高端装备开展工作。',
        '  s1-p2 paragraph [] “十三五”期间，全市知识产权工作取得成效。',
        '  box1 box 专栏1： [高价值专利培育工程] ',
        '    box1-p1 paragraph [] 积极培育企业参加专利奖评选。',
        '  s1-p3 paragraph [推动标准融合。] 联合标准管理部门。',
        '',
      ].join('\n'),
    );
  });
});

describe('reflow', () => {
  it('joins a line broken mid-sentence, also across a blank line, but not separate paragraphs or headings', () => {
    const t = ['某市知识产权规划', '', '一、基础', '', '知识产权宏观管理明显增强。知识产权工作推进力度不断加', '', '大，先后出台政策。', '', '体制机制不断优化。完成改革。', '（一）形势', '从国际来看，知识产权在国际合作与竞', '争中的地位空前提高。'].join('\n');
    expect(outline(t)).toBe(
      [
        's1 section 一、 [基础] ',
        '  s1-p1 paragraph [知识产权宏观管理明显增强。] 知识产权工作推进力度不断加大，先后出台政策。',
        '  s1-p2 paragraph [体制机制不断优化。] 完成改革。',
        '  s1-1 section （一） [形势] ',
        '    s1-1-p1 paragraph [] 从国际来看，知识产权在国际合作与竞争中的地位空前提高。',
        '',
      ].join('\n'),
    );
  });
  it('drops an exact duplicate heading line and records it', () => {
    const [p] = parse(['某市规划', '一、总体要求', '一、总体要求', '坚持党的领导。'].join('\n'));
    expect(renderUnits(p.body)).toBe('s1 section 一、 [总体要求] \n  s1-p1 paragraph [] 坚持党的领导。\n');
    expect(p.stripped.filter((s) => s.role === 'duplicate').map((s) => s.line)).toEqual([3]);
  });
  it('splits a heading glued to the first sentence after it', () => {
    const t = ['某市规划', '（一）加强创造', '（二）加强运用', '（三）加强高标准保护，持续优化营商环境、加强行政保护。重点查处假冒。', '（四）加强服务'].join('\n');
    expect(outline(t)).toContain('s3 section （三） [加强高标准保护，持续优化营商环境、] \n  s3-p1 paragraph [加强行政保护。] 重点查处假冒。');
  });
});

describe('tables', () => {
  it('reads one-cell-per-line tables with multi-line cells, merged categories and group rows', () => {
    const t = ['某区规划', '一、目标', '表1  主要指标目标表', '', '\t序号', '\t项目', '\t指标（单位）', '\t目标', '', '\t1', '\t知识产权', '', '产出', '\t发明专利拥有量（件）', '\t19', '', '\t2', '\t', '\tPCT专利申请量（件）', '\t≥500', '', '二、任务'].join('\n');
    const [p] = parse(t);
    expect(renderUnits(p.body)).toBe(
      [
        's1 section 一、 [目标] ',
        '  s1-t1 table [表1  主要指标目标表] ',
        '    header: 序号 | 项目 | 指标（单位） | 目标',
        '    s1-t1-r1: 1 | 知识产权⏎产出 | 发明专利拥有量（件） | 19',
        '    s1-t1-r2: 2 | (知识产权⏎产出) | PCT专利申请量（件） | ≥500',
        's2 section 二、 [任务] ',
        '',
      ].join('\n'),
    );
    expect(p.indicators.map((i) => [i.category, i.name, i.unit, i.target?.op, i.target?.value])).toEqual([
      ['知识产权产出', '发明专利拥有量', '件', null, 19],
      ['知识产权产出', 'PCT专利申请量', '件', '≥', 500],
    ]);
  });
  it('reads tab-separated rows, group rows (△) and baseline/target/attribute columns', () => {
    const t = ['某区食品安全规划', '具体指标如下表：', '指标\t2020年\t2025年\t属性', '△食品安全抽检\t\t\t', '抽检合格率（%）\t98\t≥98\t约束性', '监管站（个）\t\t2\t预期性', '二、任务'].join('\n');
    const [p] = parse(t);
    expect(p.indicators.map((i) => [i.group, i.name, i.unit, i.baseline?.raw ?? null, i.target?.raw, i.attribute])).toEqual([
      ['食品安全抽检', '抽检合格率', '%', '98', '≥98', '约束性'],
      ['食品安全抽检', '监管站', '个', null, '2', '预期性'],
    ]);
    expect(p.body[0].table?.caption).toBe('具体指标如下表：');
  });
  it('does not take a tab-indented 专栏 paragraph for a table', () => {
    const t = ['某区规划', '一、任务', '专栏1：重点保护名录建设行动', '', '\t建立以驰名商标为主体的重点商标保护名录。', '', '', '加强海外保护。贯彻落实意见。'].join('\n');
    expect(outline(t)).toBe(
      ['s1 section 一、 [任务] ', '  box1 box 专栏1： [重点保护名录建设行动] ', '    box1-p1 paragraph [] 建立以驰名商标为主体的重点商标保护名录。', '  s1-p1 paragraph [加强海外保护。] 贯彻落实意见。', ''].join('\n'),
    );
  });
});

describe('values', () => {
  it.each([
    ['≥13', { op: '≥', value: 13 }],
    ['超过15%', { op: '>', value: 15, unit: '%' }],
    ['95%以上', { op: '≥', value: 95, unit: '%' }],
    ['1-2个', { value: 1, max: 2, unit: '个' }],
    ['100/90', { values: [100, 90] }],
    ['18.78件', { value: 18.78, unit: '件' }],
  ])('%s', (raw, expected) => {
    expect(parseValue(raw)).toMatchObject({ raw, ...expected });
  });
  it('a blank cell, a dash or 无 has no value (the indicator was not set)', () => {
    for (const raw of [' ', '-', '—', '－', '无', '/']) expect(parseValue(raw), raw).toBeNull();
  });
});

describe('responsibility', () => {
  it('splits lead (牵头) and other bodies, keeping brackets inside names', () => {
    const r = readResponsibility('推进工作。〔责任单位：区市场监管局（知识产权局）牵头，区科技局、各镇（街道）按职责分工负责〕');
    expect(r.text).toBe('推进工作。');
    expect(r.responsibility).toMatchObject({ lead: ['区市场监管局（知识产权局）'], others: ['区科技局', '各镇（街道）'] });
  });
  it('a list with no lead named makes every body responsible (lead)', () => {
    expect(readResponsibility('x〔责任单位：区委组织部负责〕').responsibility?.lead).toEqual(['区委组织部']);
    expect(readResponsibility('x〔责任单位：区人民法院、区公安局按职责分工负责〕').responsibility).toMatchObject({ lead: ['区人民法院', '区公安局'], others: [] });
  });
  it('reads the other common forms', () => {
    const r = (t: string) => readResponsibility(t).responsibility;
    expect(r('推进。（市政务服务局负责）')).toMatchObject({ lead: ['市政务服务局'], others: [] });
    expect(r('推进。（牵头单位：市税务局；配合单位：市财政局、市人民银行）')).toMatchObject({ lead: ['市税务局'], others: ['市财政局', '市人民银行'] });
    expect(r('推进。〔市发展改革委牵头，市市场监管局按职责分工负责〕')).toMatchObject({ lead: ['市发展改革委'], others: ['市市场监管局'] });
    expect(r('由市市场监管局牵头，市公安局、市商务局配合。')).toMatchObject({ lead: ['市市场监管局'], others: ['市公安局', '市商务局'] });
  });
  it('ends a list at 。 and keeps a 下同 rule for the annotations after it', () => {
    const rules = newRules();
    expect(readResponsibility('x（市司法局、市工商联。排名第一的为牵头单位，下同）', rules).responsibility).toMatchObject({ lead: ['市司法局'], others: ['市工商联'] });
    expect(readResponsibility('y（市自然资源局、市水务局）', rules).responsibility).toMatchObject({ lead: ['市自然资源局'], others: ['市水务局'] });
    expect(readResponsibility('z〔责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及各市人民政府，不再做分工，下同。〕').responsibility).toMatchObject({ lead: ['省发展改革委', '省市场监管局'], others: [] });
  });
  it('does not take deadlines or catch-alls for bodies, and keeps a shared suffix whole', () => {
    // 州直相关单位 names no body one could look up: a catch-all, kept in the annotation's text only.
    expect(readResponsibility('x（牵头单位：州行政审批服务局；责任单位：州司法局、州委编办及州直相关单位，6月底完成）').responsibility).toMatchObject({ lead: ['州行政审批服务局'], others: ['州司法局', '州委编办'] });
    expect(readResponsibility('x（区政务服务局牵头，区发改局、区级相关部门配合）').responsibility).toMatchObject({ lead: ['区政务服务局'], others: ['区发改局'] });
    expect(readResponsibility('x（国务院各部门分别负责，年内持续推进）').responsibility).toMatchObject({ lead: ['国务院各部门'], others: [] });
    expect(readResponsibility('x（责任单位：各县（市、区）党委和人民政府，高新区党工委和管委会）').responsibility).toMatchObject({ lead: ['各县（市、区）党委和人民政府', '高新区党工委和管委会'] });
    expect(readResponsibility('x（省发改委、能源局等省有关部门和各地级以上市人民政府按职责分工负责）').responsibility).toMatchObject({ lead: ['省发改委', '能源局', '各地级以上市人民政府'] });
    expect(readResponsibility('x（哈尔滨、黑河、绥芬河市政府负责）').responsibility).toMatchObject({ lead: ['哈尔滨、黑河、绥芬河市政府'] });
  });
  it('reads names up to each role word, a second label without ;, and an inline first-leads rule', () => {
    expect(readResponsibility('x（区发改局牵头，区财政局、区水务局等部门，各街道办事处配合）').responsibility).toMatchObject({ lead: ['区发改局'], others: ['区财政局', '区水务局', '各街道办事处'] });
    expect(readResponsibility('x（牵头单位：市商务局  责任单位：市编办、各区县政府）').responsibility).toMatchObject({ lead: ['市商务局'], others: ['市编办', '各区县政府'] });
    const rules = newRules();
    expect(readResponsibility('x（责任单位：市税务局、市财政局，排在首位的为牵头单位，下同）', rules).responsibility).toMatchObject({ lead: ['市税务局'], others: ['市财政局'] });
    expect(readResponsibility('y（责任单位：市工信局、市科技局）', rules).responsibility).toMatchObject({ lead: ['市工信局'], others: ['市科技局'] });
    expect(readResponsibility('x（责任单位：拆违控违办、各村、社区；责任人：张三）').responsibility).toMatchObject({ lead: ['拆违控违办', '各村', '社区'], others: [] });
  });
  it('reads an annotation cut off by the end of a copy when its label shows it, and no duty word without a body', () => {
    expect(readResponsibility('推进。（牵头单位：市卫健委；责任单位：').responsibility).toMatchObject({ lead: ['市卫健委'], others: [], raw: '（牵头单位：市卫健委；责任单位：' });
    expect(readResponsibility('推进。（市政府办公室、市').responsibility).toBeNull();
    expect(readResponsibility('报告表原则上由区级负责审批。').responsibility).toBeNull();
    expect(readResponsibility('办理（涉及水土保持项目需另行负责）').responsibility).toBeNull();
  });
});

describe('documents: notice, web metadata, footer, several plans in a file', () => {
  it('keeps the notice, web metadata and footer as metadata, not body', () => {
    const t = ['溧阳市人民政府办公室文件', '溧政办发〔2022〕71号', '市政府办公室关于印发《溧阳市“十四五”知识产权发展规划》的通知', '各镇（街道）人民政府：', '《规划》已经审议通过，现印发给你们。', '溧阳市人民政府办公室', '2022年12月30日', '(此件公开发布)', '溧阳市“十四五”知识产权发展规划', '依据《知识产权强国建设纲要》制定本规划。', '一、基础', '  • 发布时间:2021-11-01 14:10', '扫一扫在手机上查看当前页面', '- 17 -', '[image: image2.wmf]', '抄 送：市委办，市人大办、', '      政协办。', '溧阳市人民政府办公室', '2022年12月30日印发'].join('\n');
    const [p] = parse(t);
    expect(p.meta).toMatchObject({ title: '溧阳市“十四五”知识产权发展规划', region: '溧阳市', issuer: '溧阳市人民政府办公室', docNumber: '溧政办发〔2022〕71号', date: '2022-12-30', recipients: '各镇（街道）人民政府', copyTo: '市委办，市人大办、政协办。', printedBy: '溧阳市人民政府办公室', printedDate: '2022-12-30', publishedAt: '2021-11-01 14:10', period: { from: 2021, to: 2025 }, kind: '五年规划' });
    expect(renderUnits(p.body)).toBe('p1 paragraph [] 依据《知识产权强国建设纲要》制定本规划。 《知识产权强国建设纲要》\ns1 section 一、 [基础] \n');
    expect(p.stripped.map((s) => s.role)).toEqual(['notice', 'notice', 'notice', 'notice', 'notice', 'notice', 'notice', 'notice', 'title', 'web-meta', 'site', 'page-number', 'image', 'footer', 'footer', 'footer', 'footer']);
  });
  it('splits a file holding several plans, and joins a title broken over lines', () => {
    const t = ['某区国家知识产权强县建设示范县', '', '工作方案（2022-2025年）', '一、总体思路', '坚持创新。', '某市“十四五”食品安全专项规划', '一、总体要求', '坚持安全第一。'].join('\n');
    const plans = parse(t);
    expect(plans.map((p) => [p.meta.title, p.meta.kind, p.source.startLine, p.source.endLine])).toEqual([
      ['某区国家知识产权强县建设示范县工作方案（2022-2025年）', '工作方案', 1, 5],
      ['某市“十四五”食品安全专项规划', '专项规划', 6, 8],
    ]);
  });
});

describe('encodings and damage', () => {
  const plan = '某市规划\r\n一、任务\r\n\u3000\u3000推进工作。\r\n';
  it('reads BOM + CRLF + full-width spaces', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(plan)]);
    expect(outline(decodeSeed(bytes, 'a.txt'))).toBe('s1 section 一、 [任务] \n  s1-p1 paragraph [] 推进工作。\n');
  });
  it('reads GB18030', () => {
    // 一、任务 / 推进工作。 encoded in GB18030 by hand (each character two bytes).
    const gb = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xc8, 0xce, 0xce, 0xf1, 0x0a, 0xcd, 0xc6, 0xbd, 0xf8, 0xb9, 0xa4, 0xd7, 0xf7, 0xa1, 0xa3]);
    expect(decodeSeed(gb, 'gb.txt')).toBe('一、任务\n推进工作。');
  });
  it.each([
    ['empty.txt', new Uint8Array([])],
    ['blank.txt', new TextEncoder().encode(' \n\n')],
    ['binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
  ])('rejects %s with an error naming the file', (name, bytes) => {
    expect(() => decodeSeed(bytes, name)).toThrow(SeedError);
    expect(() => decodeSeed(bytes, name)).toThrow(name);
  });
});

describe('structure hints from a source format', () => {
  it('a hinted table keeps its merged cells and is read from the hint, not the flattened text', async () => {
    const { parseSeed } = await import('../../src/ingest/parse.ts');
    const text = ['某区“十四五”质量发展规划', '一、主要指标', '类别\t指标\t2025年', '质量\t制造业质量合格率\t95%', '食品抽检合格率\t98%', '二、保障措施', '加强组织领导。'].join('\n');
    const [plan] = parseSeed('x.docx', { format: 'docx', text, tables: [{ startLine: 3, endLine: 5, rows: [
      { cells: [{ text: '类别' }, { text: '指标' }, { text: '2025年' }] },
      { cells: [{ text: '质量', rowspan: 2 }, { text: '制造业质量合格率' }, { text: '95%' }] },
      { cells: [{ text: '食品抽检合格率' }, { text: '98%' }] },
    ] }] }, () => null);
    const table = plan.body[0].children.find((u) => u.kind === 'table')!.table!;
    expect(table.header).toEqual(['类别', '指标', '2025年']);
    expect(table.rows.map((r) => r.cells)).toEqual([['质量', '制造业质量合格率', '95%'], ['质量', '食品抽检合格率', '98%']]);
    expect(table.rows[1].filled).toEqual([true, false, false]);
    expect(plan.body.map((u) => u.label)).toEqual(['一、', '二、']);
  });
});

describe('facts of the page around a plan', () => {
  it('reads metadata labels written without colons, and only those', () => {
    expect(metaFields('索  引  号 000/2022-01 公开方式 主动公开')).toMatchObject([{ key: '索引号', value: '000/2022-01' }, { key: '公开方式', value: '主动公开' }]);
    expect(metaFields('有效性')).toMatchObject([{ key: '有效性', value: '' }]);
    // One label and words after it is a sentence, not metadata.
    expect(metaFields('发布机构 要加强对规划实施的指导')).toBeNull();
  });
  it('cuts a 文号 at the issuer code, not at the words of the sentence before it', () => {
    expect(docNumberIn('溫州市人民政府辦公室以溫委辦〔2006〕47號文件印發')?.text).toBe('溫委辦〔2006〕47號');
    expect(docNumberIn('溧政办发〔2022〕71号')).toMatchObject({ text: '溧政办发〔2022〕71号', whole: true });
  });
});

describe('tables copied without tabs', () => {
  const lines = (t: string) => toLines(t);
  it('reads one cell a line with numbered rows, and stops where the numbering does', () => {
    const t = ['序号', '', '任务', '', '责任单位', '', '1', '', '建成食堂', '', '区民政局', '', '2', '', '改造小区', '', '区住建委', '', '说明文字'].join('\n');
    const table = readTable(lines(t), 0)!;
    expect(table.rows.map((r) => r.cells)).toEqual([['序号', '任务', '责任单位'], ['1', '建成食堂', '区民政局'], ['2', '改造小区', '区住建委']]);
    expect(table.end).toBe(16);
  });
  it('reads rows with spaces, keeping the columns before the body columns as one when their words do not match them', () => {
    const t = ['序号 类别 任务 牵头单位 配合单位', '1 保护 林地 严格管制。 市林业局 市自然资源局', '2 修复 推进绿化。 市林业局 各县人民政府'].join('\n');
    expect(readTable(lines(t), 0)!.rows.map((r) => r.cells)).toEqual([
      ['序号', '类别 任务', '牵头单位', '配合单位'],
      ['1', '保护 林地 严格管制。', '市林业局', '市自然资源局'],
      ['2', '修复 推进绿化。', '市林业局', '各县人民政府'],
    ]);
  });
  it('gives each row the bodies of its 牵头 / 配合 / 责任 columns', () => {
    const cols = bodyColumns(['序号', '任务', '牵头单位', '配合单位']);
    expect(rowResponsibility(cols, ['1', '建成食堂', '区民政局', '区财政局、区级相关部门'])).toMatchObject({ lead: ['区民政局'], others: ['区财政局'] });
    expect(rowResponsibility(bodyColumns(['序号', '任务', '责任单位']), ['1', '建成食堂', '区民政局、区财政局'])).toMatchObject({ lead: ['区民政局', '区财政局'], others: [] });
    expect(bodyColumns(['序号', '指标', '2025年'])).toEqual([null, null, null]);
  });
});
