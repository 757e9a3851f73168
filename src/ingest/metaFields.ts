// Metadata blocks of government information pages (政府信息公开): one field a line, several fields on
// one line, pipe tables, `[ 索引号 ] …` brackets, bullets, labels written with spaces (索 引 号), and a
// label whose value stands on the next line. Read on the folded view; values are taken as written.
import { foldWithMap, sourceSlice } from './fold.ts';

/** Labels as pages write them → the field they fill. Longer labels first, so 发布日期 wins over 日期. */
const LABELS: [string, string][] = [
  ['索引号', '索引号'], ['发布机构', '发布机构'], ['发文机关', '发布机构'], ['发文单位', '发布机构'], ['发布单位', '发布机构'],
  ['所属机构', '发布机构'], ['责任部门', '责任部门'], ['发文字号', '文号'], ['文号', '文号'], ['成文日期', '成文日期'],
  ['发文日期', '成文日期'], ['发布日期', '发布日期'], ['发布时间', '发布日期'], ['生成日期', '发布日期'], ['实施日期', '实施日期'], ['生效日期', '实施日期'],
  ['废止日期', '废止日期'], ['主题分类', '主题分类'], ['体裁分类', '体裁分类'], ['组配分类', '组配分类'], ['主题词', '主题词'],
  ['关键词', '主题词'], ['有效性', '有效性'], ['效力状态', '有效性'], ['时效', '有效性'], ['公开方式', '公开方式'], ['公开形式', '公开方式'], ['是否有效', '有效性'],
  ['公开范围', '公开范围'], ['公开时限', '公开时限'], ['服务对象', '服务对象'], ['信息来源', '来源'], ['来源', '来源'],
  ['审核人', '审核人'], ['责任编辑', '责任编辑'], ['作者', '作者'], ['发布人', '作者'], ['发布者', '作者'], ['上传人', '作者'], ['上传者', '作者'], ['印发机关', '发布机构'], ['印发时间', '成文日期'], ['印发日期', '成文日期'], ['浏览次数', '浏览'], ['阅读次数', '浏览'], ['点击数', '浏览'],
  ['访问量', '浏览'], ['浏览量', '浏览'], ['阅读量', '浏览'], ['中文名', '名称'], ['外文名', '外文名'], ['影响因素', '影响因素'], ['发布部门', '发布机构'], ['政策文号', '文号'], ['颁发时间', '成文日期'], ['效力属性', '有效性'], ['时效性', '有效性'], ['发布文号', '文号'], ['颁布时间', '成文日期'], ['颁布机构', '发布机构'], ['实施时间', '实施日期'], ['名称', '名称'], ['标题', '名称'], ['分类', '主题分类'], ['日期', '发布日期'], ['时间', '发布日期'],
  // Truncated labels some copies carry (題:, 類:, 號:, 詞:) only count alone at a line start.
  ['题', '名称'], ['类', '主题分类'], ['号', '文号'], ['词', '主题词'],
];

const SHORT = new Set(['题', '类', '号', '词']);
const spaced = (label: string) => [...label].join('[\\s\\u3000]*');
const LABEL_RE = new RegExp(`(^|[\\s\\u3000|│]+)([\\[【]\\s*)?(${LABELS.map(([l]) => spaced(l)).join('|')})(\\s*[\\]】])?\\s*(:|(?<=[\\]】]\\s*))`, 'g');
const BULLET = /^[\s\u3000•·●▪◆■□\-*>]+/;
/** Labels of three characters or more, written without a colon and set apart by spaces (索 引 号 0123  公开方式 主动公开). */
const BARE_LABEL_RE = new RegExp(`(^|[\\s\\u3000]+)(${LABELS.filter(([l]) => l.length >= 3).map(([l]) => spaced(l)).join('|')})(?=[\\s\\u3000]|$)`, 'g');

export interface MetaField {
  /** The field it fills (索引号, 发布机构, 文号, 成文日期, 发布日期, 主题分类, 有效性 …). */
  key: string;
  /** The label as written (folded), e.g. 发文日期. */
  label: string;
  /** The value, trimmed; '' when it stands on the next line. */
  value: string;
}

function fieldOf(labelText: string): [string, string] | undefined {
  const compact = labelText.replace(/[\s\u3000]+/g, '');
  return LABELS.find(([l]) => l === compact);
}

/** Fields written without colons: the line opens with a label and holds two of them (发布机构 X 组配分类 Y),
 * or is a label alone (有效性). One label and words after it is text, not metadata. */
function bareFields(folded: string, original: (from: number, to: number) => string): MetaField[] | null {
  const matches = [...folded.matchAll(BARE_LABEL_RE)];
  if (!matches.length || matches[0].index !== 0) return null;
  const lone = matches.length === 1 && matches[0][0].length === folded.length;
  if (matches.length < 2 && !lone) return null;
  return matches.map((m, k) => {
    const field = fieldOf(m[2])!;
    const end = (m.index ?? 0) + m[0].length;
    return { key: field[1], label: field[0], value: original(end, matches[k + 1]?.index ?? folded.length) };
  });
}

/** The metadata fields of a line, or null when the line is not a metadata line. */
export function metaFields(text: string): MetaField[] | null {
  const line = foldWithMap(text);
  const lead = BULLET.exec(line.text)?.[0].length ?? 0;
  const folded = line.text.slice(lead);
  if (folded === '') return null;
  const original = (from: number, to: number) => sourceSlice(text, line, lead + from, lead + to).trim();
  // Pipe tables: | 索引号 | 0123 | 文号 | … |, and cells that are fields themselves.
  if ((folded.match(/[|│]/g)?.length ?? 0) >= 2) {
    const cells: { folded: string; source: string }[] = [];
    let at = 0;
    for (const part of folded.split(/[|│]/)) {
      const t = part.trim();
      if (t) cells.push({ folded: t, source: original(at + part.indexOf(t), at + part.indexOf(t) + t.length) });
      at += part.length + 1;
    }
    const out: MetaField[] = [];
    for (let i = 0; i < cells.length; i++) {
      const bare = fieldOf(cells[i].folded.replace(/[:\]】\[【]+$/, '').replace(/^[\[【]/, ''));
      if (bare && !SHORT.has(bare[0])) {
        const next = cells[i + 1] && !metaFields(cells[i + 1].source) ? cells[++i].source : '';
        out.push({ key: bare[1], label: bare[0], value: next });
        continue;
      }
      const inner = metaFields(cells[i].source);
      if (inner) out.push(...inner);
    }
    return out.length ? out : null;
  }
  const matches = [...folded.matchAll(LABEL_RE)];
  if (!matches.length || matches[0].index !== 0) return bareFields(folded, original);
  const out: MetaField[] = [];
  matches.forEach((m, k) => {
    const field = fieldOf(m[3]);
    if (!field) return;
    // A truncated one-character label counts only as the whole line's label.
    if (SHORT.has(field[0]) && (k > 0 || matches.length > 1)) return;
    const end = (m.index ?? 0) + m[0].length;
    const next = matches[k + 1]?.index ?? folded.length;
    out.push({ key: field[1], label: field[0], value: original(end, next) });
  });
  if (!out.length) return null;
  // A short label with a long sentence after it is text, not metadata (时间: 到2025年，…).
  if (out.length === 1 && /[。；]/.test(out[0].value) && out[0].value.length > 40) return null;
  return out;
}
