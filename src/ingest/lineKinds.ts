// What a line looks like on its own, before its neighbours are considered: site chrome, a metadata
// field, a piece of an issuing notice, a footer line, a 目录 heading, a numbered division, a title-shaped
// line, or text. Read on the folded view (Traditional, full-width and pinyin glosses folded).
import type { SourceLine } from './lines.ts';
import { foldLine } from './fold.ts';
import { metaFields, type MetaField } from './metaFields.ts';
import { readMarker, type Marker } from './markers.ts';
import { docNumberIn } from './docNumber.ts';
import { dateIn } from './dates.ts';

export type LineKind =
  | 'blank'
  | 'image'
  | 'bookmark'
  | 'page-number'
  | 'chrome'
  | 'meta'
  | 'news'
  | 'copy-to'
  | 'printed'
  | 'contents-head'
  | 'notice-head'
  | 'notice-title'
  | 'doc-number'
  | 'recipients'
  | 'notice-note'
  | 'notice-text'
  | 'date'
  | 'marker'
  | 'title'
  | 'period'
  | 'signature'
  | 'text';

export interface LineInfo {
  line: SourceLine;
  /** The folded text (see fold.ts). */
  folded: string;
  kind: LineKind;
  meta?: MetaField[];
  marker?: Marker;
  /** An ISO date the line states (signature date, printed date). */
  date?: string;
  /** A 文号 the line carries. */
  docNumber?: string;
}

const IMAGE = /^\[(image|图片)[:：][^\]]*\]$|^!\[[^\]]*\]\([^)]*\)$/i;
const BOOKMARK = /^_\d{6,}$|^_toc\d+$/;
const PAGE_NUMBER = /^[-—–－~]\s*\d{1,4}\s*[-—–－~]$|^第\s*\d+\s*页(\s*[/,]?\s*共\s*\d+\s*页)?$/;
/** What a document-sharing site prints about the file: its name (….docx), page count (18页), size (33.20KB). */
const FILE_FACTS = /\.(docx?|pdf|wps|xlsx?|txt)$|^\d{1,4}\s*页$|^\d+(\.\d+)?\s*(kb|mb|k|m)$/i;
/** Words of site furniture: buttons, font size, breadcrumbs, accessibility links. */
const CHROME_WORD = '(?:(?:友好|友善)?(?:打印|列印)(?:本页)?|将另开新视窗|另开新视窗|站内(?:搜索|搜寻)|图片|全文|正文|原文|全文下载|关闭(?:窗口|本页)?|返回(?:顶部|首页|上一级|上一页|列表)?|收藏|分享(?:到)?|纠错|我要纠错|无障碍(?:阅读)?|长者(?:模式|版)|关怀版|登录|注册|搜索|下载|保存|复制链接|微信|微博|qq空间|手机版|(?:本)?网站(?:已经)?支持ipv6|适老化(?:模式|版)?|繁体版|简体版|english|字[号体][:]?|大|中|小|默认|放大|缩小|\\[\\]|【】)';
const CHROME_LINE = new RegExp(`^(?:[\\[【(〖]?\\s*${CHROME_WORD}\\s*[\\]】)〗]?[\\s|/、:]*){1,12}$`);
const BREADCRUMB = /^(首页|当前位置|您当前的位置|您现在的位置|您所在的位置|所在位置|位置)\s*[:>»›]|首页\s*[>»›/]{1,2}|>{2}|^[>»›]\s*[^>»›]{1,20}\s*[>»›]/;
const CHROME_START = /^(国内统一刊号|今天是|欢迎(您)?(访问|来到)|导航菜单|网站导航|主导航|信息公开元数据|扫一扫|用手机|相关(链接|阅读|文章|新闻|信息|政策|解读)|附件下载|推荐阅读|上一篇|下一篇|责任编辑|网站(地图|声明)|主办单位|版权所有|技术支持|(申明|声明)敬告|免责声明|文档介绍|举报|分享到)/;
/** Section names of encyclopedia and document-site copies (基本介绍, 发布信息, 内容全文) and their lists (全文,政策解读,). */
const SITE_SECTION = /^(基本(介绍|信息)|发布信息|内容全文|政策解读|文件下载|相关政策|政策|政策文件|政策法规|下载文档|文档下载|在线阅读|立即下载)$|^([^,]{2,6},){1,6}$/;
const COUNTS = /^(\d+\s*次(浏览|阅读|点击)|(浏览|阅读|点击|访问)(次数|量|数)?\s*[:：]?\s*\d+\s*次?)$/;
const NEWS = /^[^,。;:]{2,30}印发《[^《》]{4,80}》$|^(原标题|转载|转自|来源网站|编者按|原文如下|全文如下|附全文)[:：]?|^.{2,24}(讯|电|报道)[:：]|^.{2,12}\d{1,2}月\d{1,2}日(讯|电)\s|^『?(图文解读|一图读懂|政策解读|图解)』?/;
const COPY_TO = /^抄\s*送[:：]/;
const PRINTED = /^(.{0,30}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发$/;
const CONTENTS_HEAD = /^目\s*录$|^目\s*次$|^contents$|^[^,。;:]{2,40}目录$/;
const NOTICE_HEAD = /^.{2,40}文件$/;
const NOTICE_TITLE = /(关于)?印发.{2,120}(的)?\s*通\s*知/;
const NOTICE_NOTE = /^[(（]\s*此\s*(件|页|文)[^)）]{0,10}[)）]$|^附\s*件\s*[0-9一二三四五六七八九十]*\s*[:：]?$/;
/** An adoption note: (2020年12月28日…全体会议通过). */
const ADOPTION = /^[(（][^()（）]{0,12}\d{4}\s*年[^()（）]{0,80}(通过|批准|审议|发布)[)）]$/;
const NOTICE_TEXT = /印发给你们|现印发|现将.{0,80}印发|请认真(贯彻|组织|抓好|执行)|请结合实际|认真组织实施|遵照执行|特此通知|已经.{0,24}(同意|通过|审议)|经.{0,16}同意,?现/;
const RECIPIENTS = /^[^。;]{2,300}[:：]$/;
const RECIPIENT_WORD = /人民政府|管委会|部门|单位|委办局|直属机构|办事处|党委|各局|委员会/;
/** Words a plan title ends with (the kind of document), optionally followed by its period or status in brackets. */
export const TITLE_WORD = '(?:规划|规划纲要|纲要|计划|计画|方案|意见|要点|办法|细则|规定|预案|措施|任务分工|分工|安排|清单|决定|战略|工作事项|工作任务|建议|(?:分解|分工|任务|责任)表)';
const TITLE_END = new RegExp(`${TITLE_WORD}\\s*([(（\\[][^()（）\\[\\]]{2,24}[)）\\]])?$`);
const PERIOD_ONLY = /^[(（]\s*\d{4}\s*(年)?\s*[-—–~～至到]+\s*\d{4}\s*(年)?\s*[)）]$|^[(（]\s*(征求意见稿|送审稿|试行|草案|修订稿?)\s*[)）]$/;
const SENTENCE = /[。;!?,:]/;
const ORG_END = /(人民政府|政府|办公室|办公厅|委员会|委|局|厅|部|院|署|党委|管委会|中心|小组|协会|联合会|总局|分局|银行|办)$/;

/** True for a line shaped like a plan title: ends in a document word, no sentence punctuation. */
export function isTitleShaped(folded: string): boolean {
  // A title may be wrapped in 《》 on its own line; inside, it must still look like a title.
  const bare = /^《[^《》]+》$/.test(folded) ? folded.slice(1, -1) : folded;
  if (bare.length < 4 || bare.length > 90) return false;
  const core = bare.replace(/\s*[(（\[][^()（）\[\]]*[)）\]]$/, '');
  if (SENTENCE.test(core) || NOTICE_TITLE.test(bare) || /^附件/.test(bare)) return false;
  // A document word alone (工作任务, 实施方案) is a column header or a heading, not a title: a title names its subject.
  const subject = core.replace(new RegExp(`${TITLE_WORD}$`), '');
  return TITLE_END.test(bare) && (subject.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 2;
}

/** A short unpunctuated line that may be the first part of a title broken over lines. */
export function isTitleFragment(folded: string): boolean {
  // The row-number column of a table (序号) stands above its other header cells, not above a title; a line
  // that stops at 已经 or 现将 is a notice sentence broken over lines (《X》已经 ↵ …审议通过).
  if (/^(序号|编号)$/.test(folded) || /(已经|现将|业经|已由)$/.test(folded)) return false;
  // A document word alone (意见, 通知) is a section label of an encyclopedia copy, not part of a title.
  if (new RegExp(`^(${TITLE_WORD}|通知)$`).test(folded)) return false;
  return folded.length >= 2 && folded.length <= 40 && !SENTENCE.test(folded) && !/[。]/.test(folded) && !readMarker(folded);
}

/** Classifies one line on its own. */
export function classifyLine(line: SourceLine): LineInfo {
  const folded = foldLine(line.text);
  const info = (kind: LineKind, extra: Partial<LineInfo> = {}): LineInfo => ({ line, folded, kind, ...extra });
  if (folded === '') return info('blank');
  // Tab-led and tab-separated lines are table cells and rows: the table reader decides about them.
  if (line.tabLed || line.tabbed) return info('text');
  if (IMAGE.test(folded)) return info('image');
  if (BOOKMARK.test(folded)) return info('bookmark');
  if (PAGE_NUMBER.test(folded)) return info('page-number');
  if (CHROME_LINE.test(folded) || FILE_FACTS.test(folded) || BREADCRUMB.test(folded) || CHROME_START.test(folded) || SITE_SECTION.test(folded) || COUNTS.test(folded) || junk(folded)) return info('chrome');
  const meta = metaFields(line.text);
  if (meta) return info('meta', { meta });
  if (NEWS.test(folded)) return info('news');
  if (COPY_TO.test(folded)) return info('copy-to');
  const printed = PRINTED.exec(folded);
  if (printed) return info('printed', { date: dateIn(printed[2])?.iso });
  if (CONTENTS_HEAD.test(folded.replace(/\s+/g, ' '))) return info('contents-head');
  const doc = docNumberIn(line.text);
  if (NOTICE_NOTE.test(folded)) return info('notice-note');
  if (ADOPTION.test(folded)) return info('notice-note', { date: dateIn(folded)?.iso });
  const date = dateIn(folded);
  if (date && date.whole) return info('date', { date: date.iso });
  if (doc && doc.whole) return info('doc-number', { docNumber: doc.text });
  // A sentence that issues the plan (为…，现将《X》印发给你们) names 印发…通知 too, but is notice text.
  if (NOTICE_TITLE.test(folded) && !/[。]/.test(folded.replace(/[。]$/, '')) && !(/^(为|根据|按照|依据|经)/.test(folded) && NOTICE_TEXT.test(folded))) return info('notice-title', { docNumber: doc?.text });
  if (NOTICE_HEAD.test(folded) && !SENTENCE.test(folded)) return info('notice-head');
  // The tail of a notice title broken over lines: （2022-2025年）的通知.
  if (/(的)?\s*通\s*知$/.test(folded) && folded.length <= 40 && !SENTENCE.test(folded.replace(/[(（][^)）]*[)）]/g, ''))) return info('notice-title');
  if (RECIPIENTS.test(folded) && (/^各/.test(folded) || (RECIPIENT_WORD.test(folded) && /[,、]/.test(folded))) && !readMarker(folded)) return info('recipients');
  if (NOTICE_TEXT.test(folded) && folded.length < 400) return info('notice-text', { docNumber: doc?.text });
  const marker = readMarker(line.text);
  if (marker) return info('marker', { marker });
  if (isTitleShaped(folded)) return info('title');
  if (PERIOD_ONLY.test(folded)) return info('period');
  if (folded.length <= 30 && !SENTENCE.test(folded) && !/[。、]/.test(folded) && ORG_END.test(folded.replace(/\s+/g, ''))) return info('signature');
  // Joint issuers signing in two or three columns, set apart by runs of spaces; or the departments that
  // drafted a plan, listed under its title (财政部 发展改革委 人民银行; 市药监局、工商局、经委).
  const columns = folded.split(/\s{2,}|\u3000+|(?<=\S)\s(?=\S)|、/);
  if (columns.length >= 2 && columns.length <= 16 && columns.every((c) => c.length <= 30 && !SENTENCE.test(c) && !/[。、]/.test(c) && ORG_END.test(c))) return info('signature');
  return info('text', { docNumber: doc?.text });
}

/** Encoding junk: a line mostly of question marks or replacement characters, or of table rules and
 * separators only (| | |, ====), with no word or number. */
function junk(folded: string): boolean {
  if (/^[|│┃\-=_*~·•.、,，\s]{1,}$/.test(folded) && /[|│┃=_*~]/.test(folded)) return true;
  const bad = folded.match(/[?�□]/g)?.length ?? 0;
  return bad >= 2 && bad / folded.length >= 0.3;
}
