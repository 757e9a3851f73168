// One pass over a seed's lines that gives every line a role — chrome, metadata, 目录, notice, title,
// body, footer — with the reason, using each line's kind (lineKinds.ts), its neighbours and its position.
// Plans are then cut from the roles: a file holds as many plans as really start in it, never one without
// a body, and the outline is built from body lines alone.
import type { SourceLine } from './lines.ts';
import { classifyLine, isTitleFragment, type LineInfo, type LineKind } from './lineKinds.ts';
import { searchKey } from '../core/text.ts';
import { noticeContinuation } from './noticeTail.ts';
import { HEADING_WORDS } from './headingWords.ts';
import { dateIn } from './dates.ts';

export type Role = 'blank' | 'chrome' | 'meta' | 'news' | 'contents' | 'notice' | 'title' | 'duplicate' | 'body' | 'footer' | 'page-number' | 'image' | 'bookmark';

/** A line's role and why it was given. */
export interface LineRole {
  role: Role;
  reason: string;
}

/** One plan cut from a file. */
export interface PlanCut {
  /** Lines before the plan's title or body that belong to it (notice, metadata, chrome), with roles. */
  head: LineInfo[];
  /** The title lines (empty when the text prints no title). */
  titleLines: LineInfo[];
  /** The body lines, blanks included, in order; lines set aside inside the body keep their roles. */
  body: LineInfo[];
  /** Closing lines after the body (抄送, 印发, signature, page furniture). */
  footer: LineInfo[];
}

export interface RoleResult {
  infos: LineInfo[];
  /** The role of every line, by index into the line array. */
  roles: LineRole[];
  plans: PlanCut[];
}

/** Kinds that never start or continue a plan's body when they stand before it. */
const HEADISH = new Set<LineKind>(['blank', 'chrome', 'meta', 'news', 'notice-head', 'notice-title', 'doc-number', 'recipients', 'notice-note', 'notice-text', 'date', 'signature', 'image', 'bookmark', 'page-number', 'contents-head']);
/** Kinds that show a notice is present (so unknown head lines are read as notice text). */
const NOTICE_ANCHOR = new Set<LineKind>(['notice-head', 'notice-title', 'doc-number', 'recipients', 'notice-text', 'notice-note']);
/** Kinds that start the head of the next plan in a file holding several. */
const NEXT_HEAD = new Set<LineKind>(['notice-head', 'notice-title', 'doc-number', 'recipients']);
/** Kinds a closing block after the body is made of. */
const FOOTERISH = new Set<LineKind>(['blank', 'copy-to', 'printed', 'page-number', 'chrome', 'image', 'bookmark']);
/** Lines the body sets aside wherever they stand. */
const FURNITURE: Partial<Record<LineKind, Role>> = { chrome: 'chrome', 'page-number': 'page-number', image: 'image', bookmark: 'bookmark', news: 'news' };

const key = (s: string) => searchKey(s);
/** A line announcing that the document's text follows. */
const CONTENT_START = /^(内容全文|全文|正文|原文如下|全文如下|附全文|原文|政策全文)[:：]?$|(全文|原文)如下[:：。]?$/;
/** The heading of a site's related-links section; the links under it are short lines. */
const RELATED = /^(相关(链接|阅读|文章|新闻|信息|政策|解读|文件)|推荐阅读|延伸阅读)/;
const RELATED_LINK = 40;
/** Kinds of an issuing notice. */
const NOTICE_KINDS = new Set<LineKind>(['notice-head', 'notice-title', 'doc-number', 'recipients', 'notice-note', 'notice-text', 'date', 'signature']);

/** A title span: the title-shaped line, up to two fragments before it, an optional period line after. */
interface TitleSpan {
  start: number;
  end: number;
  text: string;
}

/** Assigns roles to every line of a file and cuts it into plans. */
export function assignRoles(lines: SourceLine[]): RoleResult {
  const infos = lines.map(classifyLine);
  const roles: LineRole[] = infos.map((i) => ({ role: i.kind === 'blank' ? 'blank' : 'body', reason: i.kind }));
  const set = (i: number, role: Role, reason: string) => (roles[i] = { role, reason });

  readMetaValues(infos);
  const contents = contentsBlocks(infos);
  const spans = titleSpans(infos, contents);
  const starts = planStarts(infos, spans, contents);

  const plans: PlanCut[] = [];
  if (starts.length === 0) {
    // No title printed: the body starts at the first line that is not notice, metadata or chrome.
    const from = firstBodyLine(infos, 0, infos.length, contents);
    plans.push(cut(infos, set, 0, null, from, infos.length, contents));
  } else {
    let headFrom = 0;
    starts.forEach((span, k) => {
      const next = starts[k + 1];
      const bodyEnd = next ? nextHeadStart(infos, span.end + 1, next.start) : infos.length;
      plans.push(cut(infos, set, headFrom, span, span.end + 1, bodyEnd, contents));
      headFrom = bodyEnd;
    });
  }
  return { infos, roles, plans };
}

/** Cuts one plan: head [headFrom, title or bodyFrom), title span, body, footer up to bodyEnd. */
function cut(infos: LineInfo[], set: (i: number, r: Role, why: string) => void, headFrom: number, span: TitleSpan | null, bodyFrom: number, bodyEnd: number, contents: Set<number>): PlanCut {
  const headEnd = span ? span.start : bodyFrom;
  const noticeSeen = infos.slice(headFrom, headEnd).some((i) => NOTICE_ANCHOR.has(i.kind));
  const head: LineInfo[] = [];
  for (let i = headFrom; i < headEnd; i++) {
    const info = infos[i];
    head.push(info);
    if (info.kind === 'blank') continue;
    if (FURNITURE[info.kind]) set(i, FURNITURE[info.kind]!, `${info.kind} before the plan`);
    else if (info.kind === 'meta') set(i, 'meta', 'metadata field');
    else if (contents.has(i)) set(i, 'contents', '目录 block');
    else if (span && key(info.line.text) === key(span.text)) set(i, 'duplicate', 'the title printed twice');
    else set(i, noticeSeen ? 'notice' : 'news', `${info.kind} before the plan${noticeSeen ? ' (issuing notice)' : ''}`);
  }
  const titleLines: LineInfo[] = [];
  if (span) for (let i = span.start; i <= span.end; i++) {
    titleLines.push(infos[i]);
    if (infos[i].kind !== 'blank') set(i, 'title', 'plan title');
  }
  // Footer: the closing run after the last body line (抄送, 印发 and their office, page furniture).
  let footerFrom = bodyEnd;
  for (let i = bodyEnd - 1; i >= bodyFrom; i--) {
    const k = infos[i].kind;
    if (FOOTERISH.has(k)) { footerFrom = i; continue; }
    // The printing office stands just above its 印发 date.
    if (k === 'signature' && infos.slice(i + 1, bodyEnd).find((x) => x.kind !== 'blank')?.kind === 'printed') { footerFrom = i; continue; }
    break;
  }
  // A repost that announces where the text starts (内容全文, 原文如下) puts its summary and infobox before
  // that line; notice lines standing between the title and the first line of text belong to the notice.
  const marker = infos.findIndex((x, i) => i >= bodyFrom && i < footerFrom && x.kind === 'marker');
  const textStart = infos.findIndex((x, i) => i >= bodyFrom && i < footerFrom && (marker < 0 || i < marker) && CONTENT_START.test(x.folded));
  const found = infos.findIndex((x, i) => i >= bodyFrom && i < footerFrom && i > textStart && bodyLike(x));
  // No line reads as text (a copy cut off right after the title): notice lines there are the notice's.
  const firstText = found < 0 ? footerFrom : found;
  const lead = new Set(leadingContents(infos, Math.max(bodyFrom, textStart + 1), footerFrom));
  // With no title printed and the notice not yet signed, the notice may go on into what follows.
  const signed = head.some((h) => h.kind === 'date');
  const tail = new Set(!span && noticeSeen && !signed ? noticeContinuation(infos, bodyFrom, footerFrom) : []);
  // A title with nothing after it at the end of the copy is the next document's (a page of several).
  let lastLine = footerFrom - 1;
  while (lastLine > bodyFrom && infos[lastLine].kind === 'blank') lastLine--;
  // A heading word (保障措施) is the plan's own last heading, not another document's title.
  const nextTitle = bodyEnd === infos.length && infos[lastLine]?.kind === 'title' && !HEADING_WORDS.some((w) => infos[lastLine].folded.startsWith(w)) ? lastLine : -1;
  const body: LineInfo[] = [];
  let related = false;
  for (let i = bodyFrom; i < footerFrom; i++) {
    const info = infos[i];
    body.push(info);
    if (info.kind === 'blank') continue;
    // A site's related-links section (相关信息 ↵ 信息资讯 ↵ …): short lines after its heading are links.
    related = (related && info.folded.length <= RELATED_LINK && info.kind !== 'marker') || (info.kind === 'chrome' && RELATED.test(info.folded));
    if (related && info.kind !== 'chrome') set(i, 'chrome', 'a link of the site\'s related section');
    else if (i === nextTitle) set(i, 'news', 'a title with no text after it at the end of the copy (the next document)');
    else if (i <= textStart) set(i, 'news', 'before the line announcing the full text');
    else if (lead.has(i)) set(i, 'contents', '目录 entries before the text, without a heading');
    else if (i < firstText && NOTICE_KINDS.has(info.kind)) set(i, 'notice', `${info.kind} before the text (issuing notice)`);
    else if (tail.has(i)) set(i, 'notice', `${info.kind} carrying the issuing notice on (its points, signature or date)`);
    else if (contents.has(i)) set(i, 'contents', '目录 block');
    else if (FURNITURE[info.kind]) set(i, FURNITURE[info.kind]!, `${info.kind} inside the text`);
    else if (info.kind === 'meta') set(i, 'meta', 'metadata field');
    else if (span && i <= span.end + 3 && key(info.line.text) === key(span.text)) set(i, 'duplicate', 'the title printed twice');
    else set(i, 'body', info.kind);
  }
  const footer: LineInfo[] = [];
  for (let i = footerFrom; i < bodyEnd; i++) {
    footer.push(infos[i]);
    if (infos[i].kind !== 'blank') set(i, FURNITURE[infos[i].kind] ?? 'footer', `${infos[i].kind} after the text`);
  }
  return { head, titleLines, body, footer };
}

/** What the value of a field must look like to be taken from the next line: a read count never is (浏览次数:
 * is left empty by pages), a date field takes a date, 有效性 its few words; other fields take text. */
const NEXT_LINE_VALUE: Record<string, (info: LineInfo) => boolean> = {
  浏览: () => false,
  成文日期: (x) => !!dateIn(x.folded),
  发布日期: (x) => !!dateIn(x.folded),
  实施日期: (x) => !!dateIn(x.folded),
  废止日期: (x) => !!dateIn(x.folded),
  文号: (x) => !!x.docNumber || x.kind === 'doc-number',
  有效性: (x) => /^(现行)?有效$|^(已)?(失效|废止)$|^部分(失效|有效)$/.test(x.folded),
};

/** Metadata labels whose value stands on the next line (題: ↵ 國務院關於…): that line is metadata too. */
function readMetaValues(infos: LineInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const meta = infos[i].meta;
    if (!meta?.length || meta[meta.length - 1].value !== '') continue;
    let j = i + 1;
    while (j < infos.length && infos[j].kind === 'blank') j++;
    const next = infos[j];
    if (!next || next.kind === 'meta' || next.kind === 'marker' || next.folded.length > 80 || /[。;]$/.test(next.folded)) continue;
    if (!(NEXT_LINE_VALUE[meta[meta.length - 1].key] ?? (() => true))(next)) continue;
    meta[meta.length - 1].value = next.line.text;
    infos[j] = { ...next, kind: 'meta', meta: [] };
  }
}

const LEADER = /[.…·．_\s-]{2,}\s*\d{1,4}$|\s\d{1,4}$/;
/** A 目录 entry compared without its number: copies drop or change it (总则 in the 目录, 1 总则 in the text). */
const entryKey = (i: LineInfo) => key((i.marker?.rest ?? i.folded).replace(LEADER, ''));
/** A 目录 entry names a division: words (not a number, not a table cell), short, no sentence end. */
const isEntry = (i: LineInfo) => (i.kind === 'marker' || i.kind === 'text') && !i.line.tabLed && !i.line.tabbed && /[\u3400-\u9fff]{2}/.test(i.folded) && (LEADER.test(i.folded) || (i.folded.length <= 40 && !/[。;]/.test(i.folded)));

/** A 目录 the copy left without its heading at the start of the text: eight or more entries of mixed
 * levels (章 and 一、, or 总则 and 1.1) before any prose. A uniform run is a list, not a 目录. */
function leadingContents(infos: LineInfo[], from: number, to: number): number[] {
  const run: number[] = [];
  const seen = new Set<string>();
  let i = from;
  for (; i < to; i++) {
    if (infos[i].kind === 'blank') continue;
    // The text starts where an entry comes back (the 目录 listed it first).
    if (!isEntry(infos[i]) || seen.has(entryKey(infos[i]))) break;
    seen.add(entryKey(infos[i]));
    run.push(i);
  }
  if (run.length < 8) return [];
  const shapes = new Set(run.map((r) => infos[r].marker?.kind ?? (/^\d+(\.\d+)+/.test(infos[r].folded) ? 'decimal' : 'none')));
  if (shapes.size < 2) return [];
  // Prose follows right after: the last entry is the text's own first heading.
  return i < to && !seen.has(entryKey(infos[i])) ? run.slice(0, -1) : run;
}

/** Lines of 目录 blocks: after a 目录 heading, the entries up to where the body repeats the first entry
 * or prose begins; without a heading, a run of three or more entries ending in page numbers. */
function contentsBlocks(infos: LineInfo[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].kind !== 'contents-head') continue;
    out.add(i);
    let first = '';
    let j = i + 1;
    for (; j < infos.length; j++) {
      const x = infos[j];
      if (x.kind === 'blank') continue;
      if (!isEntry(x)) break;
      const k = entryKey(x);
      if (!first) first = k;
      else if (k === first && !LEADER.test(x.folded)) break;
      out.add(j);
    }
    i = j - 1;
  }
  // A 目录 without its heading: a run of four or more short lines that come back later, in order, as
  // the lines that open the text's divisions.
  const starts = infos.map((x) => (x.kind === 'blank' ? '' : entryKey(x)));
  for (let i = 0; i < infos.length; i++) {
    if (out.has(i) || !isEntry(infos[i]) || /[.…·．_]{2,}\s*\d{1,4}$/.test(infos[i].folded)) continue;
    const run: number[] = [];
    const seen = new Set<string>();
    let j = i;
    for (; j < infos.length && run.length < 200; j++) {
      if (infos[j].kind === 'blank') continue;
      // An entry that comes back ends the run: the text itself starts there.
      if (!isEntry(infos[j]) || out.has(j) || seen.has(starts[j])) break;
      seen.add(starts[j]);
      run.push(j);
    }
    if (run.length < 4 || new Set(run.map((r) => starts[r])).size < run.length * 0.9) continue;
    let at = run[run.length - 1] + 1;
    let found = 0;
    for (const r of run) {
      const k = starts[r];
      const again = starts.indexOf(k, at);
      if (k.length >= 2 && again >= 0) {
        found++;
        at = again + 1;
      }
    }
    if (found >= Math.max(4, run.length * 0.6)) for (const r of run) out.add(r);
    i = j - 1;
  }
  // Entries with page numbers and no heading: a run of three or more.
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const k of run) out.add(k);
    run = [];
  };
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i];
    if (x.kind === 'blank') continue;
    if (/[.…·．_]{2,}\s*\d{1,4}$/.test(x.folded) || ((x.kind === 'marker' || x.kind === 'title') && /\s\d{1,3}$/.test(x.folded))) run.push(i);
    else flush();
  }
  flush();
  return out;
}

/** Title spans of a file: title-shaped lines with the fragments and period line around them. */
function titleSpans(infos: LineInfo[], contents: Set<number>): TitleSpan[] {
  const spans: TitleSpan[] = [];
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].kind !== 'title' || contents.has(i)) continue;
    let start = i;
    for (let k = 0; k < 2; k++) {
      let j = start - 1;
      if (j >= 0 && infos[j].kind === 'blank') j--;
      if (j < 0 || contents.has(j) || !(infos[j].kind === 'text' || infos[j].kind === 'signature') || !isTitleFragment(infos[j].folded)) break;
      // A fragment of a title is words: mostly Chinese characters, not numbers or symbols.
      const cjk = infos[j].folded.match(/[\u3400-\u9fff]/g)?.length ?? 0;
      if (cjk < 2 || cjk < infos[j].folded.replace(/\s/g, '').length * 0.6) break;
      if (spans.length && j <= spans[spans.length - 1].end) break;
      start = j;
    }
    // The middle of a notice title broken over lines (关于印发… ↵ …方案 ↵ 的通知) is not a plan title.
    const before = infos[start - 1]?.kind === 'blank' ? infos[start - 2] : infos[start - 1];
    const after = infos[i + 1]?.kind === 'blank' ? infos[i + 2] : infos[i + 1];
    if (before && (before.kind === 'notice-title' || before.kind === 'text') && /印发|^关于|关于$/.test(before.folded) && !/通知$/.test(before.folded)) continue;
    if (infos.slice(start, i + 1).some((x) => /印发/.test(x.folded))) continue;
    if (after && /^(的)?通知$/.test(after.folded.replace(/\s+/g, ''))) continue;
    let end = i;
    let j = i + 1;
    if (j < infos.length && infos[j].kind === 'blank') j++;
    if (j < infos.length && infos[j].kind === 'period') end = j;
    const text = infos.slice(start, end + 1).map((x) => x.line.text).filter(Boolean).join('');
    spans.push({ start, end, text });
    i = end;
  }
  return spans;
}

/** True when a line reads as plan text: a numbered division, or a sentence that is not notice prose. */
function bodyLike(info: LineInfo): boolean {
  if (info.kind === 'marker') return info.marker!.kind !== 'dash' || info.folded.length > 10;
  // A table's row-number header (序号) starts a table, whose cells may all be short.
  return info.kind === 'text' && (info.folded.length >= 10 || /^(序号|编号)$/.test(info.folded));
}

/** Title spans that really start a plan: followed by a body before the next span, not a repeat of the
 * title before them. A span with no body after it is a headline or a title printed twice. The last line
 * of a copy cut off after a few words (为打造大众创…) is a body too. */
function planStarts(infos: LineInfo[], spans: TitleSpan[], contents: Set<number>): TitleSpan[] {
  const out: TitleSpan[] = [];
  let last = infos.length - 1;
  while (last >= 0 && infos[last].kind === 'blank') last--;
  spans.forEach((s, k) => {
    const next = spans[k + 1];
    const until = next ? next.start : infos.length;
    let hasBody = false;
    for (let i = s.end + 1; i < until && !hasBody; i++) if (!contents.has(i) && (bodyLike(infos[i]) || (i === last && infos[i].kind === 'text'))) hasBody = true;
    if (!hasBody) return;
    const prev = out[out.length - 1];
    if (prev && key(prev.text) === key(s.text)) {
      // The title printed again after a few lines of prose (a repost's summary, an encyclopedia lead): the
      // plan starts at the second printing, and what stands between is the page's.
      const between = infos.slice(prev.end + 1, s.start).filter((x) => bodyLike(x));
      if (between.length <= REPRINT_GAP && !between.some((x) => x.kind === 'marker')) out[out.length - 1] = s;
      return;
    }
    out.push(s);
  });
  return out;
}

/** Lines of prose a repost puts between two printings of a title (a summary; infobox, notice and chrome
 * lines do not count): six is past any seen. */
const REPRINT_GAP = 6;

/** An attachment label (附件2) standing above the next plan's title. */
const ATTACHMENT = /^附\s*件\s*[0-9一二三四五六七八九十]+\s*[:：]?$/;

/** Where the next plan's head starts: its first notice line after this plan's last body line, else its
 * title, with the attachment label (附件2) right above it. */
function nextHeadStart(infos: LineInfo[], from: number, titleStart: number): number {
  let lastBody = from - 1;
  for (let i = from; i < titleStart; i++) if (bodyLike(infos[i])) lastBody = i;
  for (let i = lastBody + 1; i < titleStart; i++) if (NEXT_HEAD.has(infos[i].kind)) return i;
  let start = titleStart;
  for (let i = titleStart - 1; i > lastBody; i--) {
    if (infos[i].kind === 'blank') continue;
    if (ATTACHMENT.test(infos[i].folded)) start = i;
    break;
  }
  return start;
}

/** The first line of the body when no title is printed: the first line that reads as plan text and is
 * not followed closely by notice lines (a news lead or notice prose before the notice proper). */
function firstBodyLine(infos: LineInfo[], from: number, to: number, contents: Set<number>): number {
  for (let i = from; i < to; i++) {
    const x = infos[i];
    if (contents.has(i) || HEADISH.has(x.kind) || x.kind === 'period') continue;
    let ahead = 0;
    let notice = false;
    for (let j = i + 1; j < to && ahead < 6; j++) {
      if (infos[j].kind === 'blank') continue;
      ahead++;
      if (NOTICE_ANCHOR.has(infos[j].kind)) notice = true;
    }
    if (notice && x.kind !== 'marker') continue;
    return i;
  }
  return to;
}

/** A notice sentence glued into a line of text (主送：《X》已经…审议通过, <p>现将《X》印发给你们): names the plan. */
const GLUED_NOTICE = /现将\s*《([^《》]{4,80})》[^。]{0,12}印发|《([^《》]{4,80})》(?:已经|业经)[^。]{0,40}(?:通过|同意)/;

/** The title a plan's notice, headline or metadata names: 现将《X》印发, 关于印发X的通知, 名称: 关于印发X的通知,
 * a headline X印发《Y》. `glued` are the first lines of a text that prints no title, where a notice may
 * stand glued to the body. */
export function titleFromHead(head: LineInfo[], glued: LineInfo[] = []): string {
  for (const h of head) {
    const quoted = /现将\s*《([^《》]{4,80})》|《([^《》]{4,80})》(已经|经|现)/.exec(h.line.text);
    if (h.kind === 'notice-text' && quoted) return quoted[1] ?? quoted[2];
    // A news headline: 中共中央 国务院印发《质量强国建设纲要》.
    const headline = /印发\s*《([^《》]{4,80})》$/.exec(h.line.text.trim());
    if (h.kind === 'news' && headline) return headline[1];
    // A repost's 《X》全文如下.
    const announced = /^《([^《》]{4,80})》\s*(全文|原文)如下/.exec(h.folded);
    if (announced) return h.line.text.trim().slice(1, 1 + announced[1].length);
  }
  for (const h of head) {
    const texts = [h.line.text, ...(h.meta ?? []).map((m) => m.value)];
    for (const t of texts) {
      const m = /印发\s*《?([^《》]{4,80}?)》?\s*的?\s*通\s*知/.exec(t);
      if (m) return m[1].trim();
    }
  }
  for (const g of glued) {
    const m = GLUED_NOTICE.exec(g.line.text);
    if (m) return m[1] ?? m[2];
  }
  return '';
}
